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
    ph = Phrases(doc, lt)
    h, body = doc.header, doc.body
    out = BlockList()
    colon = lt.label("colon")

    out.text(BlockKind.DECK, clean(h.organisation), path="header.organisation")
    meeting = clean(h.meeting_name)
    title = clean(h.title) or (
        lt.label("board.title", meeting=meeting) if meeting else lt.label("board.title_default")
    )
    out.text(BlockKind.TITLE, title, path="header.title")
    for i, line in enumerate(h.deck):
        out.text(BlockKind.DECK, clean(line), path=f"header.deck[{i}]")

    meta: list[Span] = []
    glue = lt.label("board.meta_glue")

    def meta_item(key: str, value: str) -> None:
        if value:
            if meta:
                meta.append(Span(glue))
            meta.extend((Span(lt.label(key) + colon, SpanKind.LABEL), Span(value)))

    meta_item("board.date", lt.date_full(h.date) if h.date else clean(h.date_text))
    start = lt.time_short(h.start_time) if h.start_time else ""
    end = lt.time_short(h.end_time) if h.end_time else ""
    meta_item(
        "board.time", lt.label("board.time_range", start=start, end=end) if start and end else start
    )
    meta_item("board.place", clean(h.place) or clean(h.main_venue))
    out.add(BlockKind.META, *meta, path="header.date")
    # The meeting's type (regular, special, annual) where the name and title do not say it,
    # on a line of its own (a reader of the text finds it whatever the line's wrapping).
    kind = clean(h.meeting_kind)
    if kind and kind.casefold() not in f"{meeting} {title}".casefold():
        out.add(
            BlockKind.META,
            Span(lt.label("board.kind") + colon, SpanKind.LABEL),
            Span(kind),
            path="header.meeting_kind",
        )

    # Attendance: the chair first, then the roles in the usual order, then named groups.
    def attendance(label: str, names: str, path: str) -> None:
        if names:
            out.add(
                BlockKind.ATTENDANCE, Span(label + colon, SpanKind.LABEL), Span(names), path=path
            )

    groups = doc.people.groups
    # The chair gets a line of their own unless the attendance lists already name them.
    listed = {clean(p.name) for g in groups for p in g.people}
    presiders = [p for p in doc.people.presiders if clean(p.name) not in listed]
    chair = lt.join(ph.listed(p, with_title=True) for p in presiders)
    attendance(lt.label("board.chair"), chair, "people.presiders")
    for role in roles_in_order(groups):
        of_role = [g for g in groups if g.role == role]
        names = lt.join(ph.group_names(g, with_title=g.print_titles) for g in of_role)
        written = next((clean(g.label) for g in of_role if clean(g.label)), "")
        attendance(written or lt.label(f"role.{role.value}"), names, "people.groups")
    for i, group in enumerate(groups):
        if group.role == GroupRole.CUSTOM:
            names = ph.group_names(group, with_title=group.print_titles)
            attendance(clean(group.label) or lt.label("role.custom"), names, f"people.groups[{i}]")
    attendance(lt.label("board.recorder"), clean(h.recorder), "header.recorder")

    quorum = clean(h.quorum)
    if quorum:
        out.text(BlockKind.PARAGRAPH, lt.sentence(quorum), path="header.quorum")
    if h.agenda_approved:
        out.text(BlockKind.PARAGRAPH, lt.label("board.agenda_approved"), path="header.agenda_approved")
    out.text(BlockKind.PARAGRAPH, ph.format_sentence(), path="header.format")
    purpose = clean(h.purpose)
    if purpose:
        out.add(
            BlockKind.PARAGRAPH,
            Span(lt.label("board.purpose") + colon, SpanKind.LABEL),
            Span(lt.sentence(purpose)),
            path="header.purpose",
        )
    if h.start_time:
        out.text(
            BlockKind.PARAGRAPH, lt.label("board.opened", time=start), path="header.start_time"
        )

    item_style = PLAN.section_style(lt.chinese)
    n = 0
    actions: list[tuple[str, str, str, str]] = []

    def item_heading(
        heading: str, path: str, number_of_item: int | None = None, written: str = ""
    ) -> str:
        """The next item of business; sections take the number the plan gives them, or the
        minute number the clerk wrote (25/03, 2403-01)."""
        nonlocal n
        n = n + 1 if number_of_item is None else number_of_item
        number = written or lt.number(n, item_style)
        out.add(BlockKind.HEADING, *numbered(lt, number, heading), level=1, path=path)
        return number.rstrip("、.")

    reports = [lt.sentence(s) for s in ph.report_sentences()]
    if reports:
        item_heading(lt.label("board.reports"), "body.reports")
        for text in reports:
            out.text(BlockKind.PARAGRAPH, text, path="body.reports")
    out.text(BlockKind.PARAGRAPH, ph.requirements_sentence(), path="body.requirements_by")

    for number_of_item, i, section in PLAN.sections(doc):
        path = f"body.sections[{i}]"
        out.text(BlockKind.PARAGRAPH, clean(section.lead_in), path=path)
        heading = clean(section.heading).rstrip("。.")
        written = clean(section.minute_ref) or clean(section.marker)
        ref = item_heading(heading, path, number_of_item, written)
        _section(out, ph, lt, section, ref, f"body.sections[{i}]", actions)

    remarks = [(i, t) for i, r in enumerate(body.remarks) for t in ph.remark_paragraphs(r)]
    if remarks:
        item_heading(lt.label("board.remarks"), "body.remarks")
        for i, text in remarks:
            out.text(BlockKind.PARAGRAPH, text, path=f"body.remarks[{i}]")
    if body.motions:
        item_heading(lt.label("board.motions"), "body.motions")
        for i, motion in enumerate(body.motions):
            out.add(BlockKind.MOTION, *ph.motion_spans(motion), path=f"body.motions[{i}]")
    for text in ph.free_paragraphs():
        out.text(BlockKind.PARAGRAPH, text, path="body.free_paragraphs")

    for action in body.action_items:
        actions.append(("", clean(action.text), clean(action.owner), ph.due_text(action)))
    if actions:
        out.append(
            TableBlock(
                BlockKind.ACTION_TABLE,
                caption=lt.label("board.actions_caption"),
                header=tuple(
                    lt.label(f"board.col_{c}") for c in ("item", "action", "owner", "due")
                ),
                rows=tuple(actions),
                path="body.action_items",
            )
        )

    notes = ph.closing_notes()
    for text in notes:
        out.text(BlockKind.CLOSING, text, path="body.closing_notes")
    # A clerk who wrote the closing sentence with its time in the notes has said it already.
    if h.end_time and not any(end in note or f"{h.end_time:%H:%M}" in note for note in notes):
        out.text(BlockKind.CLOSING, lt.label("board.closed", time=end), path="header.end_time")
    next_meeting = clean(h.next_meeting)
    if next_meeting:
        out.add(
            BlockKind.CLOSING,
            Span(lt.label("board.next_meeting") + colon, SpanKind.LABEL),
            Span(lt.sentence(next_meeting)),
            path="header.next_meeting",
        )

    # An imported "Signed: …… (Chair)" names the signatories too: it prints in their place.
    out.text(BlockKind.CLOSING, lt.label("board.approval"), path="people.signatories")
    for role, name, path in _signatories(doc, lt):
        out.add(
            BlockKind.SIGNATURE,
            Span(role + colon, SpanKind.LABEL),
            Span(_SIGN_LINE, SpanKind.BLANK),
            Span(lt.label("board.sign_glue")),
            Span(lt.label("board.sign_date") + colon, SpanKind.LABEL),
            Span(_SIGN_LINE[:12], SpanKind.BLANK),
            path=path,
        )
        # The printed name under the line, where the signature alone may not be legible.
        out.text(BlockKind.SIGNATURE, name, level=2, path=path)
    return out.items


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
