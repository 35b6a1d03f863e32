"""Editors for values that may be absent: a date with a calendar and a "no date" state, times,
date-times and whole numbers. ``edited`` fires for the user's changes only, never for
``set_value``, so a refresh from the document is never mistaken for an edit.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ..wheel_guard import block_wheel_focus


class OptionalDateTimeEdit(QWidget):
    """A check box ("set") and a date, time or date-time editor; unchecked means None."""

    edited = Signal()

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.check = QCheckBox(self)
        if mode == "date":
            self.editor: QDateTimeEdit = QDateEdit(self)
            self.editor.setDisplayFormat("yyyy-MM-dd")
            self.editor.setCalendarPopup(True)
            self.editor.setDate(QDate.currentDate())
        elif mode == "time":
            self.editor = QTimeEdit(self)
            self.editor.setDisplayFormat("HH:mm")
            self.editor.setTime(QTime(9, 0))
        else:
            self.editor = QDateTimeEdit(self)
            self.editor.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
            self.editor.setCalendarPopup(True)
            self.editor.setDateTime(QDateTime.currentDateTime())
        self.editor.setEnabled(False)
        block_wheel_focus(self.editor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.editor, 1)
        # A focus policy (not in the Tab chain) so that a label's mnemonic can focus it; set
        # before the proxy, as Qt passes a policy set later on to the proxy.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFocusProxy(self.check)
        self._quiet = False
        self.check.toggled.connect(self._on_toggled)
        self.editor.dateTimeChanged.connect(self._on_changed)

    def value(self) -> Any:
        if not self.check.isChecked():
            return None
        if self.mode == "date":
            return self.editor.date().toPython()
        if self.mode == "time":
            return self.editor.time().toPython().replace(microsecond=0)
        return self.editor.dateTime().toPython().replace(microsecond=0, tzinfo=None)

    def set_value(self, value: Any) -> None:
        self._quiet = True
        try:
            self.check.setChecked(value is not None)
            self.editor.setEnabled(value is not None)
            if isinstance(value, dt.datetime):  # from its parts: converting a datetime costs 1 ms at start
                day = QDate(value.year, value.month, value.day)
                self.editor.setDateTime(QDateTime(day, QTime(value.hour, value.minute, value.second)))
            elif isinstance(value, dt.date):
                self.editor.setDate(QDate(value.year, value.month, value.day))
            elif isinstance(value, dt.time):
                self.editor.setTime(QTime(value.hour, value.minute, value.second))
        finally:
            self._quiet = False

    def _on_toggled(self, checked: bool) -> None:
        self.editor.setEnabled(checked)
        if not self._quiet:
            self.edited.emit()

    def _on_changed(self) -> None:
        if not self._quiet and self.check.isChecked():
            self.edited.emit()


class OptionalIntEdit(QSpinBox):
    """A spin box whose lowest value, one below the first real one, reads "—" and means None."""

    edited = Signal()

    def __init__(self, minimum: int = 1, maximum: int = 100_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText("—")
        block_wheel_focus(self)
        self._quiet = False
        self.valueChanged.connect(self._on_changed)

    def value_or_none(self) -> int | None:
        return None if self.value() == self.minimum() else self.value()

    def set_value(self, value: int | None) -> None:
        self._quiet = True
        try:
            self.setValue(self.minimum() if value is None else value)
        finally:
            self._quiet = False

    def _on_changed(self) -> None:
        if not self._quiet:
            self.edited.emit()
