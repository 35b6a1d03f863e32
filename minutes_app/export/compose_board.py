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

    meta_item("board.date", lt.date_full(h.date) if h.date else "")
    start = lt.time_short(h.start_time) if h.start_time else ""
    end = lt.time_short(h.end_time) if h.end_time else ""
    meta_item(
        "board.time", lt.label("board.time_range", start=start, end=end) if start and end else start
    )
    meta_item("board.place", clean(h.place) or clean(h.main_venue))
    out.add(BlockKind.META, *meta, path="header.date")

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
        names = lt.join(
            ph.listed(p, with_title=True) for g in groups if g.role == role for p in g.people
        )
        attendance(lt.label(f"role.{role.value}"), names, "people.groups")
    for i, group in enumerate(groups):
        if group.role == GroupRole.CUSTOM:
            names = lt.join(ph.listed(p, with_title=True) for p in group.people)
            attendance(clean(group.label) or lt.label("role.custom"), names, f"people.groups[{i}]")
    attendance(lt.label("board.recorder"), clean(h.recorder), "header.recorder")

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

    def item_heading(heading: str, path: str, number_of_item: int | None = None) -> str:
        """The next item of business; sections take the number the plan gives them."""
        nonlocal n
        n = n + 1 if number_of_item is None else number_of_item
        number = lt.number(n, item_style)
        out.add(BlockKind.HEADING, *numbered(lt, number, heading), level=1, path=path)
        return number.rstrip("、.")

    reports = [lt.sentence(s) for s in ph.report_sentences()]
    if reports:
        item_heading(lt.label("board.reports"), "body.reports")
        for text in reports:
            out.text(BlockKind.PARAGRAPH, text, path="body.reports")
    out.text(BlockKind.PARAGRAPH, ph.requirements_sentence(), path="body.requirements_by")

    for number_of_item, i, section in PLAN.sections(doc):
        heading = clean(section.heading).rstrip("。.")
        ref = item_heading(heading, f"body.sections[{i}]", number_of_item)
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

    out.text(BlockKind.CLOSING, lt.label("board.approval"), path="")
    for key in ("board.sign_chair", "board.sign_secretary"):
        out.add(
            BlockKind.SIGNATURE,
            Span(lt.label(key) + colon, SpanKind.LABEL),
            Span(_SIGN_LINE, SpanKind.BLANK),
            Span(lt.label("board.sign_glue")),
            Span(lt.label("board.sign_date") + colon, SpanKind.LABEL),
            Span(_SIGN_LINE[:12], SpanKind.BLANK),
        )
    return out.items


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
