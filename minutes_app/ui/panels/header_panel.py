"""Header: who met, when, where and how, and how the document is to be styled."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...model import DocumentStyle, MeetingFormat
from ..bindings import FieldBinder
from ..fields import FieldSpec
from ..form_builder import FormBuilder, tab_in_row_order
from ..i18n import N_
from ..labels import DOCUMENT_LOCALES, DOCUMENT_STYLES, MEETING_FORMATS
from ..style_rows import BOARD, JIYAO, NEWS, StyleRows
from ..widgets.record_list import RecordListEditor
from .base import Panel, PanelContext

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFormLayout, QGroupBox

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
        # Each style's own rows are made when the draft first has that style (a news report
        # opens without the 纪要 and board rows): in the same places, whenever they are made.
        self.style_rows = rows = StyleRows(session, self)
        self._build, self._document = build, document
        rows.later(JIYAO, lambda: self._add_style_rows(JIYAO, self._jiyao_rows, after="locale"))
        rows.later(NEWS, lambda: self._add_style_rows(NEWS, self._news_rows, before="recorder"))
        build.line(document, "recorder", N_("Recorder (记录)"))
        rows.later(BOARD, lambda: self._add_style_rows(BOARD, self._board_rows, after="recorder"))

        colophon = self.group(N_("Distribution (版记)"))
        rows.widget(colophon, JIYAO)
        rows.later(JIYAO, lambda: self._fill_colophon(colophon))
        self.page_layout.addStretch(1)

    def _jiyao_rows(self, build: FormBuilder, form: QFormLayout) -> list[QWidget]:
        return [
            build.optional_int(form, "issue_number", N_("&Issue number (期号)")),
            build.line(form, "classification", N_("Classification (密级)"),
                       N_("e.g. 秘密★1年; printed top left")),
            build.line(form, "urgency", N_("Urgency (紧急程度)"), N_("e.g. 特急")),
            build.line(form, "signer", N_("Signed by (签发人)"), N_("for documents sent upward")),
        ]

    def _news_rows(self, build: FormBuilder, form: QFormLayout) -> list[QWidget]:
        return [
            build.line(form, "source", N_("Sour&ce (来源)")),
            build.optional_time(form, "published", N_("Published (更新时间)"), "datetime"),
            build.line(form, "reporter", N_("Reporter (记者)")),
        ]

    def _board_rows(self, build: FormBuilder, form: QFormLayout) -> list[QWidget]:
        return [
            build.line(form, "quorum", N_("Quorum"), N_("e.g. The meeting was quorate.")),
            build.check(form, "agenda_approved", N_("Agenda"), N_("The agenda was approved")),
            build.check(form, "initials_in_header", N_("Page header"),
                        N_("Chair's initials and date on every page")),
            build.line(form, "next_meeting", N_("Next meeting")),
        ]

    def _add_style_rows(
        self,
        styles: frozenset[DocumentStyle],
        make: Callable[[FormBuilder, QFormLayout], list[QWidget]],
        *,
        after: str | None = None,
        before: str | None = None,
    ) -> None:
        """The rows ``make`` adds to the Document form, after the row of the field named
        ``after`` or before that of ``before``; at the end while that field is the last row or
        is still to be made (the form being built, its rows come in order then)."""
        build, form = self._build, self._document
        anchor = self.widgets.get(after or before or "")
        if anchor is not None:
            row = form.getWidgetPosition(anchor)[0] + (after is not None)
            build.insert_at = row if row < form.rowCount() else None
        try:
            fields = make(build, form)
        finally:
            build.insert_at = None
        for field in fields:
            self.style_rows.row(form, field, styles)
        tab_in_row_order(form)  # rows made after the rest would otherwise come last on Tab

    def _fill_colophon(self, colophon: QGroupBox) -> None:
        self.colophon_binder = FieldBinder(self.session, self, COLOPHON)
        cbuild = FormBuilder(self.colophon_binder, self.texts, colophon)
        form = cbuild.new_form()
        colophon.setLayout(form)
        cbuild.line(form, "copy_label", N_("Copy label"), N_("empty prints 抄送; or 分送"))
        self.lists["copies_to"] = self._lines(("colophon", "copies_to"), N_("Unit"), N_("unit"))
        cbuild.row(form, N_("Copies to (抄送)"), self.lists["copies_to"], "copies_to")
        cbuild.line(form, "printed_by", N_("Printed by (印发机关)"))
        cbuild.optional_time(form, "printed_on", N_("Printed on (印发日期)"), "date")
        self.widgets.update(cbuild.widgets)

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


