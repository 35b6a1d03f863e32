"""Header: who met, when, where and how, and how the document is to be styled."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...model import DocumentStyle, MeetingFormat
from ..bindings import FieldBinder
from ..fields import FieldSpec
from ..form_builder import FormBuilder
from ..i18n import N_
from ..labels import DOCUMENT_LOCALES, DOCUMENT_STYLES, MEETING_FORMATS
from ..style_rows import BOARD, JIYAO, NEWS, StyleRows
from ..widgets.record_list import RecordListEditor
from .base import Panel, PanelContext

HEADER = ("header",)
COLOPHON = ("colophon",)


class HeaderPanel(Panel):

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        session = ctx.session
        self.binder = FieldBinder(session, self, HEADER)
        build = FormBuilder(self.binder, self.texts, self.page)
        self.widgets = build.widgets

        meeting = build.new_form()
        self.group(N_("Meeting")).setLayout(meeting)
        build.line(meeting, "organisation", N_("&Organisation"))
        build.line(meeting, "meeting_name", N_("&Meeting name"))
        build.pair_row(
            meeting,
            N_("Session &number"),
            build.optional_int(None, "session_number", N_("Session &number")),
            N_("Meetin&g kind"),
            build.line(None, "meeting_kind", N_("Meetin&g kind"), N_("e.g. 专题会议, regular, annual")),
        )
        build.line(
            meeting, "title", N_("&Title"), N_("leave empty to use the meeting name + 召开")
        )
        self.lists["deck"] = self._lines(("header", "deck"), N_("Deck line"), N_("deck line"))
        build.row(meeting, N_("Dec&k lines"), self.lists["deck"], "deck")

        when = build.new_form()
        self.group(N_("Date, time and place")).setLayout(when)
        build.optional_time(when, "date", N_("&Date"), "date")
        build.line(
            when, "date_text", N_("Date as written"),
            N_("from an imported text, printed when the date is empty: e.g. 6月3号上午"),
        )
        build.pair_row(
            when,
            N_("&Starts"),
            build.optional_time(None, "start_time", N_("&Starts"), "time"),
            N_("Ends"),
            build.optional_time(None, "end_time", N_("Ends"), "time"),
        )
        build.line(when, "place", N_("&Place"))
        build.choice(when, "format", N_("Fo&rmat"), MEETING_FORMATS, MeetingFormat)
        build.line(when, "main_venue", N_("Main ven&ue"), N_("主会场, for video and hybrid meetings"))
        self.lists["branch_venues"] = self._lines(
            ("header", "branch_venues"), N_("Branch venue"), N_("branch venue")
        )
        build.row(when, N_("&Branch venues"), self.lists["branch_venues"], "branch_venues")
        build.plain(when, "purpose", N_("Purpose"), lines=2)

        document = build.new_form()
        self.group(N_("Document")).setLayout(document)
        build.choice(document, "style", N_("St&yle"), DOCUMENT_STYLES, DocumentStyle)
        build.choice(document, "locale", N_("&Language of the document"), DOCUMENT_LOCALES)
        self.style_rows = rows = StyleRows(session, self)
        for widget, styles in (
            (build.optional_int(document, "issue_number", N_("&Issue number (期号)")), JIYAO),
            (build.line(document, "classification", N_("Classification (密级)"),
                        N_("e.g. 秘密★1年; printed top left")), JIYAO),
            (build.line(document, "urgency", N_("Urgency (紧急程度)"), N_("e.g. 特急")), JIYAO),
            (build.line(document, "signer", N_("Signed by (签发人)"),
                        N_("for documents sent upward")), JIYAO),
            (build.line(document, "source", N_("Sour&ce (来源)")), NEWS),
            (build.optional_time(document, "published", N_("Published (更新时间)"), "datetime"), NEWS),
            (build.line(document, "reporter", N_("Reporter (记者)")), NEWS),
        ):
            rows.row(document, widget, styles)
        build.line(document, "recorder", N_("Recorder (记录)"))
        for widget in (
            build.line(document, "quorum", N_("Quorum"), N_("e.g. The meeting was quorate.")),
            build.check(document, "agenda_approved", N_("Agenda"), N_("The agenda was approved")),
            build.check(document, "initials_in_header", N_("Page header"),
                        N_("Chair's initials and date on every page")),
            build.line(document, "next_meeting", N_("Next meeting")),
        ):
            rows.row(document, widget, BOARD)

        colophon = self.group(N_("Distribution (版记)"))
        rows.widget(colophon, JIYAO)
        self.colophon_binder = FieldBinder(session, self, COLOPHON)
        cbuild = FormBuilder(self.colophon_binder, self.texts, colophon)
        form = cbuild.new_form()
        colophon.setLayout(form)
        cbuild.line(form, "copy_label", N_("Copy label"), N_("empty prints 抄送; or 分送"))
        self.lists["copies_to"] = self._lines(("colophon", "copies_to"), N_("Unit"), N_("unit"))
        cbuild.row(form, N_("Copies to (抄送)"), self.lists["copies_to"], "copies_to")
        cbuild.line(form, "printed_by", N_("Printed by (印发机关)"))
        cbuild.optional_time(form, "printed_on", N_("Printed on (印发日期)"), "date")
        self.widgets.update(cbuild.widgets)
        self.page_layout.addStretch(1)

    def _lines(self, path: tuple, column: str, item_name: str) -> RecordListEditor:
        return RecordListEditor(
            self.session,
            self.texts,
            path,
            [FieldSpec(None, column)],
            new_item=str,
            item_name=item_name,
            table_height=2,
            compact=True,
            parent=self.page,
        )


