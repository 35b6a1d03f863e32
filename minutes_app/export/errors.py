"""The one error an export raises; its message names the file and says what went wrong."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ExportError(Exception):
    def __init__(self, target: str | Path | None, message: str) -> None:
        self.target = str(target) if target is not None else ""
        self.message = message
        super().__init__(f"{self.target}: {message}" if self.target else message)


@contextmanager
def naming(target: str | Path) -> Iterator[None]:
    """Give errors raised while exporting to ``target`` its name, as users expect to read."""
    try:
        yield
    except ExportError as exc:
        if exc.target:
            raise
        raise ExportError(target, exc.message) from None
