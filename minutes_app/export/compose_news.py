"""会议报道: the newspaper meeting report, composed like the seed article.

Headline, 来源/更新时间 line, deck lines, byline + lead, reports heard, the presider's
requirements as in-paragraph ``一是……。二是……。`` sections, other speakers' remarks, and the
closing line on the meeting's format.
"""

from __future__ import annotations

from ..model.document import DocumentStyle, MeetingDocument, Section
from ..model.numbering import numbering_plan
from .blocks import AnyBlock, BlockKind, Span, SpanKind
from .compose_common import (
    BlockList,
    Phrases,
    clean,
    paragraphs,
    remarks_and_motions,
)
from .locale_text import LocaleText

_PUBLISHED = "%Y-%m-%d %H:%M:%S"  # the web metadata form the seed shows, not a prose date
PLAN = numbering_plan(DocumentStyle.NEWS)
_JIYAO_MARKS = ("纪要", "Minutes")


def compose_news(doc: MeetingDocument, lt: LocaleText) -> list[AnyBlock]:
    ph = Phrases(doc, lt)
    h, body = doc.header, doc.body
    out = BlockList()

    meeting = clean(h.meeting_name)
    # A title naming the draft a 纪要 (云川市人民政府常务会议纪要) is that document's mark, not a
    # report's headline: the report is headed by the meeting (……常务会议召开).
    title = clean(h.title)
    if meeting and title.endswith(_JIYAO_MARKS):
        title = ""
    headline = title or (lt.label("news.headline", meeting=meeting) if meeting else "")
    out.text(BlockKind.TITLE, headline, path="header.title")

    meta = []
    if clean(h.source):
        meta.append(lt.label("news.source", source=clean(h.source)))
    if h.published is not None:
        meta.append(lt.label("news.updated", time=h.published.strftime(_PUBLISHED)))
    out.text(BlockKind.META, lt.label("news.meta_glue").join(meta), path="header.source")

    for i, line in enumerate(h.deck):
        out.text(BlockKind.DECK, clean(line), path=f"header.deck[{i}]")

    date_text = lt.date_month_day(h.date) if h.date else clean(h.date_text)
    clause = ph.chaired_clause(date_text)
    lead = [
        lt.sentence(clause) if clause else "",
        *ph.speaker_sentences(),
        *ph.attending_sentences(),
    ]
    reporter = clean(h.reporter)
    byline = lt.label("news.byline", name=reporter) if reporter else ""
    out.add(
        BlockKind.LEAD, Span(byline, SpanKind.BYLINE), Span(lt.join_sentences(lead)), path="header"
    )

    out.text(BlockKind.PARAGRAPH, lt.join_sentences(ph.report_sentences()), path="body.reports")
    out.text(BlockKind.PARAGRAPH, ph.requirements_sentence(), path="body.requirements_by")

    for n, i, section in PLAN.sections(doc):
        _section(out, ph, lt, section, n, f"body.sections[{i}]")
    remarks_and_motions(out, ph)
    for i, action in enumerate(body.action_items):
        out.text(BlockKind.PARAGRAPH, ph.action_sentence(action), path=f"body.action_items[{i}]")
    for text in ph.free_paragraphs():
        out.text(BlockKind.PARAGRAPH, text, path="body.free_paragraphs")

    out.text(BlockKind.CLOSING, ph.format_sentence(), path="header.format")
    for text in ph.closing_notes():
        out.text(BlockKind.CLOSING, text, path="body.closing_notes")
    return out.items


def _section(
    out: BlockList, ph: Phrases, lt: LocaleText, section: Section, n: int, path: str
) -> None:
    """一是{heading}。{body} in one paragraph; later body paragraphs and sub-items follow it."""
    glue = "" if lt.chinese else " "
    number = clean(section.marker) or lt.number(n, PLAN.section_style(lt.chinese))
    heading = lt.sentence(clean(section.heading))
    texts = paragraphs(section.body)
    first = texts[0] if texts else ""
    lead_in = clean(section.lead_in)
    spans = [
        Span(lead_in + (glue if lead_in else "")),
        Span(number + glue, SpanKind.NUMBER),
        Span(heading + (glue if heading and first else ""), SpanKind.HEADING),
        Span(first),
    ]
    # Sub-items continue the section's last paragraph: 第一，……。第二，……。
    paras: list[list[Span]] = [spans] + [[Span(text)] for text in texts[1:]]
    sub_style = PLAN.sub_item_style(lt.chinese)
    for m, _j, sub in PLAN.sub_items(section):
        sub_heading, sub_body = lt.sentence(clean(sub.heading)), " ".join(paragraphs(sub.body))
        last = paras[-1]
        if any(span.text for span in last):
            last.append(Span(glue))
        sub_number = clean(sub.marker) or lt.number(m, sub_style)
        last.append(Span(sub_number + glue, SpanKind.NUMBER))
        last.append(
            Span(sub_heading + (glue if sub_heading and sub_body else ""), SpanKind.HEADING)
        )
        last.append(Span(sub_body))
    out.add(BlockKind.SECTION, *paras[0], path=path)
    for para in paras[1:]:
        out.add(BlockKind.PARAGRAPH, *para, path=path)
    for i, motion in enumerate(section.motions):
        out.add(BlockKind.MOTION, *ph.motion_spans(motion), path=f"{path}.motions[{i}]")
    for i, action in enumerate(section.actions):
        out.text(BlockKind.PARAGRAPH, ph.action_sentence(action), path=f"{path}.actions[{i}]")
