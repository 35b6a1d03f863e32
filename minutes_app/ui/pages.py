"""The form's pages, each built the first time it is shown or asked for.

Only the first page is on the start-up path; the others (and their modules) load when the
clerk turns to them, or when code asks ``pages["sections"]``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from .i18n import N_, Texts, _, strip_mnemonic
from .panels.base import Panel, PanelContext

# key -> (module under ui.panels, class, tab title as in the View menu)
PAGES: dict[str, tuple[str, str, str]] = {
    "header": ("header_panel", "HeaderPanel", N_("&Header")),
    "people": ("people_panel", "PeoplePanel", N_("&People")),
    "sections": ("sections_panel", "SectionsPanel", N_("&Sections")),
    "text": ("text_panel", "TextPanel", N_("&Reports and remarks")),
    "decisions": ("decisions_panel", "DecisionsPanel", N_("&Motions and actions")),
}


class PanelPages(Mapping[str, Panel]):
    def __init__(self, tabs: QTabWidget, ctx: PanelContext, texts: Texts) -> None:
        self.tabs = tabs
        self.ctx = ctx
        self._built: dict[str, Panel] = {}
        self._holders: dict[str, QWidget] = {}
        for index, (key, (_module, _cls, title)) in enumerate(PAGES.items()):
            holder = QWidget(tabs)
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders[key] = holder
            tabs.addTab(holder, "")
            texts.add(lambda i=index, t=title: tabs.setTabText(i, strip_mnemonic(_(t))))
        tabs.currentChanged.connect(lambda index: self[list(PAGES)[index]])

    def __getitem__(self, key: str) -> Panel:
        panel = self._built.get(key)
        if panel is None:
            module_name, class_name, _title = PAGES[key]
            module = importlib.import_module(f"{__package__}.panels.{module_name}")
            holder = self._holders[key]
            panel = getattr(module, class_name)(self.ctx, holder)
            holder.layout().addWidget(panel)
            panel.show()  # at once (a layout would show it a turn later): it may take the focus
            self._built[key] = panel
        return panel

    def __iter__(self) -> Iterator[str]:
        return iter(PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def holder(self, key: str) -> QWidget:
        return self._holders[key]



def first_field(panel: QWidget) -> QWidget | None:
    """The first widget of the page that Tab would reach (enabled, shown), in focus order."""
    widget = panel.nextInFocusChain()
    while widget is not None and widget is not panel:
        if (
            panel.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isEnabled()
            and widget.isVisibleTo(panel)
            and widget.focusProxy() is None
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None
