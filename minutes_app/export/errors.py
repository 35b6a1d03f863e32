"""The one error an export raises; its message names the file and says what went wrong."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# What went wrong, for the editor to say in plain words in the interface language (the
# message stays the precise English for the command line and the log).
IS_FOLDER = "is_folder"
NO_FOLDER = "no_folder"
WRITE_FAILED = "write_failed"  # the OSError is the exception's __cause__
NO_LIBREOFFICE = "no_libreoffice"
LIBREOFFICE_FAILED = "libreoffice_failed"  # did not start, did not finish, made no PDF
NO_WEASYPRINT = "no_weasyprint"
UNSUPPORTED = "unsupported"  # a style, locale, grid or engine this version does not know


class ExportError(Exception):
    def __init__(self, target: str | Path | None, message: str, *, kind: str = UNSUPPORTED) -> None:
        self.target = str(target) if target is not None else ""
        self.message = message
        self.kind = kind
        super().__init__(f"{self.target}: {message}" if self.target else message)


@contextmanager
def naming(target: str | Path) -> Iterator[None]:
    """Give errors raised while exporting to ``target`` its name, as users expect to read."""
    try:
        yield
    except ExportError as exc:
        if exc.target:
            raise
        raise ExportError(target, exc.message, kind=exc.kind) from exc.__cause__
