"""What every panel shares: a scrolling page, its session, its texts and its lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import QFrame, QGroupBox, QScrollArea, QVBoxLayout, QWidget

from ..completion import NameCompletion
from ..draft_session import DraftSession
from ..i18n import Language, Texts, _
from ..widgets.record_list import RecordListEditor


class PanelContext(NamedTuple):
    """What every panel of one draft window is given."""

    session: DraftSession
    language: Language
    names: NameCompletion | None = None
    show_page: Callable[[str], Panel] | None = None  # turn to a page (and build it): its key


class Panel(QScrollArea):
    """A scrolling page of the form; ``widgets`` and ``lists`` name its editors by field."""

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = ctx.session
        self.language = ctx.language
        self.names = ctx.names
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.page = QWidget(self)
        self.page_layout = QVBoxLayout(self.page)
        self.setWidget(self.page)
        self.texts = Texts(self, ctx.language)
        self.widgets: dict[str, QWidget] = {}
        self.lists: dict[str, RecordListEditor] = {}

    def group(self, title: str, parent_layout: QVBoxLayout | None = None) -> QGroupBox:
        box = QGroupBox(self.page)
        self.texts.add(lambda: box.setTitle(_(title)))
        (parent_layout or self.page_layout).addWidget(box)
        return box
