"""One-line fields (a name, a title, a place) refuse line breaks: a pasted 陈⏎建华 is entered
as 陈建华, as loading a draft and every model edit would store it (``model.text.one_line``)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QValidator

from ..model.text import one_line

_BREAKS = ("\n", "\r", "\v", "\f", "\u2028", "\u2029", "\x85")


class OneLineValidator(QValidator):
    """Takes the line breaks out of what is typed or pasted while ``applies()`` (the field
    the widget shows now is a one-line field); everything else is accepted."""

    def __init__(self, parent: QObject, applies: Callable[[], bool]) -> None:
        super().__init__(parent)
        self.applies = applies

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # Qt override
        if not any(b in text for b in _BREAKS) or not self.applies():
            return QValidator.State.Acceptable, text, pos
        before = one_line(text[:pos])
        joined = one_line(text)
        return QValidator.State.Acceptable, joined, min(len(before), len(joined))
