"""Keep Ctrl+Z / Ctrl+Shift+Z, and Undo / Redo of the field's context menu, for the draft's
undo stack inside text fields.

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

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QUndoStack

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


def route_undo_keys(widget: QLineEdit | QPlainTextEdit, stack: QUndoStack) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setUndoRedoEnabled(False)
    widget.setProperty(_ROUTED, True)
    key_filter = _application_filter()
    if widget.hasFocus():
        widget.installEventFilter(key_filter)
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    widget.customContextMenuRequested.connect(
        lambda pos: show_menu(context_menu(widget, stack), widget.mapToGlobal(pos))
    )


def show_menu(menu: QMenu, where: QPoint) -> None:
    """Run the menu (modal); tests replace this to look at the menu instead."""
    menu.exec(where)


def context_menu(widget: QLineEdit | QPlainTextEdit, stack: QUndoStack) -> QMenu:
    """The field's standard menu with its own Undo and Redo replaced by the document's."""
    from .i18n import N_, _

    menu = widget.createStandardContextMenu()
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for name, can, text, with_what, bare, run in (
        ("edit-undo", stack.canUndo(), stack.undoText(), N_("&Undo %(what)s"), N_("&Undo"), stack.undo),
        ("edit-redo", stack.canRedo(), stack.redoText(), N_("&Redo %(what)s"), N_("&Redo"), stack.redo),
    ):
        own = menu.findChild(QAction, name)
        action = QAction(_(with_what) % {"what": text} if can and text else _(bare), menu)
        action.setObjectName(f"document-{name}")
        action.setEnabled(can)
        action.triggered.connect(run)
        menu.insertAction(own, action)
        if own is not None:
            menu.removeAction(own)
    return menu
