"""Driving the editor as a clerk would: keys into fields and table cells, keyboard choices."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from minutes_app.ui.widgets.optional_values import OptionalDateTimeEdit, OptionalIntEdit
from minutes_app.ui.widgets.record_list import RecordListEditor


def activate(qtbot, window: QWidget) -> None:
    """Make ``window`` the active window, so focus and shortcuts work as for a clerk."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_text(widget: QWidget, text: str) -> None:
    """Key events carrying each character, as an input method delivers CJK text.

    (QTest.keyClicks only knows ASCII keys.)"""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot, widget, text: str) -> None:
    """Select what the field holds and type ``text`` over it."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        if not text:
            qtbot.keyClick(widget, Qt.Key.Key_Delete)
    elif isinstance(widget, QPlainTextEdit):
        widget.selectAll()
    type_text(widget, text)


def choose(qtbot, combo: QComboBox, value: object) -> None:
    """Pick by keyboard (Up/Down), as the activated signal only fires for the user's choices."""
    target = combo.findData(getattr(value, "value", value))
    assert target >= 0, value
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def set_optional(widget: OptionalDateTimeEdit | OptionalIntEdit, value: object) -> None:
    if isinstance(widget, OptionalIntEdit):
        widget.setValue(widget.minimum() if value is None else value)
        return
    widget.check.setChecked(value is not None)
    if isinstance(value, dt.datetime):
        widget.editor.setDateTime(QDateTime(value))
    elif isinstance(value, dt.date):
        widget.editor.setDate(QDate(value.year, value.month, value.day))
    elif isinstance(value, dt.time):
        widget.editor.setTime(QTime(value.hour, value.minute, value.second))


def cell_editor(editor: RecordListEditor) -> QLineEdit:
    focus = QApplication.focusWidget()
    if isinstance(focus, QLineEdit) and editor.table.isAncestorOf(focus):
        return focus
    editors = editor.table.viewport().findChildren(QLineEdit)
    assert editors, "no cell editor is open"
    return editors[-1]


def type_cell(qtbot, editor: RecordListEditor, row: int, column: int, text: str) -> None:
    """Open the cell's editor (F2), type, and commit with Enter."""
    index = editor.model.index(row, column)
    editor.table.setCurrentIndex(index)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    line = cell_editor(editor)
    line.selectAll()
    type_text(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop


def add_row(qtbot, editor: RecordListEditor, *cells: str) -> int:
    """Insert adds a row after the current one and opens its first cell; type the cells."""
    editor.table.setFocus()
    before = editor.model.rowCount()
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert editor.model.rowCount() == before + 1
    row = editor.current_row()
    focus = QApplication.focusWidget()
    long_text = isinstance(focus, QPlainTextEdit) and editor.isAncestorOf(focus)
    if long_text:  # a long first column (a motion's wording): Insert went to its editor
        if cells:
            type_text(focus, cells[0])
        cells = ("", *cells[1:])
    elif cells:
        line = cell_editor(editor)
        type_text(line, cells[0])
        qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    text_columns = [i for i, c in enumerate(editor.model.columns) if c.kind in ("text", "multiline")]
    if not long_text:
        text_columns = [i for i in text_columns if editor.model.columns[i].kind == "text"]
    for column, text in zip(text_columns[1:], cells[1:], strict=False):
        if text:
            type_cell(qtbot, editor, row, column, text)
    return row
