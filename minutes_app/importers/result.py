"""What an import hands back: the draft, the warnings, or a failure naming the file."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model.document import MeetingDocument


def N_(template: str) -> str:
    """Mark a warning template for the translation catalog (the editor translates it)."""
    return template


_PREVIEW = 24


def preview(text: str) -> str:
    """The start of ``text`` quoted in a warning (24 characters at most)."""
    return text if len(text) <= _PREVIEW else text[: _PREVIEW - 1] + "…"


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """Something the importer guessed, ignored or could not place.

    ``line`` is the 1-based source line (for .docx: the paragraph, counting table-cell
    paragraphs in reading order); ``None`` for warnings about the whole file (its encoding).
    ``message`` is the English text; ``template`` and ``params`` let the editor show it in the
    interface language (``_(template) % params``).
    """

    line: int | None
    message: str
    template: str = ""
    params: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def of(cls, line: int | None, template: str, **params: Any) -> ImportWarning:
        return cls(line, template % params, template, params)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}" if self.line is not None else self.message


@dataclass(slots=True)
class ImportResult:
    document: MeetingDocument
    warnings: list[ImportWarning] = field(default_factory=list)


TOO_LARGE = N_("“%(name)s” is too large to import: a minutes text is well under 1 MB. Check that you chose the right file.")
EMPTY = N_("“%(name)s” is empty: there is nothing to import.")
NOT_FOUND = N_("“%(name)s” is not there any more: it may have been moved, renamed or deleted.")
UNREADABLE = N_("“%(name)s” could not be read. Check that it is a file you may open, and that its disk is connected.")
OLD_WORD = N_("“%(name)s” is an old Word .doc file. Open it in Word or WPS, save it as .docx, then import that.")
BAD_WORD = N_("“%(name)s” is a damaged or unusual Word file. Open it in Word or WPS, save it again as .docx, then import that.")
NOT_TEXT = N_("“%(name)s” is not a text or Word file that Minutes can read. Save it as UTF-8 text or as .docx, then import that.")


class ImportFailed(Exception):
    """The input cannot be read at all; ``str()`` names the file and the problem."""

    def __init__(self, source: str | Path | None, message: str, template: str = "") -> None:
        self.source = str(source) if source is not None else ""
        self.message = message
        # Marked with N_, filled with ``name``: the editor says it in the interface language.
        self.template = template or UNREADABLE
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message


class ImportCancelled(Exception):
    """Raised by a progress callback to stop an import the clerk cancelled."""
