"""The one error a draft file can raise: it names the file, the field and the problem."""

from __future__ import annotations

from pathlib import Path


class DraftError(Exception):
    """A draft that cannot be read or written, with a message fit for a dialog.

    ``str(err)`` reads ``seed.minutes: body.sections[2].heading: expected text, got a number``.
    """

    def __init__(self, source: str | Path | None, message: str, field: str = "") -> None:
        self.source = str(source) if source is not None else ""
        self.field = field
        self.message = message
        super().__init__(self.__str__())

    def __str__(self) -> str:
        parts = [p for p in (self.source, self.field, self.message) if p]
        return ": ".join(parts)
