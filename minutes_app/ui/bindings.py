"""Two-way binding of plain form widgets to document fields.

A binder maps each widget to a path below a base path (the header, or the section being
edited). User edits become undo commands through the session; document changes (undo, redo,
another widget) are written back to the widget unless it already shows the value, so typing
never echoes into the field being typed in and the cursor stays put.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any, NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from ..model.document import MAX_TEXT
from ..model.operations import Path as DocPath
from ..model.operations import PathError, is_one_line
from .draft_session import DraftSession
from .i18n import _, strip_mnemonic
from .one_line import OneLineValidator
from .widgets.optional_values import OptionalDateTimeEdit, OptionalIntEdit

Rel = tuple[str | int, ...]
LINE_LIMIT = MAX_TEXT  # the longest text any field holds (model.document)


class _Binding(NamedTuple):
    widget: QWidget
    rel: Rel
    label: str  # message id of the field's label, for the undo text
    read: Callable[[], Any]
    write: Callable[[Any], None]
    merge: bool


class FieldBinder(QObject):
    def __init__(self, session: DraftSession, parent: QObject, base: DocPath | None = ()) -> None:
        super().__init__(parent)
        self.session = session
        self._base = base
        self._bindings: list[_Binding] = []
        self._by_path: dict[DocPath, _Binding] = {}
        self._refreshing = False
        session.value_changed.connect(self._on_value_changed)

    @property
    def base(self) -> DocPath | None:
        return self._base

    # Declaring fields ------------------------------------------------------------------------

    def line(self, widget: QLineEdit, rel: str | Rel, label: str) -> None:
        # One more than the field holds (Qt's default is 32767): a longer paste reaches the
        # session, which cuts it and says so, instead of Qt cutting it silently.
        widget.setMaxLength(max(widget.maxLength(), LINE_LIMIT + 1))
        binding = self._add(widget, rel, label, widget.text, self._line_writer(widget), True)
        widget.setValidator(OneLineValidator(widget, lambda: self._one_line(binding)))
        widget.textEdited.connect(lambda _text: self._edited(binding))

    def plain(self, widget: QPlainTextEdit, rel: str | Rel, label: str) -> None:
        def write(value: Any) -> None:
            if widget.toPlainText() != value:
                widget.setPlainText(value)

        binding = self._add(widget, rel, label, widget.toPlainText, write, True)
        widget.textChanged.connect(lambda: self._edited(binding))

    def choice(
        self, widget: QComboBox, rel: str | Rel, label: str, enum_type: type[Enum] | None = None
    ) -> None:
        def read() -> Any:
            data = widget.currentData()
            return enum_type(data) if enum_type is not None and data is not None else data

        def write(value: Any) -> None:
            index = widget.findData(value.value if isinstance(value, Enum) else value)
            if index != widget.currentIndex():
                widget.setCurrentIndex(index)

        binding = self._add(widget, rel, label, read, write, False)
        widget.activated.connect(lambda _index: self._edited(binding))

    def check(self, widget: QCheckBox, rel: str | Rel, label: str) -> None:
        def write(value: Any) -> None:
            if widget.isChecked() != bool(value):
                widget.setChecked(bool(value))

        binding = self._add(widget, rel, label, widget.isChecked, write, False)
        widget.clicked.connect(lambda _checked: self._edited(binding))  # the clerk's clicks only

    def optional_int(self, widget: OptionalIntEdit, rel: str | Rel, label: str) -> None:
        binding = self._add(widget, rel, label, widget.value_or_none, widget.set_value, True)
        widget.edited.connect(lambda: self._edited(binding))

    def optional_time(self, widget: OptionalDateTimeEdit, rel: str | Rel, label: str) -> None:
        def write(value: Any) -> None:
            if widget.value() != value:
                widget.set_value(value)

        binding = self._add(widget, rel, label, widget.value, write, True)
        widget.edited.connect(lambda: self._edited(binding))

    def commit(self, widget: QWidget) -> None:
        """Push the widget's value now (after a completer filled it in)."""
        for binding in self._bindings:
            if binding.widget is widget:
                self._edited(binding)

    # Rebinding and refreshing ----------------------------------------------------------------

    def set_base(self, base: DocPath | None) -> None:
        """Point every field at another item (or at nothing: the fields are disabled)."""
        self._base = base
        self._index()
        self.refresh()

    def refresh(self) -> None:
        for binding in self._bindings:
            self._write(binding)

    def path_of(self, binding: _Binding) -> DocPath | None:
        return None if self._base is None else (*self._base, *binding.rel)

    def _one_line(self, binding: _Binding) -> bool:
        """Whether the widget shows a one-line field now (its line breaks are refused)."""
        path = self.path_of(binding)
        try:
            return path is not None and is_one_line(self.session.doc, path)
        except PathError:
            return False

    # Internals -----------------------------------------------------------------------------

    @staticmethod
    def _line_writer(widget: QLineEdit) -> Callable[[Any], None]:
        def write(value: Any) -> None:
            if widget.text() != value:
                widget.setText(value)
                widget.setCursorPosition(0)  # show the start of a long value, as forms do

        return write

    def _add(
        self,
        widget: QWidget,
        rel: str | Rel,
        label: str,
        read: Callable[[], Any],
        write: Callable[[Any], None],
        merge: bool,
    ) -> _Binding:
        binding = _Binding(widget, (rel,) if isinstance(rel, str) else rel, label, read, write, merge)
        self._bindings.append(binding)
        self._index()
        self._write(binding)
        return binding

    def _index(self) -> None:
        self._by_path = {}
        if self._base is not None:
            for binding in self._bindings:
                self._by_path[(*self._base, *binding.rel)] = binding

    def _write(self, binding: _Binding) -> None:
        path = self.path_of(binding)
        value: Any = None
        if path is not None:
            try:
                value = self.session.value(path)
            except PathError:
                path = None
        self._refreshing = True
        try:
            binding.widget.setEnabled(path is not None)
            if path is not None:
                binding.write(value)
        finally:
            self._refreshing = False

    def _edited(self, binding: _Binding) -> None:
        path = self.path_of(binding)
        if self._refreshing or path is None:
            return
        value = binding.read()
        self.session.set(
            path, value, _("Edit %(field)s") % {"field": strip_mnemonic(_(binding.label))}, merge=binding.merge
        )
        if type(value) is str and self.session.value(path) != value:
            self._show_cut(binding)

    def _show_cut(self, binding: _Binding) -> None:
        """The text was cut to the field's limit: show what the draft holds, the cursor at the
        cut (where the paste ended), not at the start of a long text."""
        self._write(binding)
        widget = binding.widget
        if isinstance(widget, QLineEdit):
            widget.setCursorPosition(len(widget.text()))
        elif isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            widget.setTextCursor(cursor)

    def _on_value_changed(self, path: DocPath) -> None:
        binding = self._by_path.get(path)
        if binding is not None:
            self._write(binding)
