"""Keep Ctrl+Z / Ctrl+Shift+Z for the draft's undo stack inside text fields.

QLineEdit and QPlainTextEdit claim the undo keys for their own little undo history, which would
fight the document's stack (and undo half a merged typing step). This filter declines those
shortcut overrides, so the Edit menu's actions get the keys wherever the focus is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QWidget

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA = {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")}  # the window binds both


class _UndoKeyFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(key) for key in _KEYS) or (
                QKeySequence(event.keyCombination()) in _EXTRA
            ):
                event.ignore()
                return True  # not the widget's: let the window's shortcut have it
        return False


def route_undo_keys(widget: QWidget) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)
    widget.installEventFilter(_UndoKeyFilter(widget))
