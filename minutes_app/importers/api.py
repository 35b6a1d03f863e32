"""Entry points: text, bytes or a file -> ``ImportResult``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..fileio.bounded_read import UnreadableFile, read_bounded
from . import result as failures
from .decoding import DecodeError, decode_text
from .docx_reading import DocxError, read_docx_lines
from .pipeline import build_document
from .result import ImportFailed, ImportResult

# The stages an import goes through, as ``progress`` hears them (the editor names them).
STAGE_READING = "reading"
STAGE_UNPACKING = "unpacking"
STAGE_DECODING = "decoding"
STAGE_STRUCTURING = "structuring"
Progress = Callable[[str], None]

MAX_BYTES = 16 * 1024 * 1024  # a 1000-section report is well under 1 MB
DOCX_SUFFIXES = (".docx", ".docm", ".dotx")
OLD_WORD_MAGIC = b"\xd0\xcf\x11\xe0"  # OLE2: the old binary .doc


def import_text(text: str) -> ImportResult:
    """Structure ``text`` (a pasted report or minutes) into a draft."""
    document, warnings = build_document(text)
    return ImportResult(document, warnings)


def import_bytes(data: bytes, name: str = "", progress: Progress | None = None) -> ImportResult:
    """Import file contents; ``name`` (its file name or path) picks .docx or text and labels
    errors. ``progress(stage)`` is called as each stage starts; it may raise (the editor's
    Cancel raises ``ImportCancelled``) to stop the import there."""
    report = progress or _silent
    try:
        # A zip is read as .docx whatever its name says (a Word file saved as "minutes.txt").
        if name.lower().endswith(DOCX_SUFFIXES) and data.startswith(OLD_WORD_MAGIC):
            raise ImportFailed(name, "is an old binary Word .doc file, named .docx", failures.OLD_WORD)
        if name.lower().endswith(DOCX_SUFFIXES) or data.startswith(b"PK\x03\x04"):
            report(STAGE_UNPACKING)
            lines, read_warnings = read_docx_lines(data)
            text = "\n".join(lines)
        else:
            report(STAGE_DECODING)
            text, read_warnings = decode_text(data)
    except DocxError as exc:
        raise ImportFailed(name or None, str(exc), failures.BAD_WORD) from None
    except DecodeError as exc:
        raise ImportFailed(name or None, str(exc), exc.template) from None
    report(STAGE_STRUCTURING)
    document, warnings = build_document(text)
    return ImportResult(document, read_warnings + warnings)


def import_file(path: str | Path, progress: Progress | None = None) -> ImportResult:
    """Import a .txt (UTF-8, UTF-16, GBK/GB18030 detected) or .docx file."""
    path = Path(path)
    if progress is not None:
        progress(STAGE_READING)
    try:
        data = read_bounded(path, MAX_BYTES)  # regular files only: /dev/zero, FIFOs refused
    except UnreadableFile as exc:
        if exc.size is not None:
            raise ImportFailed(
                path, f"is too large to be a minutes text ({exc.size // 1_048_576} MB)", failures.TOO_LARGE
            ) from None
        raise ImportFailed(path, str(exc), failures.NOT_FOUND if exc.reason == "missing" else failures.UNREADABLE) from None
    if not data.strip():
        raise ImportFailed(path, "is empty", failures.EMPTY)
    return import_bytes(data, str(path), progress)


def _silent(stage: str) -> None:
    pass
