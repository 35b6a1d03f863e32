"""Writing an export without ever leaving a half-written file behind.

Through the one atomic writer (``minutes_app.atomic``): a temporary file in the target's
folder, flushed to disk, renamed over the target, the folder synced. A failure (disk full,
permission, crash) keeps the previous export intact; the export keeps the mode of the file it
replaces, and a new one gets the user's umask like any file they create.
"""

from __future__ import annotations

from pathlib import Path

from ..fileio.atomic import atomic_write_bytes
from . import errors as kinds
from .errors import ExportError


def write_atomically(path: str | Path, data: bytes) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(target, "is a folder, not a file", kind=kinds.IS_FOLDER)
    if not folder.is_dir():
        raise ExportError(target, f"folder {folder} does not exist", kind=kinds.NO_FOLDER)
    try:
        atomic_write_bytes(target, data, backup=False)
    except OSError as exc:
        raise ExportError(target, f"cannot write: {exc.strerror or exc}", kind=kinds.WRITE_FAILED) from exc
