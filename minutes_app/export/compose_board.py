"""Board minutes (Robert's Rules / UK company practice): what was done, not what was said.

Title, date/time/place line, Chair / Present / Apologies / In attendance, numbered items with
sub-items (a), motions with mover, seconder, result and counts, an action-items table (action,
owner, due), closing time, next meeting and signature lines for the Chair and the Secretary.
"""

from __future__ import annotations

from ..model.document import DocumentStyle, GroupRole, MeetingDocument, Section
from ..model.numbering import numbering_plan
from .blocks import AnyBlock, BlockKind, Span, SpanKind, TableBlock
from .compose_common import (
    BlockList,
    Phrases,
    clean,
    numbered,
    paragraphs,
    roles_in_order,
    sub_items,
)
from .locale_text import LocaleText

_SIGN_LINE = "_" * 24
PLAN = numbering_plan(DocumentStyle.BOARD)


def compose_board(doc: MeetingDocument, lt: LocaleText) -> list[AnyBlock]:
    board = _Board(doc, lt)
    board.heading()
    board.meta()
    board.attendance()
    board.opening()
    board.items()
    board.action_table()
    board.closing()
    return board.out.items


class _Board:
    """Board minutes composed part by part, in the order they print."""

    def __init__(self, doc: MeetingDocument, lt: LocaleText) -> None:
        self.doc, self.lt = doc, lt
        self.ph = Phrases(doc, lt)
        self.out = BlockList()
        self.colon = lt.label("colon")
        h = doc.header
        self.start = lt.time_short(h.start_time) if h.start_time else ""
        self.end = lt.time_short(h.end_time) if h.end_time else ""
        self.n = 0  # the last item of business numbered
        self.actions: list[tuple[str, str, str, str]] = []  # (item, action, owner, due)

    def labelled(self, kind: BlockKind, key: str, text: str, path: str) -> None:
        """"Label: text" as one block (nothing when ``text`` is empty)."""
        if text:
            label = Span(self.lt.label(key) + self.colon, SpanKind.LABEL)
            self.out.add(kind, label, Span(text), path=path)

    def heading(self) -> None:
        h, lt, out = self.doc.header, self.lt, self.out
        out.text(BlockKind.DECK, clean(h.organisation), path="header.organisation")
        meeting = clean(h.meeting_name)
        title = clean(h.title) or (
            lt.label("board.title", meeting=meeting) if meeting else lt.label("board.title_default")
        )
        out.text(BlockKind.TITLE, title, path="header.title")
        self.meeting, self.title = meeting, title
        for i, line in enumerate(h.deck):
            out.text(BlockKind.DECK, clean(line), path=f"header.deck[{i}]")

    def meta(self) -> None:
        """Date, time and place on one line, each with its label."""
        h, lt = self.doc.header, self.lt
        start, end = self.start, self.end
        time = lt.label("board.time_range", start=start, end=end) if start and end else start
        items = (
            ("board.date", lt.date_full(h.date) if h.date else clean(h.date_text)),
            ("board.time", time),
            ("board.place", clean(h.place) or clean(h.main_venue)),
        )
        meta: list[Span] = []
        for key, value in items:
            if value:
                if meta:
                    meta.append(Span(lt.label("board.meta_glue")))
                meta.extend((Span(lt.label(key) + self.colon, SpanKind.LABEL), Span(value)))
        self.out.add(BlockKind.META, *meta, path="header.date")
        # The meeting's type (regular, special, annual) where the name and title do not say it,
        # on a line of its own (a reader of the text finds it whatever the line's wrapping).
        kind = clean(h.meeting_kind)
        if kind and kind.casefold() not in f"{self.meeting} {self.title}".casefold():
            self.labelled(BlockKind.META, "board.kind", kind, "header.meeting_kind")

    def attendance(self) -> None:
        """The chair first, then the roles in the usual order, then named groups."""
        doc, lt, ph = self.doc, self.lt, self.ph
        groups = doc.people.groups

        def line(label: str, names: str, path: str) -> None:
            if names:
                spans = (Span(label + self.colon, SpanKind.LABEL), Span(names))
                self.out.add(BlockKind.ATTENDANCE, *spans, path=path)

        # The chair gets a line of their own unless the attendance lists already name them.
        listed = {clean(p.name) for g in groups for p in g.people}
        presiders = [p for p in doc.people.presiders if clean(p.name) not in listed]
        chair = lt.join(ph.listed(p, with_title=True) for p in presiders)
        line(lt.label("board.chair"), chair, "people.presiders")
        for role in roles_in_order(groups):
            of_role = [g for g in groups if g.role == role]
            names = lt.join(ph.group_names(g, with_title=g.print_titles) for g in of_role)
            written = next((clean(g.label) for g in of_role if clean(g.label)), "")
            line(written or lt.label(f"role.{role.value}"), names, "people.groups")
        for i, group in enumerate(groups):
            if group.role == GroupRole.CUSTOM:
                names = ph.group_names(group, with_title=group.print_titles)
                line(clean(group.label) or lt.label("role.custom"), names, f"people.groups[{i}]")
        line(lt.label("board.recorder"), clean(doc.header.recorder), "header.recorder")

    def opening(self) -> None:
        h, lt = self.doc.header, self.lt
        quorum = clean(h.quorum)
        if quorum:
            self.out.text(BlockKind.PARAGRAPH, lt.sentence(quorum), path="header.quorum")
        if h.agenda_approved:
            approved = lt.label("board.agenda_approved")
            self.out.text(BlockKind.PARAGRAPH, approved, path="header.agenda_approved")
        self.out.text(BlockKind.PARAGRAPH, self.ph.format_sentence(), path="header.format")
        purpose = clean(h.purpose)
        self.labelled(BlockKind.PARAGRAPH, "board.purpose", lt.sentence(purpose) if purpose else "",
                      "header.purpose")
        if h.start_time:
            opened = lt.label("board.opened", time=self.start)
            self.out.text(BlockKind.PARAGRAPH, opened, path="header.start_time")

    def item_heading(
        self, heading: str, path: str, number_of_item: int | None = None, written: str = ""
    ) -> str:
        """The next item of business; sections take the number the plan gives them, or the
        minute number the clerk wrote (25/03, 2403-01)."""
        self.n = self.n + 1 if number_of_item is None else number_of_item
        number = written or self.lt.number(self.n, PLAN.section_style(self.lt.chinese))
        self.out.add(BlockKind.HEADING, *numbered(self.lt, number, heading), level=1, path=path)
        return number.rstrip("、.")

    def items(self) -> None:
        """Reports, sections, remarks and motions: each a numbered item of business."""
        doc, lt, ph, out = self.doc, self.lt, self.ph, self.out
        body = doc.body
        reports = [lt.sentence(s) for s in ph.report_sentences()]
        if reports:
            self.item_heading(lt.label("board.reports"), "body.reports")
            for text in reports:
                out.text(BlockKind.PARAGRAPH, text, path="body.reports")
        out.text(BlockKind.PARAGRAPH, ph.requirements_sentence(), path="body.requirements_by")
        for number_of_item, i, section in PLAN.sections(doc):
            path = f"body.sections[{i}]"
            out.text(BlockKind.PARAGRAPH, clean(section.lead_in), path=path)
            heading = clean(section.heading).rstrip("。.")
            written = clean(section.minute_ref) or clean(section.marker)
            ref = self.item_heading(heading, path, number_of_item, written)
            _section(out, ph, lt, section, ref, path, self.actions)
        remarks = [(i, t) for i, r in enumerate(body.remarks) for t in ph.remark_paragraphs(r)]
        if remarks:
            self.item_heading(lt.label("board.remarks"), "body.remarks")
            for i, text in remarks:
                out.text(BlockKind.PARAGRAPH, text, path=f"body.remarks[{i}]")
        if body.motions:
            self.item_heading(lt.label("board.motions"), "body.motions")
            for i, motion in enumerate(body.motions):
                out.add(BlockKind.MOTION, *ph.motion_spans(motion), path=f"body.motions[{i}]")
        for text in ph.free_paragraphs():
            out.text(BlockKind.PARAGRAPH, text, path="body.free_paragraphs")

    def action_table(self) -> None:
        """The sections' actions (with their item numbers), then the meeting's own."""
        ph, lt = self.ph, self.lt
        for action in self.doc.body.action_items:
            self.actions.append(("", clean(action.text), clean(action.owner), ph.due_text(action)))
        if self.actions:
            self.out.append(
                TableBlock(
                    BlockKind.ACTION_TABLE,
                    caption=lt.label("board.actions_caption"),
                    header=tuple(
                        lt.label(f"board.col_{c}") for c in ("item", "action", "owner", "due")
                    ),
                    rows=tuple(self.actions),
                    path="body.action_items",
                )
            )

    def closing(self) -> None:
        h, lt, out = self.doc.header, self.lt, self.out
        notes = self.ph.closing_notes()
        for text in notes:
            out.text(BlockKind.CLOSING, text, path="body.closing_notes")
        # A clerk who wrote the closing sentence with its time in the notes has said it already.
        end = self.end
        if h.end_time and not any(end in note or f"{h.end_time:%H:%M}" in note for note in notes):
            out.text(BlockKind.CLOSING, lt.label("board.closed", time=end), path="header.end_time")
        next_meeting = clean(h.next_meeting)
        self.labelled(BlockKind.CLOSING, "board.next_meeting",
                      lt.sentence(next_meeting) if next_meeting else "", "header.next_meeting")
        # An imported "Signed: …… (Chair)" names the signatories too: it prints in their place.
        out.text(BlockKind.CLOSING, lt.label("board.approval"), path="people.signatories")
        for role, name, path in _signatories(self.doc, lt):
            out.add(
                BlockKind.SIGNATURE,
                Span(role + self.colon, SpanKind.LABEL),
                Span(_SIGN_LINE, SpanKind.BLANK),
                Span(lt.label("board.sign_glue")),
                Span(lt.label("board.sign_date") + self.colon, SpanKind.LABEL),
                Span(_SIGN_LINE[:12], SpanKind.BLANK),
                path=path,
            )
            # The printed name under the line, where the signature alone may not be legible.
            out.text(BlockKind.SIGNATURE, name, level=2, path=path)


def _signatories(doc: MeetingDocument, lt: LocaleText) -> list[tuple[str, str, str]]:
    """(role as printed, printed name, path): the draft's signatories, else the chair (first
    presider) and the secretary (recorder)."""
    if doc.people.signatories:
        return [
            (clean(s.role) or lt.label("board.sign_chair"), clean(s.name), f"people.signatories[{i}]")
            for i, s in enumerate(doc.people.signatories)
        ]
    # The path names the signatories even here: an imported signing line stands in for them.
    chair = next((clean(p.name) for p in doc.people.presiders if clean(p.name)), "")
    return [
        (lt.label("board.sign_chair"), chair, "people.signatories"),
        (lt.label("board.sign_secretary"), clean(doc.header.recorder), "people.signatories"),
    ]


def _section(
    out: BlockList,
    ph: Phrases,
    lt: LocaleText,
    section: Section,
    ref: str,
    path: str,
    actions: list[tuple[str, str, str, str]],
) -> None:
    speaker = clean(section.speaker)
    if speaker:
        out.text(BlockKind.PARAGRAPH, lt.label("board.presented_by", speaker=speaker), path=path)
    for text in paragraphs(section.body):
        out.text(BlockKind.PARAGRAPH, text, path=path)
    sub_items(out, lt, section, path, PLAN)
    for i, motion in enumerate(section.motions):
        out.add(BlockKind.MOTION, *ph.motion_spans(motion), path=f"{path}.motions[{i}]")
    colon = lt.label("colon")
    for i, action in enumerate(section.actions):
        out.add(
            BlockKind.PARAGRAPH,
            Span(lt.label("board.action") + colon, SpanKind.LABEL),
            Span(ph.action_sentence(action)),
            path=f"{path}.actions[{i}]",
        )
        actions.append((ref, clean(action.text), clean(action.owner), ph.due_text(action)))
