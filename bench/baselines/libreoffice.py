"""LibreOffice converting our .docx to PDF: ``soffice --headless --convert-to pdf``, run as a
user would, with one private profile for the whole bench run (warm after the first call, the
kindest case for LibreOffice: the editor's own LibreOffice path makes a new one each time)."""

from __future__ import annotations

import shutil
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def available() -> bool:
    return SOFFICE is not None


def argv(docx: Path, out_dir: Path, profile: Path) -> list[str]:
    assert SOFFICE is not None
    return [
        SOFFICE,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(out_dir),
        str(docx),
    ]
