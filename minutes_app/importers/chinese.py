"""Recognisers for Chinese meeting reports (会议报道) and minutes (纪要).

The text is read top to bottom in two zones. The header zone holds the headline, the web
source line, 第X期 and 纪要 marks, the issuing office and deck lines. The body starts at the
lead (a byline, a dated sentence, any sentence ending in 。, a labelled line or an item) and is
read paragraph by paragraph: labelled lines (出席：…), numbered items, then remarks and
sentence-level patterns (who presided, who spoke, who attended, reports, requirements, the
meeting format). Patterns are small vocabularies around fixed verbs (主持召开, 出席会议,
作了汇报, 提出具体要求, 强调), never one report's wording.

This module holds the parser itself: the order a body paragraph is tried in, prose paragraphs
(bylines, remarks, sentences, what is left unplaced). The parts it builds on, each a layer of
the class: ``chinese_sentences`` (one fact per sentence), ``chinese_labelled`` (出席：… lines),
``chinese_header`` (the header zone and what is settled after the last line) and
``chinese_lists`` (numbered items and in-paragraph lists); the patterns are in
``chinese_patterns``.
"""

from __future__ import annotations

import re

from ..model.document import Remark
from .chinese_lists import ChineseLists, paired
from .chinese_patterns import (
    ATTEND,
    BAOXUN,
    BYLINE,
    CLOSING_PHRASE,
    DATELINE,
    INTRO,
    LABEL,
    MEETING_SPEAKER,
    NOT_PEOPLE,
    PRESIDED_BY,
    REMARK,
    VIDEO,
    strip_end,
)
from .lines import Line
from .outline import INLINE_FORMS, match_marker, split_sentences
from .people import is_bare_name, split_title_name


class ChineseParser(ChineseLists):
    """A Chinese report or 纪要 read into a ``MeetingDocument``: the header zone, then the body."""

    def run(self, lines: list[Line]) -> None:
        self.parallel_sequence = any(line.text.startswith("其次") for line in lines)
        start = self._header(lines)
        for line in lines[start:]:
            self.begin(line)
            self._body_line(line)
        self.flush()
        self.end_line()
        self._finish()

    # -- body zone ---------------------------------------------------------------------------

    def _body_line(self, line: Line) -> None:
        text = line.text
        if self.label_continues and self._label_continuation(line):
            return
        self.label_continues = None
        label = LABEL.match(text)
        if label and len(label["label"]) <= 8:
            self.close_items()  # the attendance block ends the items
            self._labelled(line, label["label"], label["value"])
            return
        marker = match_marker(text)
        if marker is not None and self._item(line, marker):
            return
        if self.open_for_continuation and not self._is_closer(text):
            if not self._inline_sub_items(text):
                self.append_text(text)
            return
        self._prose(line)

    def _is_closer(self, text: str) -> bool:
        """Paragraphs that end an item list: the attendance, who presided, the format."""
        if (VIDEO.search(text) and "会议" in text[:6]) or "分会场" in text:
            return True
        sentence = text.rstrip("。")
        if "。" in sentence:
            return False
        attend = ATTEND.match(sentence)
        return bool(
            attend
            and attend["obj"]
            and not NOT_PEOPLE.search(attend["body"])
            or PRESIDED_BY.match(sentence)
        )

    # -- prose paragraphs -----------------------------------------------------------------------------

    def _prose(self, line: Line) -> None:
        text = line.text
        if self._new_list(text):
            self.close_items()  # "会议要求，一要…" after "会议指出，一是…": a second run
        if not self.lead_seen:
            text = self._byline(text, line)
        if self._remark(line, text):
            return
        intro = INTRO.match(strip_end(text.rstrip("：:")))
        if intro and text.endswith(("：", ":")):  # "会议要求：" above its items
            self.flush()
            self._list_intro(intro["who"])
            self.next_lead_in = text
            self.lead_seen = True
            return
        sentences = split_sentences(text)
        unplaced: list[str] = []
        parallel = paired(text)
        for index, sentence in enumerate(sentences):
            inline = self._inline_start(sentence, parallel)
            if inline is not None:
                intro, rest = (
                    sentence[:inline],
                    "".join([sentence[inline:], *sentences[index + 1 :]]),  # as written
                )
                if intro:  # 会议指出， / 会议要求： introduces the list: its lead-in
                    self._intro(intro, line)
                    self.next_lead_in = intro
                self._flush_unplaced(line, unplaced)
                first = match_marker(rest)
                assert first is not None
                if self.place_marker(first) is None:  # cannot happen: _inline_start checked it
                    unplaced.append(rest)
                    break
                self._inline_items(line, first.rest, first.form, first.number, first.marker)
                self.lead_seen = True
                return
            if self._sentence(sentence, line):
                self._flush_unplaced(line, unplaced)
                continue
            if index > 0 and REMARK.match(sentence):  # "…的汇报。会议强调，各部门要…": the rest
                self._flush_unplaced(line, unplaced)
                if self._remark(line, "".join(sentences[index:])):
                    self.lead_seen = True
                    return
            unplaced.append(sentence)
        if unplaced and len(unplaced) == len(sentences):
            self._unplaced_paragraph(line, "".join(unplaced))
        else:
            self._flush_unplaced(line, unplaced)
        self.lead_seen = True

    def _unplaced_paragraph(self, line: Line, text: str) -> None:
        if self.format_seen or CLOSING_PHRASE.match(text):
            self.body.closing_notes.append(text)
        elif self.section is not None and self.item_form in INLINE_FORMS:
            self.hold(Line(line.no, text))
        else:
            self.flush()
            self.free(line.no, text)

    def _flush_unplaced(self, line: Line, unplaced: list[str]) -> None:
        if unplaced:
            text = "".join(unplaced)
            if self.format_seen:
                self.body.closing_notes.append(text)
            else:
                self.flush()
                self.free(line.no, text)
            unplaced.clear()

    def _byline(self, text: str, line: Line) -> str:
        dateline = DATELINE.match(text)
        if dateline:  # 新华社北京12月8日电: the date of the meeting in most reports
            self._date_from(dateline["date"], line)
            self.has_news_mark = True
            text = text[dateline.end() :]
        match = BYLINE.match(text)
        if match:
            self.header.reporter = re.sub(r"^记者[\s\u3000]*", "", match["r"].strip())
            self.has_news_mark = True
            return text[match.end() :].lstrip()
        match = BAOXUN.match(text)
        if match:
            self.has_news_mark = True
            return text[match.end() :]
        return text

    def _remark(self, line: Line, text: str) -> bool:
        match = REMARK.match(text)
        if not match:
            return False
        speaker = match["speaker"]
        if not self._is_speaker(speaker):
            return False
        body = match["text"].strip()
        if self._inline_start(body, paired(body)) == 0:
            return False  # "会议要求，一是…": an intro to items, not a remark
        if not match["topic"] and MEETING_SPEAKER.match(speaker) is None and len(body) < 8:
            return False
        self.flush()
        self.body.remarks.append(
            Remark(speaker=speaker, topic=match["topic"] or "", verb=match["verb"], text=body)
        )
        self.lead_seen = True
        return True

    def _is_speaker(self, text: str) -> bool:
        return bool(
            MEETING_SPEAKER.match(text)
            or self.known_name(text)
            or split_title_name(text)
            or is_bare_name(text)
        )
