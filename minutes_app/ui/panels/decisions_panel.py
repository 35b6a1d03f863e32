"""Motions and action items of the whole meeting (board minutes); sections may have their own."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...model import ActionItem
from ..i18n import N_
from ..widgets.record_list import RecordListEditor
from .base import Panel, PanelContext
from .sections_panel import ACTION_COLUMNS, ACTION_DETAIL, MOTION_COLUMNS, MOTION_DETAIL, new_motion


class DecisionsPanel(Panel):

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        session = ctx.session
        for name, title, columns, detail, factory, item in (
            ("motions", N_("Motions"), MOTION_COLUMNS, MOTION_DETAIL, new_motion, N_("motion")),
            ("action_items", N_("Action items"), ACTION_COLUMNS, ACTION_DETAIL, ActionItem, N_("action")),
        ):
            box = self.group(title)
            editor = RecordListEditor(
                session, self.texts, ("body", name), columns, new_item=factory, item_name=item,
                detail=detail, table_height=5, names=self.names, parent=box,
            )
            QVBoxLayout(box).addWidget(editor)
            self.lists[name] = editor
        self.page_layout.addStretch(1)

