"""PDF via LibreOffice: our .docx converted by a local ``soffice --headless``.

The second PDF path, exact to the .docx, where LibreOffice is installed. LibreOffice cannot lay
out the 纪要's character grid (it puts 14 characters on a line), so the 纪要 goes through the
"lines" grid profile, which gives the same 22 x 28 page. A private, throw-away profile
(``-env:UserInstallation``) keeps the conversion from waiting on, or disturbing, a LibreOffice
the clerk has open.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import replace
from pathlib import Path

from ..model.document import MeetingDocument
from .errors import LIBREOFFICE_FAILED, NO_LIBREOFFICE, ExportError
from .options import ExportOptions

TIMEOUT_S = 180


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def docx_to_pdf(doc: MeetingDocument, options: ExportOptions) -> tuple[bytes, int]:
    """The PDF's bytes and its page count."""
    soffice = soffice_path()
    if soffice is None:
        raise ExportError(
            None,
            "LibreOffice (soffice) is not installed; export with the built-in engine (weasyprint) instead",
            kind=NO_LIBREOFFICE,
        )
    from .docx_export import write_docx

    with tempfile.TemporaryDirectory(prefix="minutes-pdf-") as tmp:
        folder = Path(tmp)
        source = folder / "document.docx"
        write_docx(doc, source, replace(options, grid="lines"))
        command = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf:writer_pdf_Export",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ExportError(None, f"LibreOffice did not finish within {TIMEOUT_S} s", kind=LIBREOFFICE_FAILED) from exc
        except OSError as exc:
            raise ExportError(None, f"LibreOffice could not be started: {exc}", kind=LIBREOFFICE_FAILED) from exc
        result = folder / "document.pdf"
        if not result.is_file():
            detail = (done.stderr or done.stdout).strip().splitlines()
            raise ExportError(
                None, "LibreOffice made no PDF" + (f": {detail[-1]}" if detail else ""), kind=LIBREOFFICE_FAILED
            )
        data = result.read_bytes()
    from .pdf_inspect import page_count

    return data, page_count(data)
