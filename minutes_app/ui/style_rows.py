"""Form rows and pages that only some document styles print, shown only while the draft has
one of those styles.

A 纪要 form shows no 来源 or 记者, a news report no 版记, board minutes no 密级; only board minutes
show the Motions page. The fields keep their values when hidden (a clerk switching style and
back loses nothing), and a page whose content prints in every style stays shown while it holds
something (a 纪要 with a motion imported shows it). Rows registered with ``later`` are made the
first time the draft has one of their styles: the other styles' rows are not on the start-up
path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFormLayout, QWidget

from ..model import DocumentStyle, MeetingDocument
from .draft_session import DraftSession

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QTabWidget

STYLE_PATH = ("header", "style")

JIYAO = frozenset({DocumentStyle.JIYAO})
NEWS = frozenset({DocumentStyle.NEWS})
BOARD = frozenset({DocumentStyle.BOARD})
Holds = Callable[[MeetingDocument], bool]  # the page has content (it stays shown in any style)


class StyleRows(QObject):
    """Shows each registered row or widget only for the styles that print it."""

    def __init__(self, session: DraftSession, parent: QObject) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[tuple[QFormLayout, QWidget, frozenset[DocumentStyle]]] = []
        self._widgets: list[tuple[QWidget, frozenset[DocumentStyle], Holds | None]] = []
        self._structure_hooked = False
        self._pages: list[tuple[QTabWidget, QWidget, QAction, frozenset[DocumentStyle], Holds]] = []
        self._later: list[tuple[frozenset[DocumentStyle], Callable[[], None]]] = []
        session.value_changed.connect(self._on_value_changed)

    def later(self, styles: frozenset[DocumentStyle], make: Callable[[], None]) -> None:
        """``make`` adds rows (or fills a widget) for ``styles``, registering them here; it runs
        now if the draft has one of them, else when it first takes one."""
        self._later.append((styles, make))
        self._make_due()

    def _make_due(self) -> None:
        style = self.style
        due = [make for styles, make in self._later if style in styles]
        if due:
            self._later = [(styles, make) for styles, make in self._later if style not in styles]
            for make in due:
                make()

    def row(self, form: QFormLayout, field: QWidget, styles: frozenset[DocumentStyle]) -> None:
        """The form row holding ``field`` (label included)."""
        self._rows.append((form, field, styles))
        form.setRowVisible(field, self.style in styles)

    def widget(
        self, widget: QWidget, styles: frozenset[DocumentStyle], holds: Holds | None = None
    ) -> None:
        """Shown in ``styles`` (or, given ``holds``, while the draft holds what it leads to)."""
        if holds is not None:
            self._hook_structure()
        self._widgets.append((widget, styles, holds))
        self._show_widget(widget, styles, holds)

    def _show_widget(self, widget: QWidget, styles: frozenset, holds: Holds | None) -> None:
        widget.setVisible(self.style in styles or (holds is not None and holds(self.session.doc)))

    def _hook_structure(self) -> None:
        if not self._structure_hooked:
            self._structure_hooked = True
            self.session.structure_changed.connect(self._refresh_held)

    def page(
        self,
        tabs: QTabWidget,
        holder: QWidget,
        action: QAction,
        styles: frozenset[DocumentStyle],
        holds: Holds,
    ) -> None:
        """A page (its tab and its View menu item), shown in ``styles`` or while ``holds``."""
        self._hook_structure()
        self._pages.append((tabs, holder, action, styles, holds))
        tabs.currentChanged.connect(self._refresh_held)
        self._show_page(tabs, holder, action, styles, holds)

    def _show_page(
        self, tabs: QTabWidget, holder: QWidget, action: QAction, styles: frozenset, holds: Holds
    ) -> None:
        index = tabs.indexOf(holder)
        # The page the clerk is on stays until they leave it (removing its last motion must
        # not pull the page away from under the keyboard).
        here = tabs.currentIndex() == index and tabs.isTabVisible(index)
        shown = here or self.style in styles or holds(self.session.doc)
        tabs.setTabVisible(index, shown)
        action.setVisible(shown)

    @property
    def style(self) -> DocumentStyle:
        return self.session.doc.header.style

    def refresh(self) -> None:
        self._make_due()
        style = self.style
        for form, field, styles in self._rows:
            form.setRowVisible(field, style in styles)
        self._refresh_held()

    def _on_value_changed(self, path: tuple) -> None:
        if path == STYLE_PATH or path == ():
            self.refresh()

    def _refresh_held(self, *_args: object) -> None:
        for widget in self._widgets:
            self._show_widget(*widget)
        for page in self._pages:
            self._show_page(*page)


def has_decisions(doc: MeetingDocument) -> bool:
    """Any motion or action item, the meeting's own or a section's."""
    body = doc.body
    return bool(body.motions or body.action_items) or any(
        s.motions or s.actions for s in body.sections
    )
