"""纪要 (official minutes, GB/T 9704-2012 §10.3 and common office practice).

Optional 密级/紧急程度 lines, red mark, optional 第X期 line (with 签发人), issuing body and date
above the red rule, a lead sentence ending in 现将会议议定事项纪要如下：, agenda items under
一、 headings with run-in （一） items (（一）关于……。正文……, as the standard's examples write
them), each decided item naming its responsible unit and deadline, the 附件说明, 出席 / 请假 /
列席 blocks, attachment pages and the 版记.
"""

from __future__ import annotations

from ..model.document import AttendeeGroup, DocumentStyle, GroupRole, MeetingDocument, Section
from ..model.numbering import numbering_plan
from .blocks import AnyBlock, BlockKind, Span, SpanKind, TableBlock
from .compose_common import (
    BlockList,
    Phrases,
    clean,
    glue,
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
    body = doc.body
    out = BlockList()
    date_long = _masthead(out, lt, doc)
    clause = ph.chaired_clause(date_long)
    lead = [lt.sentence(clause) if clause else "", *ph.speaker_sentences()]
    if PLAN.sections(doc):
        lead.append(lt.label("jiyao.agreed"))
    out.text(BlockKind.LEAD, lt.join_sentences(lead), path="header")
    out.text(BlockKind.PARAGRAPH, lt.join_sentences(_reports(lt, doc)), path="body.reports")
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

    _attachment_note(out, lt, doc)
    _attendance(out, ph, lt, doc)
    _attachment_pages(out, lt, doc)
    _colophon(out, lt, doc)
    return out.items


def _masthead(out: BlockList, lt: LocaleText, doc: MeetingDocument) -> str:
    """密级 and 紧急程度, the red mark, 第X期 with 签发人, the issuing body with the date;
    returns the date as printed."""
    h = doc.header
    organisation, kind = clean(h.organisation), clean(h.meeting_kind)
    meeting = clean(h.meeting_name)
    for value, path in ((h.classification, "header.classification"), (h.urgency, "header.urgency")):
        out.text(BlockKind.HEAD_NOTE, clean(value), path=path)
    out.text(BlockKind.MARK, _mark(lt, clean(h.title), organisation, kind, meeting), path="header.title")
    out.add(
        BlockKind.ISSUE,
        Span(lt.label("jiyao.issue", number=h.issue_number) if h.issue_number else ""),
        *_signer(lt, clean(h.signer)),
        path="header.issue_number",
    )
    date_long = lt.date_long(h.date) if h.date else clean(h.date_text)
    issuer = (Span(organisation), Span(date_long, SpanKind.RIGHT))
    out.add(BlockKind.ISSUER, *issuer, path="header.organisation")
    return date_long


def _signer(lt: LocaleText, signer: str) -> tuple[Span, ...]:
    """签发人：姓名 at the right of the 第X期 line: the label in the body face, the name a SIGNER
    span (楷体, GB/T 9704 §7.2.6); English minutes print "Signed by: name" in the body face."""
    if not signer:
        return ()
    label = lt.label("jiyao.signer") + lt.label("colon")
    if not lt.chinese:
        return (Span(label + signer, SpanKind.RIGHT),)
    return Span(label, SpanKind.RIGHT), Span(signer, SpanKind.SIGNER)


def _mark(lt: LocaleText, title: str, organisation: str, kind: str, meeting: str) -> str:
    """The red mark is the document's title (市政府常务会议纪要); a title set in the draft wins."""
    if title:
        mark = title
    elif organisation and kind:
        mark = (
            glue(glue(organisation, kind), lt.label("jiyao.mark", organisation="", kind=""))
            if lt.chinese
            else lt.label("jiyao.mark", organisation=organisation, kind=kind)
        )
    elif meeting or organisation:
        mark = lt.label("jiyao.mark_meeting", meeting=meeting or organisation)
    else:
        mark = ""
    return " ".join(mark.split())


def _reports(lt: LocaleText, doc: MeetingDocument) -> list[str]:
    """会议听取了……的汇报。 for each report heard."""
    reports = []
    for report in doc.body.reports:
        speaker, subject = clean(report.speaker), clean(report.subject)
        if speaker and subject:
            reports.append(lt.label("jiyao.report", speaker=speaker, subject=subject))
        elif speaker or subject:
            reports.append(lt.label("jiyao.report_no_subject", speaker=speaker or subject))
    return reports


def _section(
    out: BlockList, ph: Phrases, lt: LocaleText, section: Section, n: int, path: str
) -> None:
    number = clean(section.marker) or lt.number(n, PLAN.section_style(lt.chinese))
    out.text(BlockKind.PARAGRAPH, clean(section.lead_in), path=path)
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

    if lt.chinese:
        _run_in_items(out, lt, section, path)
    else:
        sub_items(out, lt, section, path, PLAN)

    for i, motion in enumerate(section.motions):
        out.add(BlockKind.MOTION, *ph.motion_spans(motion), path=f"{path}.motions[{i}]")
    for i, action in enumerate(section.actions):
        out.text(BlockKind.PARAGRAPH, ph.action_sentence(action), path=f"{path}.actions[{i}]")


def _attendance(out: BlockList, ph: Phrases, lt: LocaleText, doc: MeetingDocument) -> None:
    """出席：……  请假：……  列席：…… (groups of one role share a line), then named groups.
    A group the clerk set ``as_table`` follows its role's line as a label line and a table."""
    colon = lt.label("colon")
    groups = doc.people.groups
    group_glue = Span("；" if lt.chinese else "; ")
    for role in roles_in_order(groups):
        parts: list[Span] = []
        tables: list[int] = []
        for i, group in enumerate(groups):
            if group.role != role:
                continue
            if group.as_table:
                tables.append(i)
                continue
            names = ph.group_spans(group, with_title=group.print_titles)
            label = clean(group.label)
            if names:
                if parts:
                    parts.append(group_glue)
                if label:
                    parts.append(Span(label + ("" if lt.chinese else " ")))
                parts.extend(names)
        role_label = lt.label(f"role.{role.value}")
        if parts:
            out.add(
                BlockKind.ATTENDANCE,
                Span(role_label + colon, SpanKind.LABEL),
                *parts,
                path="people.groups",
            )
        for i in tables:
            _attendance_table(out, lt, groups[i], clean(groups[i].label) or role_label, i)
    for i, group in enumerate(groups):
        if group.role != GroupRole.CUSTOM:
            continue
        label = clean(group.label) or lt.label("role.custom")
        if group.as_table:
            _attendance_table(out, lt, group, label, i)
            continue
        names = ph.group_spans(group, with_title=group.print_titles)
        if names:
            out.add(
                BlockKind.ATTENDANCE,
                Span(label + colon, SpanKind.LABEL),
                *names,
                path=f"people.groups[{i}]",
            )
    recorder = clean(doc.header.recorder)
    if recorder:
        out.add(
            BlockKind.ATTENDANCE,
            Span(lt.label("jiyao.recorder") + colon, SpanKind.LABEL),
            Span(recorder, SpanKind.NAME if lt.chinese else SpanKind.TEXT),
            path="header.recorder",
        )


def _attendance_table(
    out: BlockList, lt: LocaleText, group: AttendeeGroup, label: str, index: int
) -> None:
    """出席： on its own line, then 姓名 / 职务（单位） rows in the draft's order (职务 only when
    the group prints titles, 备注 only when someone has a note); the group's note (a count or a
    body, never a name) follows the table as a line of its own."""
    path = f"people.groups[{index}]"
    people = [
        (clean(p.name), clean(p.title), clean(p.note))
        for p in group.people
        if clean(p.name) or clean(p.title) or clean(p.note)
    ]
    note = clean(group.note)
    if not (people or note):
        return
    out.add(BlockKind.ATTENDANCE, Span(label + lt.label("colon"), SpanKind.LABEL), path=path)
    if people:
        columns = [0]
        if group.print_titles and any(title for _, title, _ in people):
            columns.append(1)
        if any(n for _, _, n in people):
            columns.append(2)
        names = ("jiyao.col_name", "jiyao.col_title", "jiyao.col_note")
        out.append(
            TableBlock(
                BlockKind.ATTENDANCE_TABLE,
                caption="",
                header=tuple(lt.label(names[c]) for c in columns),
                rows=tuple(tuple(person[c] for c in columns) for person in people),
                path=path,
            )
        )
    if note:
        out.add(BlockKind.ATTENDANCE, Span(note), path=path)


def _run_in_items(out: BlockList, lt: LocaleText, section: Section, path: str) -> None:
    """（一）关于……。正文…… : the number and heading open the item's first paragraph (in the
    heading face, RUN_IN), as GB/T 9704 and office practice write 纪要 items; an item without
    a heading is a numbered paragraph."""
    style = PLAN.sub_item_style(lt.chinese)
    for m, j, sub in PLAN.sub_items(section):
        heading, texts = clean(sub.heading).rstrip("。."), paragraphs(sub.body)
        number, sub_path = lt.number(m, style), f"{path}.sub_items[{j}]"
        first = texts.pop(0) if texts else ""
        if heading:
            lead = (Span(number, SpanKind.RUN_IN), Span(heading + lt.label("stop"), SpanKind.RUN_IN))
        else:
            lead = (Span(number, SpanKind.NUMBER),)
        out.add(BlockKind.PARAGRAPH, *lead, Span(first), level=2, path=sub_path)
        for text in texts:
            out.text(BlockKind.PARAGRAPH, text, level=2, path=sub_path)


def _attachment_note(out: BlockList, lt: LocaleText, doc: MeetingDocument) -> None:
    """附件：1. 名称 (one blank line below the body; later names aligned under the first, no
    punctuation after a name: GB/T 9704 §7.3.4)."""
    names = [(i, clean(a.name)) for i, a in enumerate(doc.body.attachments) if clean(a.name)]
    label = Span(lt.label("jiyao.attachments") + lt.label("colon"), SpanKind.LABEL)
    if len(names) == 1:
        out.add(BlockKind.ATTACHMENT_NOTE, label, Span(names[0][1]), path="body.attachments[0]")
        return
    for n, (i, name) in enumerate(names, start=1):
        out.add(
            BlockKind.ATTACHMENT_NOTE,
            label if n == 1 else Span(""),
            Span(f"{n}. ", SpanKind.NUMBER),
            Span(name),
            level=1 if n == 1 else 2,
            path=f"body.attachments[{i}]",
        )


def _attachment_pages(out: BlockList, lt: LocaleText, doc: MeetingDocument) -> None:
    """Each attachment with text on a page of its own: 附件 (+ number) flush left in 黑体, its
    title centred, its paragraphs (GB/T 9704 §7.3.4 / §8)."""
    named = [a for a in doc.body.attachments if clean(a.name)]
    for i, attachment in enumerate(doc.body.attachments):
        texts = paragraphs(attachment.body)
        if not texts:
            continue
        path = f"body.attachments[{i}]"
        number = named.index(attachment) + 1 if attachment in named and len(named) > 1 else ""
        label = lt.label("jiyao.attachment_page", number=number).strip()
        out.text(BlockKind.ATTACHMENT_LABEL, label, path=path)
        title = clean(attachment.title) or clean(attachment.name)
        out.text(BlockKind.ATTACHMENT_TITLE, title, path=path)
        for text in texts:
            out.text(BlockKind.PARAGRAPH, text, path=path)


def _colophon(out: BlockList, lt: LocaleText, doc: MeetingDocument) -> None:
    """版记: 抄送：单位，单位。 then 印发机关 and 印发日期 (GB/T 9704 §7.4)."""
    c = doc.colophon
    units = [clean(u) for u in c.copies_to if clean(u)]
    if units or clean(c.copy_label):
        label = clean(c.copy_label) or lt.label("jiyao.copies_to")
        text = lt.label("jiyao.copies_glue").join(units)
        out.add(
            BlockKind.COLOPHON,
            Span(label + lt.label("colon"), SpanKind.LABEL),
            Span(text if not text or text.endswith(("。", ".")) else text + lt.label("stop")),
            path="colophon.copies_to",
        )
    date = lt.label("jiyao.printed", date=lt.date_long(c.printed_on)) if c.printed_on else ""
    out.add(
        BlockKind.COLOPHON,
        Span(clean(c.printed_by)),
        Span(date, SpanKind.RIGHT),
        level=2,
        path="colophon.printed_by",
    )
