"""纪要 (official minutes, GB/T 9704-2012 §10.3 and common office practice).

Red mark, optional 第X期 line, issuing body and date above the red rule, a lead sentence
ending in 现将会议议定事项纪要如下：, agenda items under 一、 headings with （一） sub-items, each
decided item naming its responsible unit and deadline, then 出席 / 请假 / 列席 blocks.
"""

from __future__ import annotations

from ..model.document import DocumentStyle, GroupRole, MeetingDocument, Section
from ..model.numbering import numbering_plan
from .blocks import AnyBlock, BlockKind, Span, SpanKind
from .compose_common import (
    BlockList,
    Phrases,
    clean,
    numbered,
    paragraphs,
    remarks_and_motions,
    roles_in_order,
    sub_items,
)
from .locale_text import LocaleText
from .numbering import NumberStyle

PLAN = numbering_plan(DocumentStyle.JIYAO)


def compose_jiyao(doc: MeetingDocument, lt: LocaleText) -> list[AnyBlock]:
    ph = Phrases(doc, lt)
    h, body = doc.header, doc.body
    out = BlockList()

    organisation, kind, meeting = (
        clean(h.organisation),
        clean(h.meeting_kind),
        clean(h.meeting_name),
    )
    # The red mark is the document's title (市政府常务会议纪要); a title set in the draft wins.
    if clean(h.title):
        mark = clean(h.title)
    elif organisation and kind:
        mark = lt.label("jiyao.mark", organisation=organisation, kind=kind)
    elif meeting or organisation:
        mark = lt.label("jiyao.mark_meeting", meeting=meeting or organisation)
    else:
        mark = ""
    out.text(BlockKind.MARK, " ".join(mark.split()), path="header.title")
    if h.issue_number:
        out.text(
            BlockKind.ISSUE,
            lt.label("jiyao.issue", number=h.issue_number),
            path="header.issue_number",
        )
    date_long = lt.date_long(h.date) if h.date else ""
    out.add(
        BlockKind.ISSUER,
        Span(organisation),
        Span(date_long, SpanKind.RIGHT),
        path="header.organisation",
    )

    has_items = bool(PLAN.sections(doc))
    clause = ph.chaired_clause(date_long)
    lead = [lt.sentence(clause) if clause else "", *ph.speaker_sentences()]
    if has_items:
        lead.append(lt.label("jiyao.agreed"))
    out.text(BlockKind.LEAD, lt.join_sentences(lead), path="header")

    reports = []
    for report in body.reports:
        speaker, subject = clean(report.speaker), clean(report.subject)
        if speaker and subject:
            reports.append(lt.label("jiyao.report", speaker=speaker, subject=subject))
        elif speaker or subject:
            reports.append(lt.label("jiyao.report_no_subject", speaker=speaker or subject))
    out.text(BlockKind.PARAGRAPH, lt.join_sentences(reports), path="body.reports")
    out.text(BlockKind.PARAGRAPH, ph.requirements_sentence(), path="body.requirements_by")

    for n, i, section in PLAN.sections(doc):
        _section(out, ph, lt, section, n, f"body.sections[{i}]")
    remarks_and_motions(out, ph)
    for i, action in enumerate(body.action_items, start=1):
        out.add(
            BlockKind.PARAGRAPH,
            *numbered(lt, lt.number(i, NumberStyle.ARABIC_DOT), ""),
            Span(ph.action_sentence(action)),
            path=f"body.action_items[{i - 1}]",
        )
    for text in ph.free_paragraphs():
        out.text(BlockKind.PARAGRAPH, text, path="body.free_paragraphs")
    out.text(BlockKind.CLOSING, ph.format_sentence(), path="header.format")
    for text in ph.closing_notes():
        out.text(BlockKind.CLOSING, text, path="body.closing_notes")

    _attendance(out, ph, lt, doc)
    return out.items


def _section(
    out: BlockList, ph: Phrases, lt: LocaleText, section: Section, n: int, path: str
) -> None:
    number = lt.number(n, PLAN.section_style(lt.chinese))
    heading = clean(section.heading).rstrip("。.")
    texts = paragraphs(section.body)
    if heading:
        out.add(BlockKind.HEADING, *numbered(lt, number, heading), level=1, path=path)
    elif texts:  # no heading: the number opens the first paragraph
        texts[0] = number + ("" if lt.chinese else " ") + texts[0]
    else:
        out.add(BlockKind.HEADING, Span(number, SpanKind.NUMBER), level=1, path=path)
    for text in texts:
        out.text(BlockKind.PARAGRAPH, text, path=path)

    sub_items(out, lt, section, path, PLAN)

    for i, motion in enumerate(section.motions):
        out.add(BlockKind.MOTION, *ph.motion_spans(motion), path=f"{path}.motions[{i}]")
    for i, action in enumerate(section.actions):
        out.text(BlockKind.PARAGRAPH, ph.action_sentence(action), path=f"{path}.actions[{i}]")


def _attendance(out: BlockList, ph: Phrases, lt: LocaleText, doc: MeetingDocument) -> None:
    """出席：……  请假：……  列席：…… (groups of one role share a line), then named groups."""
    colon = lt.label("colon")
    groups = doc.people.groups
    group_glue = "；" if lt.chinese else "; "
    for role in roles_in_order(groups):
        parts = []
        for group in groups:
            if group.role != role:
                continue
            names = lt.join(ph.listed(p, with_title=False) for p in group.people)
            label = clean(group.label)
            if names:
                parts.append(label + ("" if lt.chinese or not label else " ") + names)
        if parts:
            out.add(
                BlockKind.ATTENDANCE,
                Span(lt.label(f"role.{role.value}") + colon, SpanKind.LABEL),
                Span(group_glue.join(parts)),
                path="people.groups",
            )
    for i, group in enumerate(groups):
        if group.role != GroupRole.CUSTOM:
            continue
        names = lt.join(ph.listed(p, with_title=False) for p in group.people)
        if names:
            label = clean(group.label) or lt.label("role.custom")
            out.add(
                BlockKind.ATTENDANCE,
                Span(label + colon, SpanKind.LABEL),
                Span(names),
                path=f"people.groups[{i}]",
            )
    recorder = clean(doc.header.recorder)
    if recorder:
        out.add(
            BlockKind.ATTENDANCE,
            Span(lt.label("jiyao.recorder") + colon, SpanKind.LABEL),
            Span(recorder),
            path="header.recorder",
        )
