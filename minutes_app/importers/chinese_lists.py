"""Numbered items and lists in Chinese reports.

Items on their own lines (一、 （一） 1.), lists inside a paragraph (一是…二是…, 首先…其次…,
①…②…) with the words that introduce them (会议要求， / 李正印强调：), a second list that starts
in the middle of a paragraph, and sub-items listed inline under a heading. Three levels and
deeper stay in the item's text.
"""

from __future__ import annotations

import re

from .chinese_header import ChineseHeaderZone
from .chinese_patterns import INTRO, MEETING_SPEAKER, REQUIREMENTS, strip_end
from .lines import Line
from .outline import (
    IN_PARAGRAPH_FORMS,
    PAIRED_FORMS,
    SUB_ITEM_INLINE_FORMS,
    Form,
    Marker,
    Outline,
    heading_and_body,
    match_marker,
    split_inline,
    split_sentences,
)


class ChineseLists(ChineseHeaderZone):
    """Where numbered text goes: sections, sub-items, or the open item's text."""

    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.parallel_sequence = False  # a paragraph opens with 其次: 首先… is a list

    # -- the items: on their own lines, in a run in one paragraph, inline sub-items ---------------

    def _item(self, line: Line, marker: Marker) -> bool:
        if marker.form is Form.ZH_FIRST and not (
            self.parallel_sequence or len(split_inline(line.text, Form.ZH_FIRST, 1)) > 1
        ):
            return False  # 首先 alone opens a sentence, not a list
        depth = self.place_marker(marker)
        if depth is None:
            return False
        if depth == 0:
            if marker.form in IN_PARAGRAPH_FORMS:
                self._inline_items(line, marker.rest, marker.form, marker.number, marker.marker)
            else:
                heading, body = heading_and_body(marker.rest)
                self.add_section(heading, body, marker.form, marker.marker)
        elif depth == 1:
            heading, body = heading_and_body(marker.rest)
            self.add_sub_item(heading, body, marker.marker)
        else:
            self.append_text(line.text)  # third level and deeper stay in the text
        return True

    def _inline_items(
        self, line: Line, text: str, form: Form, first_number: int, first_marker: str
    ) -> None:
        """ "一是…。二是…。" in one paragraph: the first item's text, then split the rest."""
        offsets = split_inline(text, form, first_number + 1)
        pieces: list[str] = []
        start = 0
        for _number, offset in offsets:
            pieces.append(text[start:offset])
            start = offset
        pieces.append(text[start:])
        # "…二是问题突出。会议要求，一要压实责任。二要…": a second list in the same paragraph
        cut = _next_list_start(pieces[-1])
        after = ""
        if cut is not None:
            pieces[-1], after = pieces[-1][:cut], pieces[-1][cut:]
        marker = first_marker
        for index, piece in enumerate(pieces):
            if index > 0:
                nested = match_marker(piece)
                assert nested is not None
                self.outline.place(nested)
                piece, marker = nested.rest, nested.marker
            heading, body = heading_and_body(piece.strip())
            self.add_section(heading, body, form, marker)
        if after:
            self._next_run(line, after)

    def _next_run(self, line: Line, text: str) -> None:
        """A new run of sections with its own lead-in, from the middle of a paragraph."""
        self.close_items()
        offset = _list_offset(text)
        assert offset is not None  # _next_list_start found it
        lead = text[:offset]
        self._intro(lead, line)
        self.next_lead_in = lead
        first = match_marker(text[offset:])
        assert first is not None and self.place_marker(first) == 0  # a fresh outline
        self._inline_items(line, first.rest, first.form, first.number, first.marker)

    def _inline_sub_items(self, text: str) -> bool:
        """ "会议要求：（一）压实责任；（二）加强值守。" under a 一、 heading: the words before the
        list go to the item's text, the numbered parts become its sub-items (one level down;
        a list that would go deeper stays in the text)."""
        for form in SUB_ITEM_INLINE_FORMS:
            found = split_inline(text, form, 1)
            if len(found) < 2:
                continue
            first = match_marker(text[found[0][1] :])
            trial = Outline(list(self.outline.forms), list(self.outline.counts))
            if first is None or first.form is not form or trial.place(first) != 1:
                continue
            lead = text[: found[0][1]].strip()
            if lead:
                self.append_text(lead)
            offsets = [offset for _number, offset in found] + [len(text)]
            for start, end in zip(offsets, offsets[1:], strict=False):
                marker = match_marker(text[start:end])
                assert marker is not None
                self.place_marker(marker)
                heading, body = heading_and_body(marker.rest)
                self.add_sub_item(heading, body, marker.marker)
            return True
        return False

    # -- where a list starts in a paragraph, and the words that introduce it ----------------------

    def _inline_start(self, sentence: str, paragraph_ok: bool = False) -> int | None:
        """Offset of an inline 一是 / 第一， that continues (or starts) the outline."""
        if self.outline.forms and self.outline.top not in IN_PARAGRAPH_FORMS:
            return None
        for form in IN_PARAGRAPH_FORMS:
            if self.outline.top not in (None, form):
                continue
            expected = self.outline.counts[0] + 1 if self.outline.forms else 1
            offsets = split_inline(sentence, form, expected)
            if form in PAIRED_FORMS and offsets and not (self.outline.forms or paragraph_ok):
                continue  # 首先 without 其次 after it, a lone ①
            if offsets:
                return offsets[0][1]
        return None

    def _intro(self, intro: str, line: Line) -> bool:
        """The words before an inline list: "会议要求，" / "李正印强调：" / requirements."""
        clause = strip_end(intro.rstrip("：:"))
        if not clause:
            return True
        sentences = split_sentences(intro)
        placed_all = True
        for sentence in sentences[:-1]:
            if not self._sentence(sentence, line):
                placed_all = False
        last = strip_end(sentences[-1].rstrip("：:，,"))
        match = INTRO.match(last)
        if match:
            self._list_intro(match["who"])
            return placed_all
        requirements = REQUIREMENTS.match(last)
        if requirements:
            self.body.requirements_by = requirements["by"]
            self.body.requirements_topic = requirements["topic"]
            return placed_all
        return False

    def _list_intro(self, who: str) -> None:
        """ "会议强调，一是…" / "林涛强调：": who set out the items, as the seed's
        "李正印就…提出具体要求。" does; a second speaker's list names him on its sections."""
        if not self.body.requirements_by:
            self.body.requirements_by = who
        elif not MEETING_SPEAKER.match(who) and who != self.body.requirements_by:
            self.items_speaker = who

    def _new_list(self, text: str) -> bool:
        """Does this paragraph open another in-paragraph list with its own lead-in, while one
        is open? (A restart at 一 without a lead-in stays a nested list.)"""
        if self.outline.top not in IN_PARAGRAPH_FORMS:
            return False
        for form in IN_PARAGRAPH_FORMS:
            found = split_inline(text, form, 1)
            if form in PAIRED_FORMS and len(found) < 2:
                continue
            if found:
                lead_in = text[: found[0][1]]
                return 0 < len(lead_in) <= 30 and lead_in.endswith(("，", "：")) and "。" not in lead_in
        return False


def paired(text: str) -> bool:
    """Does ``text`` hold two items of a form that needs a pair (首先…其次…, ①…②…)?"""
    return any(len(split_inline(text, form, 1)) > 1 for form in PAIRED_FORMS)


def _list_offset(text: str) -> int | None:
    """Where an in-paragraph list starts in ``text`` when a short lead-in introduces it
    ("会议要求，一要…", "会议研究了以下事项：①…②…"), else None."""
    for form in IN_PARAGRAPH_FORMS:
        found = split_inline(text, form, 1)
        if len(found) < (2 if form in PAIRED_FORMS else 1):
            continue
        lead = text[: found[0][1]]
        if 0 < len(lead) <= 30 and lead.endswith(("，", "：", ":")) and "。" not in lead:
            return found[0][1]
    return None


def _next_list_start(text: str) -> int | None:
    """The offset, after a sentence end, where another introduced list begins in ``text``."""
    for stop in re.finditer("[。！？]", text):
        tail = text[stop.end() :]
        # a lead-in is at most 30 characters ending in ， or ：; most sentences have none
        if _LEAD_END.search(tail, 0, 31) and _list_offset(tail) is not None:
            return stop.end()
    return None


_LEAD_END = re.compile("[，：:]")
