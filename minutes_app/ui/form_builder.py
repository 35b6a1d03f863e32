"""Builds labelled form rows bound to document fields, so panels stay declarative.

Every widget made here is registered under its field name in ``widgets`` (tests use that),
gets a translated label with its mnemonic as buddy, and routes the undo keys to the draft's
stack.
"""

from __future__ import annotations

import itertools
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from .bindings import FieldBinder, Rel
from .completion import NameCompletion
from .i18n import N_, Texts, _
from .undo_keys import route_undo_keys
from .wheel_guard import block_wheel_focus
from .widgets.optional_values import OptionalDateTimeEdit, OptionalIntEdit


class FormBuilder:
    def __init__(self, binder: FieldBinder, texts: Texts, parent: QWidget) -> None:
        self.binder = binder
        self.texts = texts
        self.parent = parent
        self.widgets: dict[str, QWidget] = {}
        # Where the next row goes: None at the end; a row number for rows made later in the
        # middle of a form (a style's rows, made when the draft first takes that style).
        self.insert_at: int | None = None

    @staticmethod
    def new_form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return form

    def row(self, form: QFormLayout, label: str, widget: QWidget, name: str | None = None) -> QLabel:
        """Add ``widget`` under a translated ``label`` (mark with N_; '&' sets the mnemonic)."""
        caption = QLabel(self.parent)
        caption.setBuddy(widget)
        self.texts.add(lambda: caption.setText(_(label) + _(":")))
        if self.insert_at is None:
            form.addRow(caption, widget)
        else:
            form.insertRow(self.insert_at, caption, widget)
            self.insert_at += 1
        if name is not None:
            self.widgets[name] = widget
        return caption

    def line(
        self,
        form: QFormLayout | None,
        rel: str | Rel,
        label: str,
        placeholder: str | None = None,
        names: NameCompletion | None = None,
    ) -> QLineEdit:
        widget = QLineEdit(self.parent)
        route_undo_keys(widget, self.binder.session.undo_stack)
        if placeholder is not None:
            self.texts.text(widget.setPlaceholderText, placeholder)
        self.binder.line(widget, rel, label)
        if names is not None:
            names.attach(widget, lambda _name, _title: self.binder.commit(widget))
        self._place(form, label, widget, rel)
        return widget

    def plain(self, form: QFormLayout, rel: str | Rel, label: str, lines: int = 3) -> QPlainTextEdit:
        widget = QPlainTextEdit(self.parent)
        widget.setTabChangesFocus(True)
        # Chinese lines are taller than the Latin font's line spacing: leave room for them.
        widget.setFixedHeight(int(widget.fontMetrics().lineSpacing() * lines * 1.4) + 12)
        route_undo_keys(widget, self.binder.session.undo_stack)
        self.binder.plain(widget, rel, label)
        self._place(form, label, widget, rel)
        return widget

    def choice(
        self,
        form: QFormLayout,
        rel: str | Rel,
        label: str,
        choices: dict,
        enum_type: type[Enum] | None = None,
    ) -> QComboBox:
        widget = QComboBox(self.parent)
        block_wheel_focus(widget)
        for value, message in choices.items():
            widget.addItem(_(message), value.value if isinstance(value, Enum) else value)

        def retranslate() -> None:
            for i, message in enumerate(choices.values()):
                widget.setItemText(i, _(message))

        self.texts.add(retranslate)
        self.binder.choice(widget, rel, label, enum_type)
        self._place(form, label, widget, rel)
        return widget

    def check(self, form: QFormLayout, rel: str | Rel, label: str, text: str) -> QCheckBox:
        """A yes/no field: ``label`` names it, ``text`` beside the box says what yes prints."""
        widget = QCheckBox(self.parent)
        self.texts.text(widget.setText, text)
        self.binder.check(widget, rel, label)
        self._place(form, label, widget, rel)
        return widget

    def optional_int(
        self, form: QFormLayout | None, rel: str | Rel, label: str, minimum: int = 1
    ) -> OptionalIntEdit:
        widget = OptionalIntEdit(minimum=minimum, parent=self.parent)
        widget.setMaximumWidth(160)
        self.binder.optional_int(widget, rel, label)
        self._place(form, label, widget, rel)
        return widget

    def optional_time(
        self, form: QFormLayout | None, rel: str | Rel, label: str, mode: str
    ) -> OptionalDateTimeEdit:
        """A date, time or date-time that may be unset; ``form=None``: the caller places it."""
        widget = OptionalDateTimeEdit(mode, self.parent)
        self.texts.text(widget.check.setText, N_("set"))
        self.binder.optional_time(widget, rel, label)
        self._place(form, label, widget, rel)
        return widget

    def _place(self, form: QFormLayout | None, label: str, widget: QWidget, rel: str | Rel) -> None:
        """A row of its own, or (``form=None``) left for the caller to put in a ``pair_row``."""
        if form is None:
            self.widgets[_name(rel)] = widget
        else:
            self.row(form, label, widget, _name(rel))

    def pair_row(
        self, form: QFormLayout, label: str, first: QWidget, second_label: str, second: QWidget
    ) -> None:
        """Two editors on one row: ``label: [first]  second_label: [second]``."""
        caption = QLabel(self.parent)
        caption.setBuddy(second)
        self.texts.add(lambda: caption.setText(_(second_label) + _(":")))
        self.row(form, label, pair(first, caption, second, self.parent)).setBuddy(first)


def tab_in_row_order(form: QFormLayout) -> None:
    """Tab follows the rows of ``form`` top to bottom (rows inserted after the form was made
    would otherwise come last: Qt's focus chain is the order widgets were made)."""
    fields = [form.itemAt(row, QFormLayout.ItemRole.FieldRole) for row in range(form.rowCount())]
    widgets = [item.widget() for item in fields if item is not None and item.widget() is not None]
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def pair(first: QWidget, between: QLabel, second: QWidget, parent: QWidget) -> QWidget:
    """Two editors side by side with a label between them, as one form field."""
    holder = QWidget(parent)
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first, 1)
    row.addWidget(between)
    row.addWidget(second, 1)
    return holder


def _name(rel: str | Rel) -> str:
    return rel if isinstance(rel, str) else str(rel[-1])
