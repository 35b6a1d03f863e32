"""Keep Ctrl+Z / Ctrl+Shift+Z for the draft's undo stack inside text fields.

QLineEdit and QPlainTextEdit claim the undo keys for their own little undo history, which would
fight the document's stack (and undo half a merged typing step). This filter declines those
shortcut overrides, so the Edit menu's actions get the keys wherever the focus is.

Shortcut overrides only ever go to the focus widget, so the filter is installed on a routed
widget when it first takes the focus, not when it is made: a Python event filter sees every
event of its widget, and its first call makes PySide6 build dozens of event classes, all of
which used to land on the start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
_EXTRA = {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")}  # the window binds both
_ROUTED = "minutes_routes_undo_keys"  # dynamic property of the widgets routed here


class _UndoKeyFilter(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QKeyEvent

        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if any(event.matches(key) for key in _KEYS) or (
                QKeySequence(event.keyCombination()) in _EXTRA
            ):
                event.ignore()
                return True  # not the widget's: let the window's shortcut have it
        return False

    def follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and new.property(_ROUTED):
            new.installEventFilter(self)  # Qt keeps one entry per filter: re-installing is a no-op


_FILTER_NAME = "minutes-undo-key-filter"


def _application_filter() -> _UndoKeyFilter:
    """The application's one filter, made with the first routed widget (a child of the app)."""
    app = QApplication.instance()
    key_filter = app.findChild(_UndoKeyFilter, _FILTER_NAME)
    if key_filter is None:
        key_filter = _UndoKeyFilter(app)
        key_filter.setObjectName(_FILTER_NAME)
        app.focusChanged.connect(key_filter.follow_focus)
    return key_filter


def route_undo_keys(widget: QWidget) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)
    widget.setProperty(_ROUTED, True)
    key_filter = _application_filter()
    if widget.hasFocus():
        widget.installEventFilter(key_filter)
