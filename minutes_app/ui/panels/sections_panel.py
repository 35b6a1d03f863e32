"""Sections: the numbered directive sections (一是…, 一、…, 1.) and the editor of the current one.

The list shows each section with the number it will print with, from the style's numbering
plan (``model.numbering``, which the exporters follow): moving a section renumbers the list at
once, an empty section (which does not print) shows "–", and in board minutes the sections
count from 2 while the reports heard are item 1.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import Section, SubItem, copy_deep
from ...model.numbering import numbering_plan, section_has_content
from ...model.operations import SECTIONS
from ..bindings import FieldBinder
from ..draft_session import DraftSession
from ..fields import FieldSpec, Kind
from ..form_builder import FormBuilder
from ..i18n import N_, _
from ..item_models import DocumentListModel
from ..style_rows import BOARD, StyleRows, has_decisions
from ..widgets.record_list import RecordListEditor
from .base import Panel, PanelContext
from .decision_fields import count_text

SUB_ITEM_COLUMNS = (
    FieldSpec("heading", N_("Heading")),
    FieldSpec("marker", N_("Number as written")),
    FieldSpec("body", N_("Text"), Kind.MULTILINE),
)
SUB_ITEM_DETAIL = (FieldSpec("body", N_("Text"), Kind.MULTILINE),)


REPORTS = ("body", "reports")
NOT_PRINTED = "–"


class SectionListModel(DocumentListModel):
    """Sections as "一是 疫情防控要丝毫不松": the number the document prints them with."""

    def __init__(self, session: DraftSession) -> None:
        super().__init__(
            session,
            SECTIONS,
            (FieldSpec("heading", N_("Heading")),),
            drag_kind="section",
            item_name=lambda: _("section"),
        )
        self._labels = self._plan_labels()
        session.value_changed.connect(self._on_document_value)
        session.structure_changed.connect(self._on_document_structure)

    def _plan_labels(self) -> dict[int, str]:
        doc = self.session.doc
        plan = numbering_plan(doc.header.style)
        return plan.section_labels(doc, doc.header.locale.startswith("zh"))

    def number_label(self, row: int) -> str:
        return self._labels.get(row, NOT_PRINTED)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            heading = self.items()[index.row()].heading or _("(no heading)")
            return f"{self.number_label(index.row())} {heading}"
        return super().data(index, role)

    def _renumber(self) -> None:
        labels = self._plan_labels()
        if labels != self._labels:
            self._labels = labels
            self.refresh_rows()

    def _on_document_value(self, path: tuple) -> None:
        if path in (("header", "style"), ("header", "locale")) or path[:2] == REPORTS:
            self._renumber()
        elif path[:2] == SECTIONS and len(path) > 2:
            self._section_touched(path[2])

    def _on_document_structure(self, path: tuple) -> None:
        if path in (SECTIONS, REPORTS):
            self._renumber()  # every number after the change may have moved
        elif path[:2] == SECTIONS and len(path) > 2:
            self._section_touched(path[2])

    def _section_touched(self, row: object) -> None:
        """A keystroke in a section renumbers only when it empties or fills the section: the
        whole plan is not worked out again for every character typed."""
        sections = self.session.doc.body.sections
        if isinstance(row, int) and 0 <= row < len(sections):
            if section_has_content(sections[row]) != (row in self._labels):
                self._renumber()


class SectionEditor(QWidget):
    """Speaker, heading and body of one section, with its sub-items (its motions and actions
    are counted here and edited on the Motions page)."""

    def __init__(self, panel: SectionsPanel) -> None:
        super().__init__(panel.page)
        session, texts = panel.session, panel.texts
        self.session = session
        self.binder = FieldBinder(session, self, None)
        build = FormBuilder(self.binder, texts, self)
        form = build.new_form()
        self.style_rows = StyleRows(session, self)
        self.style_rows.row(form, build.line(
            form, "minute_ref", N_("Minute number"), N_("e.g. 25/03; empty numbers by position"),
        ), BOARD)
        build.line(
            form, "speaker", N_("Spea&ker"), N_("who set out this section, if not the presider"),
            names=panel.names,
        )
        build.line(
            form, "lead_in", N_("Lead-in"), N_("the words that introduce the list: e.g. 会议指出，")
        )
        build.line(form, "marker", N_("Number as written"), N_("e.g. 一要 or Item 4.; empty numbers by position"))
        build.line(form, "heading", N_("Hea&ding"), N_("e.g. 疫情防控要丝毫不松 (the number is added)"))
        body = build.plain(form, "body", N_("&Body"), lines=8)
        body.setMinimumHeight(body.height())
        body.setMaximumHeight(16_777_215)
        self.widgets = build.widgets
        self.lists: dict[str, RecordListEditor] = {}
        sub_items = QGroupBox(self)
        texts.add(lambda: sub_items.setTitle(_("Sub-items")))
        self.lists["sub_items"] = RecordListEditor(
            session, texts, None, SUB_ITEM_COLUMNS, new_item=SubItem, item_name=N_("sub-item"),
            detail=SUB_ITEM_DETAIL, table_height=3, names=panel.names, parent=sub_items,
        )
        QVBoxLayout(sub_items).addWidget(self.lists["sub_items"])
        # Motions and actions are edited in one place, the Motions page: here only how many
        # the section has and the way there.
        self.decisions = QLabel(self)
        self.decisions.setWordWrap(True)  # the editor stays as narrow as the splitter makes it
        self.decisions_button = QPushButton(self)
        texts.text(self.decisions_button.setText, N_("Its &motions and actions…"))
        self.decisions_button.clicked.connect(lambda: panel.show_decisions(self.row))
        decisions = QWidget(self)  # where the Motions page is shown (board minutes, or any held)
        row = QHBoxLayout(decisions)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.decisions, 1)
        row.addWidget(self.decisions_button)
        self.style_rows.widget(decisions, BOARD, has_decisions)
        self.row: int | None = None
        texts.add(self.update_decisions)
        session.structure_changed.connect(self._on_structure_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 3)
        layout.addWidget(sub_items, 2)
        layout.addWidget(decisions)

    def update_decisions(self) -> None:
        sections = self.session.doc.body.sections
        section = sections[self.row] if self.row is not None and self.row < len(sections) else None
        counts = count_text(len(section.motions), len(section.actions)) if section else ""
        self.decisions.setText(
            _("Motions and actions: %(counts)s") % {"counts": counts} if counts
            else _("No motions or actions in this section.")
        )
        self.decisions_button.setEnabled(section is not None)

    def _on_structure_changed(self, path: tuple) -> None:
        if self.row is not None and path[:3] == (*SECTIONS, self.row):
            self.update_decisions()

    def bind(self, row: int | None) -> None:
        base = None if row is None else (*SECTIONS, row)
        self.row = row
        if base != self.binder.base:
            self.binder.set_base(base)
            for key, editor in self.lists.items():
                editor.set_list_path(None if base is None else (*base, key))
        self.update_decisions()


class SectionsPanel(Panel):

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        session = ctx.session
        splitter = QSplitter(Qt.Orientation.Horizontal, self.page)
        self.list = RecordListEditor(
            session, self.texts, SECTIONS, (), new_item=Section, item_name=N_("section"),
            model=SectionListModel(session), table_height=8, parent=splitter,
        )
        self.list.table.verticalHeader().hide()
        self.list.table.setWordWrap(False)
        self.list.table.setMinimumWidth(220)
        self.list.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.duplicate_action = QAction(self)
        self.duplicate_action.setShortcut(QKeySequence("Ctrl+D"))
        self.duplicate_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.duplicate_action.triggered.connect(self.duplicate_section)
        self.list.table.addAction(self.duplicate_action)
        duplicate = QToolButton(self.list)
        duplicate.setDefaultAction(self.duplicate_action)
        self.list.buttons.insertWidget(1, duplicate)
        self.texts.text(self.duplicate_action.setText, N_("Duplicate"))
        self.editor = SectionEditor(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        self.page_layout.addWidget(splitter)
        self.setWidgetResizable(True)
        session.structure_changed.connect(self._on_structure_changed)
        if self.list.model.rowCount():
            self.list.select_row(0)
        self._on_current_changed()

    @property
    def model(self) -> SectionListModel:
        return self.list.model  # type: ignore[return-value]

    def current_row(self) -> int:
        return self.list.current_row()

    def _on_current_changed(self, *_args: object) -> None:
        row = self.current_row()
        self.editor.bind(row if row >= 0 else None)

    def _on_structure_changed(self, path: tuple) -> None:
        if path == SECTIONS:
            self._on_current_changed()

    def show_decisions(self, row: int | None) -> None:
        """Turn to the Motions page showing this section's motions and actions."""
        if row is None or self.ctx.show_page is None:
            return
        decisions = self.ctx.show_page("decisions")
        decisions.show_place(row)
        decisions.lists["motions"].table.setFocus(Qt.FocusReason.OtherFocusReason)

    def duplicate_section(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        copy = copy_deep(self.session.doc.body.sections[row])
        self.session.insert(SECTIONS, row + 1, copy, _("Duplicate %(what)s") % {"what": _("section")})
        self.list.select_row(row + 1)

