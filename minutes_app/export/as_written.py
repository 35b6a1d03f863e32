"""An imported draft prints the clerk's own words: its passages in source order.

The style's composer still runs; its blocks stand in for a passage only where the clerk has
edited a field that passage fed (``model.as_written.is_unedited``), and blocks no passage fed
(a field the clerk added, an organisation guessed on import) keep their place among the rest.
So an unedited import exports every word it read, in order, and every edit still shows.
"""

from __future__ import annotations

import re

from ..model.as_written import changed_fields
from ..model.document import MeetingDocument, Passage
from .blocks import AnyBlock, Block, BlockKind, Span, SpanKind

# Composed blocks whose path names a whole part print fields from several places.
_PART_FIELDS = {
    "header": (
        "header.date",
        "header.date_text",
        "header.start_time",
        "header.meeting_name",
        "header.place",
        "header.purpose",
        "header.reporter",
        "people.presiders",
        "people.speakers",
        "people.groups",
    ),
    "header.title": ("header.title", "header.meeting_name"),
    "header.date": ("header.date", "header.date_text", "header.start_time", "header.place"),
}
_INDEX = re.compile(r"\[\d+\]")
_SECTION = re.compile(r"^body\.sections\[\d+\]")
_SENTENCE_END = re.compile(r"[。！？；]|[.!?](?:\s|$)")
_KEPT_KINDS = (
    BlockKind.MARK,
    BlockKind.ISSUE,
    BlockKind.TITLE,
    BlockKind.DECK,
    BlockKind.META,
    BlockKind.CLOSING,
)
_LABELLED = re.compile(r"^(?P<label>[^：:。，,]{1,16}[：:])\s*(?P<rest>\S.*)$", re.S)  # 出席：… / Present: …
_RIGHT_PART = re.compile(r"^(?P<left>.*\S)(?:\s{2,}|\u3000+)(?P<right>\S[^\s\u3000]*)$")


def block_fields(path: str) -> set[str]:
    """The draft fields a composed block prints, in the form passages name them."""
    if path in _PART_FIELDS:
        return set(_PART_FIELDS[path])
    section = _SECTION.match(path)
    if section:
        return {section.group(), "body.sections"}
    return {_INDEX.sub("", path)}


def as_written(doc: MeetingDocument, blocks: list[AnyBlock]) -> list[AnyBlock]:
    """``blocks`` (the composer's) merged with the draft's passages, when it has any."""
    passages = doc.body.as_written
    if not passages:
        return blocks
    fields = [block_fields(block.path) if block.path else set() for block in blocks]
    feeds = [set(p.feeds) for p in passages]
    # The first passage that fed each block: the block's place in the source.
    owner = [next((i for i, fed in enumerate(feeds) if fed & wanted), None) for wanted in fields]
    after = _followers(owner)
    out: list[AnyBlock] = [blocks[b] for b in after.get(-1, [])]
    printed: set[int] = set(after.get(-1, []))
    for i, passage in enumerate(passages):
        changed = changed_fields(doc, passage)
        if not changed:
            owned = _owned(blocks, fields, owner, feeds[i], i)
            out.append(_passage_block(passage, owned))
        else:  # the clerk changed what it said: what it stood for, as the fields are now
            for b, wanted in enumerate(fields):
                if b not in printed and owner[b] is not None and (
                    owner[b] == i or wanted & changed  # its own blocks, and edited fields'
                ):
                    out.append(blocks[b])
                    printed.add(b)
        for b in after.get(i, []):
            if b not in printed:
                out.append(blocks[b])
                printed.add(b)
    return out


def _followers(owner: list[int | None]) -> dict[int, list[int]]:
    """Blocks no passage fed follow the passage of the block before them (-1: before all)."""
    after: dict[int, list[int]] = {}
    anchor = -1
    for b, passage in enumerate(owner):
        if passage is None:
            after.setdefault(anchor, []).append(b)
        else:
            anchor = max(anchor, passage)
    return after


def _owned(
    blocks: list[AnyBlock], fields: list[set[str]], owner: list[int | None], fed: set[str], i: int
) -> list[AnyBlock]:
    """The blocks passage ``i`` stands for: those it fed first, else the first block of its
    own fields ("列席：…" after "出席：…": both fed the groups, the first owns them), not a
    lead that prints many."""
    owned = [blocks[b] for b, first in enumerate(owner) if first == i]
    if owned:
        return owned
    return [
        blocks[b] for b, wanted in enumerate(fields) if wanted & fed and blocks[b].path not in _PART_FIELDS
    ][:1]


def _passage_block(passage: Passage, owned: list[AnyBlock]) -> Block:
    """The passage as a block of the kind the first block it stands for prints as (a
    headline stays a headline, a source line a meta line); anything else is a paragraph."""
    kind, level = BlockKind.PARAGRAPH, 1
    # The most prominent block it stands for sets it: "MINUTES OF THE MEETING OF LOWER WEALD
    # PARISH COUNCIL" feeds the organisation line and the title, and prints as the title.
    first = next((b for b in owned if b.kind in (BlockKind.MARK, BlockKind.TITLE)), None)
    first = first or (owned[0] if owned else None)
    path = next(iter(sorted(passage.feeds)), "")
    labelled = _LABELLED.match(passage.text)
    issuer = _RIGHT_PART.match(passage.text)
    if first is not None and first.kind == BlockKind.ATTENDANCE and labelled:
        # "出席：李红、王强" keeps the attendance layout: the label set as a label
        spans = (Span(labelled["label"], SpanKind.LABEL), Span(labelled["rest"]))
        return Block(BlockKind.ATTENDANCE, spans, 1, path)
    if first is not None and first.kind == BlockKind.ISSUER and issuer:
        # "临江县人民政府办公室　　2024年6月5日": the date flush right, as the style sets it
        spans = (Span(issuer["left"]), Span(issuer["right"], SpanKind.RIGHT))
        return Block(BlockKind.ISSUER, spans, 1, path)
    if first is not None and first.kind in _KEPT_KINDS:
        kind = first.kind
    elif (  # "2503-01 Footpaths" / "一、关于……" on its own line stays a heading
        first is not None
        and first.kind == BlockKind.HEADING
        and len(passage.text) <= 60
        and not _SENTENCE_END.search(passage.text)
    ):
        kind, level = BlockKind.HEADING, first.level
    return Block(kind, (Span(passage.text),), level, path)
