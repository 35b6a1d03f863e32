"""Reports heard, who set out the requirements, remarks by others, closing notes and free text."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...model import Attachment, Remark, Report
from ..bindings import FieldBinder
from ..fields import FieldSpec, Kind
from ..form_builder import FormBuilder
from ..i18n import N_
from ..style_rows import JIYAO, StyleRows
from ..widgets.record_list import RecordListEditor
from .base import Panel, PanelContext

REPORT_COLUMNS = (
    FieldSpec("speaker", N_("Reported by"), roster_name=True),
    FieldSpec("subject", N_("Subject")),
)
REMARK_COLUMNS = (
    FieldSpec("speaker", N_("Speaker"), roster_name=True),
    FieldSpec("topic", N_("Topic")),
    FieldSpec("verb", N_("Verb (强调 / 指出)")),
    FieldSpec("text", N_("Remarks"), Kind.MULTILINE),
)
PARAGRAPH = (FieldSpec(None, N_("Paragraph"), Kind.MULTILINE),)
ATTACHMENT_COLUMNS = (
    FieldSpec("name", N_("Attachment")),
    FieldSpec("title", N_("Page title")),
    FieldSpec("body", N_("Page text"), Kind.MULTILINE),
)


class TextPanel(Panel):

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        session = ctx.session
        self.binder = FieldBinder(session, self, ("body",))
        build = FormBuilder(self.binder, self.texts, self.page)
        self.widgets = build.widgets

        reports = self.group(N_("Reports heard (会上……作了汇报)"))
        self.lists["reports"] = self._list("reports", REPORT_COLUMNS, (), Report, N_("report"), reports)

        requirements = self.group(N_("Requirements (……就……提出具体要求)"))
        form = build.new_form()
        requirements.setLayout(form)
        build.line(form, "requirements_by", N_("Set out &by"), N_("e.g. 李正印"), names=self.names)
        build.line(form, "requirements_topic", N_("&Topic"), N_("e.g. 做好当前……重点工作"))

        remarks = self.group(N_("Remarks (……就……强调，……)"))
        self.lists["remarks"] = self._list(
            "remarks", REMARK_COLUMNS, (REMARK_COLUMNS[3],), Remark, N_("remark"), remarks
        )
        closing = self.group(N_("Closing notes"))
        self.lists["closing_notes"] = self._list(
            "closing_notes", PARAGRAPH, PARAGRAPH, str, N_("closing note"), closing
        )
        free = self.group(N_("Free paragraphs"))
        self.lists["free_paragraphs"] = self._list(
            "free_paragraphs", PARAGRAPH, PARAGRAPH, str, N_("paragraph"), free
        )
        attachments = self.group(N_("Attachments (附件; with page text: a page of its own)"))
        self.lists["attachments"] = self._list(
            "attachments", ATTACHMENT_COLUMNS, (ATTACHMENT_COLUMNS[2],), Attachment,
            N_("attachment"), attachments,
        )
        self.style_rows = StyleRows(session, self)
        self.style_rows.widget(attachments, JIYAO)
        self.page_layout.addStretch(1)

    def _list(self, name, columns, detail, factory, item_name, box) -> RecordListEditor:
        editor = RecordListEditor(
            self.session, self.texts, ("body", name), columns, new_item=factory,
            item_name=item_name, detail=detail, table_height=3, names=self.names, parent=box,
        )
        QVBoxLayout(box).addWidget(editor)
        return editor

