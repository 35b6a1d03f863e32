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
from PySide6.QtWidgets import QSplitter, QTabWidget, QToolButton, QVBoxLayout, QWidget

from ...model import ActionItem, Motion, MotionResult, Section, SubItem, copy_deep
from ...model.numbering import numbering_plan, section_has_content
from ...model.operations import SECTIONS
from ..bindings import FieldBinder
from ..draft_session import DraftSession
from ..fields import FieldSpec, Kind
from ..form_builder import FormBuilder
from ..i18n import N_, _
from ..item_models import DocumentListModel
from ..labels import MOTION_RESULTS
from ..style_rows import BOARD, StyleRows
from ..widgets.record_list import RecordListEditor
from .base import Panel, PanelContext

MOTION_COLUMNS = (
    FieldSpec("text", N_("Motion")),
    FieldSpec("mover", N_("Mover"), roster_name=True),
    FieldSpec("seconder", N_("Seconder"), roster_name=True),
    FieldSpec("result", N_("Result"), Kind.CHOICE, MOTION_RESULTS),
)
MOTION_DETAIL = (
    FieldSpec("result", N_("Result"), Kind.CHOICE, MOTION_RESULTS),
    FieldSpec("votes_for", N_("Votes for"), Kind.OPTIONAL_INT),
    FieldSpec("votes_against", N_("Votes against"), Kind.OPTIONAL_INT),
    FieldSpec("abstentions", N_("Abstentions"), Kind.OPTIONAL_INT),
)
ACTION_COLUMNS = (
    FieldSpec("text", N_("Action")),
    FieldSpec("owner", N_("Owner"), roster_name=True),
    FieldSpec("due", N_("Due"), Kind.OPTIONAL_DATE),
)
ACTION_DETAIL = (FieldSpec("due", N_("Due"), Kind.OPTIONAL_DATE),)
SUB_ITEM_COLUMNS = (FieldSpec("heading", N_("Heading")), FieldSpec("body", N_("Text"), Kind.MULTILINE))
SUB_ITEM_DETAIL = (FieldSpec("body", N_("Text"), Kind.MULTILINE),)


def new_motion() -> Motion:
    return Motion(result=MotionResult.PENDING)


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
    """Speaker, heading and body of one section, with its sub-items, motions and actions."""

    def __init__(self, panel: SectionsPanel) -> None:
        super().__init__(panel.page)
        session, texts = panel.session, panel.texts
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
        build.line(form, "heading", N_("Hea&ding"), N_("e.g. 疫情防控要丝毫不松 (the number is added)"))
        body = build.plain(form, "body", N_("&Body"), lines=8)
        body.setMinimumHeight(body.height())
        body.setMaximumHeight(16_777_215)
        self.widgets = build.widgets
        self.tabs = QTabWidget(self)
        self.lists: dict[str, RecordListEditor] = {}
        for key, label, columns, detail, factory, item in (
            ("sub_items", N_("Sub-items"), SUB_ITEM_COLUMNS, SUB_ITEM_DETAIL, SubItem, N_("sub-item")),
            ("motions", N_("Motions"), MOTION_COLUMNS, MOTION_DETAIL, new_motion, N_("motion")),
            ("actions", N_("Actions"), ACTION_COLUMNS, ACTION_DETAIL, ActionItem, N_("action")),
        ):
            editor = RecordListEditor(
                session, texts, None, columns, new_item=factory, item_name=item, detail=detail,
                table_height=3, names=panel.names, parent=self.tabs,
            )
            self.lists[key] = editor
            index = self.tabs.addTab(editor, "")
            texts.add(lambda i=index, label=label: self.tabs.setTabText(i, _(label)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 3)
        layout.addWidget(self.tabs, 2)

    def bind(self, row: int | None) -> None:
        base = None if row is None else (*SECTIONS, row)
        if base != self.binder.base:
            self.binder.set_base(base)
            for key, editor in self.lists.items():
                editor.set_list_path(None if base is None else (*base, key))


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

    def duplicate_section(self) -> None:
        row = self.current_row()
        if row < 0:
            return
        copy = copy_deep(self.session.doc.body.sections[row])
        self.session.insert(SECTIONS, row + 1, copy, _("Duplicate %(what)s") % {"what": _("section")})
        self.list.select_row(row + 1)

