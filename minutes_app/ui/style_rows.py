"""Form rows that only one document style prints, shown only while the draft has that style.

A 纪要 form shows no 来源 or 记者, a news report no 版记, board minutes no 密级; the fields keep
their values when hidden (a clerk switching style and back loses nothing).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QWidget

from ..model import DocumentStyle
from .draft_session import DraftSession

STYLE_PATH = ("header", "style")

JIYAO = frozenset({DocumentStyle.JIYAO})
NEWS = frozenset({DocumentStyle.NEWS})
BOARD = frozenset({DocumentStyle.BOARD})


class StyleRows(QObject):
    """Shows each registered row or widget only for the styles that print it."""

    def __init__(self, session: DraftSession, parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[tuple[QFormLayout, QWidget, frozenset[DocumentStyle]]] = []
        self._widgets: list[tuple[QWidget, frozenset[DocumentStyle]]] = []
        session.value_changed.connect(self._on_value_changed)

    def row(self, form: QFormLayout, field: QWidget, styles: frozenset[DocumentStyle]) -> None:
        """The form row holding ``field`` (label included)."""
        self._rows.append((form, field, styles))
        form.setRowVisible(field, self.style in styles)

    def widget(self, widget: QWidget, styles: frozenset[DocumentStyle]) -> None:
        self._widgets.append((widget, styles))
        widget.setVisible(self.style in styles)

    @property
    def style(self) -> DocumentStyle:
        return self.session.doc.header.style

    def refresh(self) -> None:
        style = self.style
        for form, field, styles in self._rows:
            form.setRowVisible(field, style in styles)
        for widget, styles in self._widgets:
            widget.setVisible(style in styles)

    def _on_value_changed(self, path: tuple) -> None:
        if path == STYLE_PATH or path == ():
            self.refresh()
