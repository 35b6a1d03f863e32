"""Recognisers for Chinese meeting reports (会议报道) and minutes (纪要).

The text is read top to bottom in two zones. The header zone holds the headline, the web
source line, 第X期 and 纪要 marks, the issuing office and deck lines. The body starts at the
lead (a byline, a dated sentence, any sentence ending in 。, a labelled line or an item) and is
read paragraph by paragraph: labelled lines (出席：…), numbered items, then remarks and
sentence-level patterns (who presided, who spoke, who attended, reports, requirements, the
meeting format). Patterns are small vocabularies around fixed verbs (主持召开, 出席会议,
作了汇报, 提出具体要求, 强调), never one report's wording.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model.document import GroupRole, Remark
from .chinese_patterns import (
    ATTEND,
    BAOXUN,
    BODY_WORDS,
    BYLINE,
    CLOSING_PHRASE,
    DATE_LINE,
    DATELINE,
    INTRO,
    ISSUE,
    JIYAO_MARK,
    LABEL,
    MEETING_SPEAKER,
    META_LABEL,
    META_STRONG,
    MINUTES_OF,
    NOT_PEOPLE,
    ORG_LINE,
    PLACE_FROM_SOURCE,
    PRESIDED_BY,
    REMARK,
    REQUIREMENTS,
    SESSION_LINE,
    STANDALONE_BYLINE,
    VIDEO,
    strip_end,
)
from .chinese_sentences import SentenceRecognisers
from .dates import find_dates, parse_published
from .lines import Line
from .numerals import parse_chinese_number
from .outline import (
    IN_PARAGRAPH_FORMS,
    INLINE_FORMS,
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
from .people import attendance_list, is_bare_name, parse_people, split_title_name
from .result import N_, preview


class ChineseParser(SentenceRecognisers):
    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.headline = ""
        self.headline_line = 0
        self.has_news_mark = False  # a byline or a 来源 line
        self.has_labelled_attendance = False  # 出席： / 记录： / 时间： lines, as a 纪要 has
        self.label_continues: tuple[str, int] | None = None  # "出席：" with names below
        self.issue_date: tuple[dt.date, int] | None = None  # beside the issuing office
        self.parallel_sequence = False  # a paragraph opens with 其次: 首先… is a list

    def run(self, lines: list[Line]) -> None:
        self.parallel_sequence = any(line.text.startswith("其次") for line in lines)
        start = self._header(lines)
        for line in lines[start:]:
            self.begin(line)
            self._body_line(line)
        self.flush()
        self.end_line()
        self._finish()

    # -- header zone -----------------------------------------------------------------------

    def _header(self, lines: list[Line]) -> int:
        index = 0
        for index, line in enumerate(lines):
            self.begin(line)
            text = line.text
            if self._header_line(line):
                continue
            if _starts_body(text):
                return index
            if not self.headline:
                self.headline, self.headline_line = text, line.no
                self.feed("header.title")
                if JIYAO_MARK.search(text):
                    self.has_jiyao_mark = True
                continue
            if len(text) <= 60 and not text.endswith(("。", "；", "：")):
                self.header.deck.append(text)
                continue
            return index
        return len(lines)

    def _header_line(self, line: Line) -> bool:
        text = line.text
        if META_STRONG.search(text) and len(text) <= 160:
            self._meta(line)
            return True
        issue = ISSUE.match(text)
        if issue and len(text) <= 30:
            self.header.issue_number = parse_chinese_number(issue["n"])
            self.has_jiyao_mark = True
            return True
        session = SESSION_LINE.match(text)
        if session:
            self.header.session_number = parse_chinese_number(session["n"])
            self.has_jiyao_mark = True
            return True
        if text in ("会议纪要", "纪要", "纪　要"):
            self.has_jiyao_mark = True
            if not self.headline:
                self.headline, self.headline_line = text, line.no
                self.feed("header.title")
            return True
        org = ORG_LINE.match(text)
        if org and (org["date"] or not self.headline):  # the 版头 / issuing office line
            self.header.organisation = self.header.organisation or org["org"]
            if org["date"]:
                self._issue_date(org["date"], line)
            return True
        if DATE_LINE.match(text):
            self._issue_date(text, line)
            return True
        byline = STANDALONE_BYLINE.match(text)
        if byline and self.headline:
            self.header.reporter = byline["r"].strip()
            self.has_news_mark = True
            return True
        return False

    def _issue_date(self, text: str, line: Line) -> None:
        """The date beside the issuing office of a 纪要: checked against the meeting date."""
        found = find_dates(text)
        date = found[0].resolve(None) if found else None
        if date is None:
            self.warn(line.no, N_("date line not used: “%(text)s”"), text=preview(text))
        else:
            self.issue_date = (date, line.no)

    def _meta(self, line: Line) -> None:
        text = line.text
        labels = list(META_LABEL.finditer(text))
        ignored: list[str] = []
        for i, match in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
            value = text[match.end() : end].strip(" \u3000【】[]|｜")
            label = match["label"]
            if "来源" in label:
                self.header.source = value
            elif label in ("更新时间", "发布时间", "发布日期", "发表时间", "时间", "日期"):
                published = parse_published(value)
                if published:
                    self.header.published = published
                else:
                    ignored.append(f"{label}：{value}")
            elif label in ("作者", "撰稿") and not self.header.reporter:
                self.header.reporter = value
            elif value:
                ignored.append(f"{label}：{value}")
        self.has_news_mark = True
        if labels and labels[0].start() > 0 and text[: labels[0].start()].strip():
            ignored.insert(0, text[: labels[0].start()].strip())
        if ignored:
            self.warn(
                line.no,
                N_("web page details ignored: %(details)s"),
                details="；".join(preview(i) for i in ignored),
            )

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

    # labelled lines (纪要 style)

    def _labelled(self, line: Line, label: str, value: str) -> None:
        label = re.sub(r"\s", "", label)
        value = value.strip()
        self.has_labelled_attendance = True  # 时间：/主持：/出席：… lines: a 纪要's layout
        if label.startswith(("时间", "会议时间")):
            self._date_from(value, line, explicit=True)
            return
        if label.startswith(("地点", "会议地点")):
            self.header.place = strip_end(value)
            return
        if label in ("会议名称", "会议主题"):
            self._meeting_name(strip_end(value))
            return
        if label.startswith("记录"):
            self.header.recorder = strip_end(value)
            return
        if label.startswith(("抄送", "分送", "发送")):
            self.body.closing_notes.append(line.text)
            return
        if not value:
            self.label_continues = (label, line.no)
            return
        self._labelled_people(label, value)

    def _labelled_people(self, label: str, value: str) -> None:
        if label.startswith("主持"):
            self.people.presiders.extend(parse_people(value))
            return
        people, note = attendance_list(value)
        if label.startswith("列席"):
            self.add_group(GroupRole.IN_ATTENDANCE, people, note=note)
        elif label.startswith(("请假", "缺席")):
            role_label = "" if label.startswith("请假") else "缺席"
            self.add_group(GroupRole.APOLOGIES, people, role_label, note)
        else:
            self.add_group(GroupRole.PRESENT, people, note=note)

    def _label_continuation(self, line: Line) -> bool:
        """Names on the lines below a bare "出席：" label."""
        assert self.label_continues is not None
        text = line.text
        if LABEL.match(text) or match_marker(text) or "。" in text or len(text) > 80:
            return False
        if not parse_people(text):
            return False
        self._labelled_people(self.label_continues[0], text)
        return True

    # numbered items

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

    # prose paragraphs

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
        parallel = _paired(text)
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
        if self._inline_start(body, _paired(body)) == 0:
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

    # -- after the last line -----------------------------------------------------------------

    def _finish(self) -> None:
        header = self.header
        header.locale = "zh_CN"
        if self.undated is not None and header.date is None:
            found, line_no = self.undated
            written = header.date_text or f"{found.month}月{found.day}日"
            # Only a date about the document itself gives the year: a year in the text may be
            # the one the meeting plans for (十二月的会议研究2024年工作).
            header.date = found.resolve(self.issue_date[0] if self.issue_date else None)
            if header.date is not None:
                self.warn(
                    line_no,
                    N_("%(written)s has no year: %(year)s taken from the issuing date"),
                    written=written,
                    year=header.date.year,
                )
            else:
                self.warn(
                    line_no,
                    N_(
                        "%(written)s has no year and no publication date gives one: date left empty"
                    ),
                    written=written,
                )
        if self.issue_date is not None:
            date, line_no = self.issue_date
            if header.date is None:
                header.date = date
                self.warn(line_no, N_("meeting date taken from the issuing date"))
            elif header.date != date:
                self.warn(
                    line_no,
                    N_("issuing date %(date)s differs from the meeting date; not kept"),
                    date=f"{date:%Y-%m-%d}",
                )
        if self.has_jiyao_mark or self.has_labelled_attendance:
            header.style = header.style.JIYAO
        elif self.has_news_mark or self.people.presiders:
            header.style = header.style.NEWS
        if self.headline:
            if header.meeting_name and self.headline in (
                header.meeting_name + "召开",
                header.meeting_name + "举行",
            ):
                header.title = ""
            else:
                header.title = self.headline
            named = MINUTES_OF.match(self.headline)
            if named and not header.meeting_name:  # 校长办公会议纪要 -> 校长办公会议
                self._meeting_name(named["meeting"])
        if not header.organisation:
            self._infer_organisation()

    def _infer_organisation(self) -> None:
        """市委 in the meeting name + 吕梁 from the paper's name -> 中共吕梁市委 (with a warning)."""
        body = BODY_WORDS.match(self.header.meeting_name)
        place = PLACE_FROM_SOURCE.match(self.header.source)
        if not body or not place:
            return
        word = body["body"]
        level, rest = word[0], word[1:]
        if level not in "市县区省州盟旗镇乡":
            return
        where = place["place"]
        where = where if where.endswith(level) else where + level  # 东江区 / 吕梁 + 市
        name = {"委": f"中共{where}委", "政府": f"{where}人民政府"}.get(rest, f"{where}{rest}")
        self.header.organisation = name
        self.warn(
            self.headline_line or None,
            N_(
                "organisation guessed as %(name)s from the meeting name and the source %(source)s; check it"
            ),
            name=name,
            source=self.header.source,
        )


def _starts_body(text: str) -> bool:
    """The lead or anything after it: prose, a byline, a labelled line or an item."""
    return bool(
        "。" in text
        or len(text) > 60
        or BYLINE.match(text)
        or BAOXUN.match(text)
        or LABEL.match(text)
        or match_marker(text)
        or re.match(r"^[^，]{0,20}[日号](?:上午|下午|晚上|晚)?，", text)
    )


def _paired(text: str) -> bool:
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
