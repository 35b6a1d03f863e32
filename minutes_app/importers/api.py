"""Entry points: text, bytes or a file -> ``ImportResult``."""

from __future__ import annotations

from pathlib import Path

from .decoding import DecodeError, decode_text
from .docx_reading import DocxError, read_docx_lines
from .pipeline import build_document
from .result import ImportFailed, ImportResult

MAX_BYTES = 16 * 1024 * 1024  # a 1000-section report is well under 1 MB
DOCX_SUFFIXES = (".docx", ".docm", ".dotx")


def import_text(text: str) -> ImportResult:
    """Structure ``text`` (a pasted report or minutes) into a draft."""
    document, warnings = build_document(text)
    return ImportResult(document, warnings)


def import_bytes(data: bytes, name: str = "") -> ImportResult:
    """Import file contents; ``name`` (its file name or path) picks .docx or text and labels
    errors."""
    try:
        # A zip is read as .docx whatever its name says (a Word file saved as "minutes.txt").
        if name.lower().endswith(DOCX_SUFFIXES) or data.startswith(b"PK\x03\x04"):
            lines, read_warnings = read_docx_lines(data)
            text = "\n".join(lines)
        else:
            text, read_warnings = decode_text(data)
    except (DecodeError, DocxError) as exc:
        raise ImportFailed(name or None, str(exc)) from None
    document, warnings = build_document(text)
    return ImportResult(document, read_warnings + warnings)


def import_file(path: str | Path) -> ImportResult:
    """Import a .txt (UTF-8, UTF-16, GBK/GB18030 detected) or .docx file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFailed(path, f"is too large to be a minutes text ({size // 1_048_576} MB)")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportFailed(path, "is a folder, not a file") from None
    except FileNotFoundError:
        raise ImportFailed(path, "no such file") from None
    except PermissionError:
        raise ImportFailed(path, "permission denied") from None
    except OSError as exc:
        raise ImportFailed(path, f"cannot be read: {exc.strerror or exc}") from None
    if not data.strip():
        raise ImportFailed(path, "is empty")
    return import_bytes(data, str(path))
