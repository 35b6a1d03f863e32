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

from ..model.document import GroupRole, MeetingFormat, Person, Remark, Report, Speaker
from .builder import Builder, preview
from .dates import find_dates, parse_published, time_range
from .lines import Line
from .numerals import CHINESE_NUMERAL_CHARS, parse_chinese_number
from .outline import (
    INLINE_FORMS,
    Form,
    heading_and_body,
    match_marker,
    split_inline,
    split_sentences,
)
from .people import (
    HAN,
    NAME,
    TITLE_END,
    group_label,
    is_bare_name,
    parse_people,
    split_outside_parens,
    split_title_name,
)

_ZH_NUM = f"[{CHINESE_NUMERAL_CHARS}]+|\\d+"

# -- header zone -------------------------------------------------------------------------------

_META_LABEL = re.compile(
    r"(?P<label>信息来源|文章来源|稿件来源|来源|更新时间|发布时间|发布日期|发表时间|时间|日期|"
    r"作者|责任编辑|编辑|撰稿|供稿|浏览次数|点击数|阅读数)\s*[：:]"
)
_META_STRONG = re.compile(r"来源\s*[：:]|更新时间|发布时间|发布日期|发表时间")
_ISSUE = re.compile(
    f"^(?:[^，。]{{0,20}}?)第\\s*(?P<n>{_ZH_NUM})\\s*期(?:\\s*[（(]总第\\s*\\d+\\s*期[）)])?$"
)
_ORG_WORDS = (
    r"办公室|办公厅|委员会|人民政府|政府|党委|党组|党工委|市委|县委|区委|省委|局|厅|委|公司|"
    r"集团|中心|协会|学会|大学|学院|学校|医院|研究院|研究所|支部|总支"
)
_ORG_LINE = re.compile(
    f"^(?P<org>[{HAN}（）()]{{2,30}}?(?:{_ORG_WORDS}))(?:[\\s\u3000]*(?P<date>[\\d〇零○一二三四五六七八九十]{{2,4}}年.{{1,8}}日))?$"
)
_DATE_LINE = re.compile(
    r"^[\d〇零○一二三四五六七八九十]{2,4}年[\d〇零○一二三四五六七八九十]{1,3}月[\d〇零○一二三四五六七八九十]{1,3}日$"
)
_JIYAO_MARK = re.compile(r"纪要$|^纪\s*要$")
_STANDALONE_BYLINE = re.compile(
    f"^(?:本报|本台|本网)?记者[\\s\u3000：:]*(?P<r>[{HAN}\\s\u3000、]{{2,30}}?)(?:[\\s\u3000]*报道)?$"
)
_BYLINE = re.compile(
    r"^(?P<prefix>(?:[^（(【\[]{0,16}?(?:讯|电))?)\s*[（(【\[]\s*(?:本报|本台|本网)?记者[\s\u3000：:]*"
    r"(?P<r>[^）)】\]]{1,40}?)\s*[）)】\]]\s*"
)
_BAOXUN = re.compile(r"^(?:本报讯|本台讯|本网讯)\s*")

# -- body: labelled lines ----------------------------------------------------------------------

_LABEL = re.compile(
    r"^(?P<label>出席(?:人员|会议人员|会议)?|参加(?:人员|会议人员|会议)?|参会(?:人员|领导)?|"
    r"与会(?:人员|领导)?|列席(?:人员|会议人员)?|请\s*假(?:人员)?|缺\s*席(?:人员)?|"
    r"记\s*录(?:人)?|主\s*持(?:人)?|时\s*间|会议时间|地\s*点|会议地点|会议名称|会议主题|"
    r"抄\s*送|分\s*送|发\s*送)\s*[：:]\s*(?P<value>.*)$"
)
_PRESENT_LABEL = re.compile(r"^(?:出席|参加|参会|与会)")

# -- body: sentences ---------------------------------------------------------------------------

_VERB_TAIL = re.compile(r"(?:并|并作|并发表|并作了|并发表了)(?:重要)?讲话$")
_CONVENE_PLACE = re.compile(r"^(?P<who>.+?)在(?P<place>[^，。]{2,30})$")
_CONVENE = re.compile(
    r"^(?P<org>[^，。]{0,30}?)(?:于[^，。]{0,20}?)?(?:在(?P<place>[^，。]{2,30}?))?(?:召开|举行)(?:了)?"
    r"(?P<name>[^，。]{0,60}?(?:会议|会|座谈|论坛))$"
)
_NAME_CONVENED = re.compile(
    r"^(?P<name>[^，。]{2,60}?(?:会议|会))(?:于[^，。]{0,20}?)?(?:在(?P<place>[^，。]{2,30}?))?(?:召开|举行)$"
)
_PRESIDED_BY = re.compile(r"^会议由(?P<who>[^，。]+?)主持(?P<tail>[^，。]*)$")
_WHO_PRESIDED = re.compile(
    r"^(?P<who>[^，。]+?)主持(?:会议|本次会议)?(?P<tail>并讲话|并作讲话|并发表讲话|并作重要讲话)?$"
)
_CONTRIBUTION = (
    r"(?:作|做)[^，。]{0,12}?(?:安排|讲话|部署|说明|汇报|报告|总结|发言|点评|动员|解读)|"
    r"(?:发表)?(?:重要)?讲话|出席(?:会议)?并(?:作|发表)?(?:重要)?讲话|传达[^。]{1,80}|通报[^。]{1,80}|宣读[^。]{1,80}|"
    r"解读[^。]{1,80}|介绍[^。]{1,80}"
)
_SPEAKER = re.compile(
    f"^(?:会上，|会议上，|随后，)?(?P<person>(?:.*{TITLE_END})?{NAME})(?:在会上|在会议上|随后|同时|还|也)?"
    f"(?P<what>{_CONTRIBUTION})$"
)
_ATTEND = re.compile(
    r"^(?P<body>[^。]+?)(?:分别)?(?P<verb>出席|列席|参加|参会)(?:了)?(?P<obj>会议|本次会议|会议并讲话)?$"
)
# Words that make "…参加会议" an instruction, not an attendance list (主要负责同志 is fine).
_NOT_PEOPLE = re.compile(
    r"要求|强调|指出|(?<![主重需])要|应当|必须|须|积极|均|都|全程|准时|邀请|组织|在[^，]{0,10}会场"
)
_REPORT_NO_SUBJECT = re.compile(
    r"^(?:会上，|会议上，)?(?P<speaker>[^，。]{2,80}?)(?:分别|先后|依次)?(?:作|做)(?:了)?"
    r"(?:交流|表态|典型|专题|工作)?(?:发言|汇报)$"
)
_REPORT = re.compile(
    r"^(?P<intro>会上，|会议上，|会上|会议上|随后，|会议首先)?(?P<speaker>[^，。]{2,60}?)(?:分别)?(?:围绕|就)"
    r"(?P<subject>[^。]{2,200}?)(?:作了|做了|作|做|进行了)(?:专题|工作|情况|交流|表态)?(?:汇报|报告|发言)$"
)
_HEARD = re.compile(
    r"^(?:会上，|会议)?(?:先后|首先|还|分别)?听取了?(?P<list>.+?)(?:的)?(?:情况|工作)?(?:汇报|报告)$"
)
_HEARD_ITEM = re.compile(
    r"(?P<speaker>[^，、和及。]{2,40}?)关于(?P<subject>[^，。]+?)的?(?:汇报|报告)?$"
)
_REQUIREMENTS = re.compile(
    r"^(?P<by>[^，。]{2,40}?)(?:在讲话中|在会上|最后)?(?:就|对)(?P<topic>[^。]{2,200}?)(?:提出|作出|作了|进行了)(?:了)?"
    r"(?:具体|明确|几点|[一二三四五六七八九十两]点)?(?:要求|部署|安排)$"
)
_INTRO = re.compile(
    r"^(?P<who>[^，。]{2,40}?)(?:在讲话中|在会上|在总结讲话中|最后)?(?:强调|指出|要求|表示|提出|认为|明确|议定|决定)"
    r"(?:如下|以下几点|几点意见|[一二三四五六七八九十两]点意见)?[，：:]?$"
)
_REMARK = re.compile(
    r"^(?P<speaker>[^，。；：]{2,40}?)(?:就(?P<topic>[^，。；]{2,120}?))?"
    r"(?P<verb>(?:在讲话中|在会上|在总结讲话中|在讲话时|最后)?(?:强调|指出|要求|表示|认为|说|提出))[，：:]"
    r"(?P<text>.+)$"
)
_MEETING_SPEAKER = re.compile(r"^(?:会议|会上|本次会议|与会人员|与会同志)$")
# "会议研究了以下事项：" before a list of items: the items say it.
_LIST_INTRO = re.compile(
    r"^(?:现将)?会议(?:主要)?(?:研究|讨论|审议|议定|决定|听取|部署|确定|明确)(?:了)?(?:的)?"
    r"(?:(?:以下|如下|下列)(?:[一二三四五六七八九十两几]项)?(?:事项|问题|议题|几个问题|工作|意见)?"
    r"|(?:[一二三四五六七八九十两几]项)?(?:事项|问题|议题|意见)?(?:纪要)?如下)[：:。]?$"
)
# The 纪要 style prints its own "现将会议议定事项纪要如下：".
_JIYAO_INTRO = re.compile(
    r"^现将(?:本次)?(?:会议)?(?:议定|研究|决定|主要)?(?:的)?(?:事项|情况|精神|内容)?纪要如下[：:]?$"
)
_PURPOSE_SENTENCE = re.compile(
    r"^会议(?P<purpose>(?:传达|学习|研究|审议|听取|通报|部署|分析|总结|讨论|贯彻|安排)[^。]+)。?$"
)

_VIDEO = re.compile(r"视频|网络会议|线上|云会议|远程")
_HYBRID = re.compile(
    r"线上线下|线下线上|现场\s*[+＋和与]\s*视频|视频\s*[+＋和与]\s*现场|现场会议和视频"
)
_MAIN_VENUE = re.compile(
    r"主会场设在(?P<a>[^，。；]+)|在(?P<b>[^，。；]+?)设(?:立)?主会场|(?P<c>[^，。；]+?)设(?:立)?主会场"
)
_BRANCH_VENUE = re.compile(
    r"分会场设在(?P<a>[^，。；]+)|在(?P<b>[^，。；]+?)设(?:立)?分会场|(?P<c>[^，。；]+?)设(?:立)?分会场"
)
_FORMAT_CLAUSE = re.compile(
    r"^会议(?:以|采取|采用|通过)[^，。]*(?:形式|方式)(?:召开|举行|进行)?$|^会议(?:以|采取|采用|通过)?[^，。]{0,8}视频[^，。]*$"
)
_SESSION = re.compile(f"第(?P<n>{_ZH_NUM})次(?P<kind>[{HAN}]{{0,6}}?会议)?")
_BODY_WORDS = re.compile(
    r"^(?P<body>[市县区省州盟旗镇乡]?(?:委|政府|人大常委会|人大|政协|纪委|委员会|常委会))"
)
_PLACE_FROM_SOURCE = re.compile(
    f"^(?P<place>[{HAN}]{{2,3}}?)(?:日报|晚报|新闻网|电视台|广播电视台|融媒体中心|发布|在线)"
)


def _strip_end(text: str) -> str:
    return text.rstrip("。；;，, \u3000")


class ChineseParser(Builder):
    def run(self, lines: list[Line]) -> None:
        self.headline = ""
        self.headline_line = 0
        self.has_jiyao_mark = False
        self.has_news_mark = False
        self.has_labelled_attendance = False
        self.lead_seen = False
        self.format_seen = False
        self.label_continues: tuple[str, int] | None = None  # "出席：" with names below
        self.issue_date: tuple[dt.date, int] | None = None
        start = self._header(lines)
        for line in lines[start:]:
            self._body_line(line)
        self.flush()
        self._finish()

    # -- header zone -----------------------------------------------------------------------

    def _header(self, lines: list[Line]) -> int:
        index = 0
        for index, line in enumerate(lines):
            text = line.text
            if self._header_line(line):
                continue
            if _starts_body(text):
                return index
            if not self.headline:
                self.headline, self.headline_line = text, line.no
                if _JIYAO_MARK.search(text):
                    self.has_jiyao_mark = True
                continue
            if len(text) <= 60 and not text.endswith(("。", "；", "：")):
                self.header.deck.append(text)
                continue
            return index
        return len(lines)

    def _header_line(self, line: Line) -> bool:
        text = line.text
        if _META_STRONG.search(text) and len(text) <= 160:
            self._meta(line)
            return True
        issue = _ISSUE.match(text)
        if issue and len(text) <= 30:
            self.header.issue_number = parse_chinese_number(issue["n"])
            self.has_jiyao_mark = True
            return True
        if text in ("会议纪要", "纪要", "纪　要"):
            self.has_jiyao_mark = True
            if not self.headline:
                self.headline, self.headline_line = text, line.no
            return True
        org = _ORG_LINE.match(text)
        if org and (org["date"] or not self.headline or self.header.deck == []):
            if org["date"] or not self.headline:
                self.header.organisation = self.header.organisation or org["org"]
                if org["date"]:
                    self._issue_date(org["date"], line)
                return True
        if _DATE_LINE.match(text):
            self._issue_date(text, line)
            return True
        byline = _STANDALONE_BYLINE.match(text)
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
            self.warn(line.no, f"date line not used: “{preview(text)}”")
        else:
            self.issue_date = (date, line.no)

    def _meta(self, line: Line) -> None:
        text = line.text
        labels = list(_META_LABEL.finditer(text))
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
                line.no, "web page details ignored: " + "；".join(preview(i) for i in ignored)
            )

    # -- body zone ---------------------------------------------------------------------------

    def _body_line(self, line: Line) -> None:
        text = line.text
        if self.label_continues and self._label_continuation(line):
            return
        self.label_continues = None
        label = _LABEL.match(text)
        if label and len(label["label"]) <= 8:
            self.close_items() if not self.open_for_continuation else None
            self._labelled(line, label["label"], label["value"])
            return
        marker = match_marker(text)
        if marker is not None and self._item(line, marker):
            return
        if self.open_for_continuation and not self._is_closer(text):
            self.append_text(text)
            return
        self._prose(line)

    def _is_closer(self, text: str) -> bool:
        """Paragraphs that end an item list: the attendance, who presided, the format."""
        if _VIDEO.search(text) and "会议" in text[:6] or "分会场" in text:
            return True
        sentence = text.rstrip("。")
        if "。" in sentence:
            return False
        attend = _ATTEND.match(sentence)
        return bool(
            attend
            and attend["obj"]
            and not _NOT_PEOPLE.search(attend["body"])
            or _PRESIDED_BY.match(sentence)
        )

    # labelled lines (纪要 style)

    def _labelled(self, line: Line, label: str, value: str) -> None:
        label = re.sub(r"\s", "", label)
        value = value.strip()
        if label.startswith(("时间", "会议时间")):
            self._date_from(value, line, explicit=True)
            return
        if label.startswith(("地点", "会议地点")):
            self.header.place = _strip_end(value)
            return
        if label in ("会议名称", "会议主题"):
            self._meeting_name(_strip_end(value))
            return
        if label.startswith("记录"):
            self.header.recorder = _strip_end(value)
            self.has_labelled_attendance = True
            return
        if label.startswith(("抄送", "分送", "发送")):
            self.body.closing_notes.append(line.text)
            return
        if not value:
            self.label_continues = (label, line.no)
            return
        self._labelled_people(label, value)

    def _labelled_people(self, label: str, value: str) -> None:
        people = parse_people(value)
        if label.startswith("主持"):
            self.people.presiders.extend(people)
            return
        self.has_labelled_attendance = True
        if label.startswith("列席"):
            self.add_group(GroupRole.IN_ATTENDANCE, people)
        elif label.startswith(("请假", "缺席")):
            self.add_group(GroupRole.APOLOGIES, people, "" if label.startswith("请假") else "缺席")
        else:
            self.add_group(GroupRole.PRESENT, people)

    def _label_continuation(self, line: Line) -> bool:
        """Names on the lines below a bare "出席：" label."""
        assert self.label_continues is not None
        text = line.text
        if _LABEL.match(text) or match_marker(text) or "。" in text or len(text) > 80:
            return False
        if not parse_people(text):
            return False
        self._labelled_people(self.label_continues[0], text)
        return True

    # numbered items

    def _item(self, line: Line, marker) -> bool:
        depth = self.place_marker(marker)
        if depth is None:
            return False
        if depth == 0:
            if marker.form in INLINE_FORMS:
                self._inline_items(line, marker.rest, marker.form, first_number=marker.number)
            else:
                heading, body = heading_and_body(marker.rest)
                self.add_section(heading, body, marker.form)
        elif depth == 1:
            heading, body = heading_and_body(marker.rest)
            self.add_sub_item(heading, body)
        else:
            self.append_text(line.text)  # third level and deeper stay in the text
        return True

    def _inline_items(self, line: Line, text: str, form: Form, first_number: int) -> None:
        """ "一是…。二是…。" in one paragraph: the first item's text, then split the rest."""
        offsets = split_inline(text, form, first_number + 1)
        pieces: list[str] = []
        start = 0
        for _number, offset in offsets:
            pieces.append(text[start:offset])
            start = offset
        pieces.append(text[start:])
        for index, piece in enumerate(pieces):
            if index > 0:
                nested = match_marker(piece)
                assert nested is not None
                self.outline.place(nested)
                piece = nested.rest
            heading, body = heading_and_body(piece.strip())
            self.add_section(heading, body, form)

    # prose paragraphs

    def _prose(self, line: Line) -> None:
        text = line.text
        if not self.lead_seen:
            text = self._byline(text)
        if self._remark(line, text):
            return
        intro = _INTRO.match(_strip_end(text.rstrip("：:")))
        if intro and text.endswith(("：", ":")):  # "会议要求：" above its items
            self.flush()
            self.items_speaker = "" if _MEETING_SPEAKER.match(intro["who"]) else intro["who"]
            self.lead_seen = True
            return
        sentences = split_sentences(text)
        unplaced: list[str] = []
        for index, sentence in enumerate(sentences):
            inline = self._inline_start(sentence)
            if inline is not None:
                intro, rest = (
                    sentence[:inline],
                    " ".join([sentence[inline:], *sentences[index + 1 :]]),
                )
                if intro and not self._intro(intro):
                    unplaced.append(intro)
                self._flush_unplaced(line, unplaced)
                first = match_marker(rest)
                assert first is not None
                if self.place_marker(first) is None:  # cannot happen: _inline_start checked it
                    unplaced.append(rest)
                    break
                self._inline_items(line, first.rest, first.form, first.number)
                self.lead_seen = True
                return
            if self._sentence(sentence, line):
                self._flush_unplaced(line, unplaced)
                continue
            unplaced.append(sentence)
        if unplaced and len(unplaced) == len(sentences):
            self._unplaced_paragraph(line, "".join(unplaced))
        else:
            self._flush_unplaced(line, unplaced)
        self.lead_seen = True

    def _unplaced_paragraph(self, line: Line, text: str) -> None:
        if self.format_seen:
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

    def _inline_start(self, sentence: str) -> int | None:
        """Offset of an inline 一是 / 第一， that continues (or starts) the outline."""
        if self.outline.forms and self.outline.top not in INLINE_FORMS:
            return None
        for form in INLINE_FORMS:
            if self.outline.top not in (None, form):
                continue
            expected = self.outline.counts[0] + 1 if self.outline.forms else 1
            offsets = split_inline(sentence, form, expected)
            if offsets:
                return offsets[0][1]
        return None

    def _intro(self, intro: str) -> bool:
        """The words before an inline list: "会议要求，" / "李正印强调：" / requirements."""
        clause = _strip_end(intro.rstrip("：:"))
        if not clause:
            return True
        sentences = split_sentences(intro)
        placed_all = True
        for sentence in sentences[:-1]:
            if not self._sentence(sentence, None):
                placed_all = False
        last = _strip_end(sentences[-1].rstrip("：:，,"))
        match = _INTRO.match(last)
        if match:
            who = match["who"]
            self.items_speaker = "" if _MEETING_SPEAKER.match(who) else who
            return placed_all
        requirements = _REQUIREMENTS.match(last)
        if requirements:
            self.body.requirements_by = requirements["by"]
            self.body.requirements_topic = requirements["topic"]
            return placed_all
        return False

    def _byline(self, text: str) -> str:
        match = _BYLINE.match(text)
        if match:
            self.header.reporter = re.sub(r"^记者[\s\u3000]*", "", match["r"].strip())
            self.has_news_mark = True
            return text[match.end() :].lstrip()
        match = _BAOXUN.match(text)
        if match:
            self.has_news_mark = True
            return text[match.end() :]
        return text

    def _remark(self, line: Line, text: str) -> bool:
        match = _REMARK.match(text)
        if not match:
            return False
        speaker = match["speaker"]
        if not self._is_speaker(speaker):
            return False
        body = match["text"].strip()
        if self._inline_start(body) == 0:
            return False  # "会议要求，一是…": an intro to items, not a remark
        if not match["topic"] and _MEETING_SPEAKER.match(speaker) is None and len(body) < 8:
            return False
        self.flush()
        self.body.remarks.append(
            Remark(speaker=speaker, topic=match["topic"] or "", verb=match["verb"], text=body)
        )
        self.lead_seen = True
        return True

    def _is_speaker(self, text: str) -> bool:
        return bool(
            _MEETING_SPEAKER.match(text)
            or self.known_name(text)
            or split_title_name(text)
            or is_bare_name(text)
        )

    def _sentence(self, sentence: str, line: Line | None) -> bool:
        """Place one sentence (with its 。) of a prose paragraph; False when nothing fits."""
        text = sentence.strip().rstrip("。！？")
        if not text:
            return True
        if _JIYAO_INTRO.match(sentence.strip()):
            self.has_jiyao_mark = True
            return True
        if _LIST_INTRO.match(sentence.strip()):
            return True
        for handler in (
            self._convened,
            self._presided,
            self._speaker,
            self._attendance,
            self._report,
            self._requirements,
            self._format,
            self._purpose,
        ):
            if handler(text, line):
                return True
        return self._clauses(text, line)

    def _clauses(self, text: str, line: Line | None) -> bool:
        """ "副市长林涛出席会议并讲话，市应急管理局局长黄伟主持会议": one fact per clause.

        Placed only when every clause is (tried on a scratch parser first, so a half-placed
        sentence changes nothing and is kept whole)."""
        clauses = [c for c in text.split("，") if c]
        if len(clauses) < 2:
            return False
        handlers = ("_presided", "_speaker", "_attendance", "_report", "_requirements")
        scratch = ChineseParser([])
        scratch.people.presiders = list(self.people.presiders)
        scratch.people.speakers = list(self.people.speakers)
        plan = []
        for clause in clauses:
            name = next((h for h in handlers if getattr(scratch, h)(clause, None)), None)
            if name is None:
                return False
            plan.append((clause, name))
        for clause, name in plan:
            getattr(self, name)(clause, line)
        return True

    def _convened(self, text: str, line: Line | None) -> bool:
        """ "3月13日，市委书记X主持召开…会议，研究…" / "…，市委召开常委会会议，…"."""
        if "主持召开" in text:
            before, _, after = text.partition("主持召开")
            clauses = before.split("，")
            who = clauses[-1]
            place = _CONVENE_PLACE.match(who)
            if place and (split_title_name(place["who"]) or is_bare_name(place["who"])):
                who = place["who"]
                self.header.place = self.header.place or place["place"]
            person = _person(who)
            if person is None:
                return False
            self._date_from("，".join(clauses[:-1]), line)
            name, _, purpose = after.partition("，")
            self.people.presiders.append(person)
            self._meeting_name(_VERB_TAIL.sub("", name))
            if purpose:
                self.header.purpose = purpose
            return True
        clauses = text.split("，")
        for index, clause in enumerate(clauses):
            match = _CONVENE.match(clause) or _NAME_CONVENED.match(clause)
            if not match or "主持" in clause:
                continue
            org = match.groupdict().get("org") or ""
            if _DATE_PREFIX.match(org):
                date_part, org = _split_date_prefix(org)
                self._date_from(date_part, line)
            name = match["name"]
            if match["place"]:
                self.header.place = self.header.place or match["place"]
            self._date_from("，".join(clauses[:index]), line)
            if org and len(org) <= 6 and _BODY_WORDS.match(org):
                name = org + name
            elif org:
                self.header.organisation = self.header.organisation or org
            self._meeting_name(name)
            rest = clauses[index + 1 :]
            leftovers = []
            for clause_after in rest:
                if not self._presided(clause_after, line):
                    leftovers.append(clause_after)
            if leftovers:
                self.header.purpose = self.header.purpose or "，".join(leftovers)
            return True
        return False

    def _presided(self, text: str, line: Line | None) -> bool:
        match = _PRESIDED_BY.match(text) or _WHO_PRESIDED.match(text)
        if not match:
            return False
        person = _person(match["who"])
        if person is None:
            return False
        self.people.presiders.append(person)
        return True

    def _speaker(self, text: str, line: Line | None) -> bool:
        match = _SPEAKER.match(text)
        if not match:
            return False
        person = _person(match["person"].removeprefix("会上，"))
        if person is None or (not person.title and not self.known_name(person.name)):
            return False
        self.people.speakers.append(
            Speaker(name=person.name, title=person.title, contribution=match["what"])
        )
        return True

    def _attendance(self, text: str, line: Line | None) -> bool:
        match = _ATTEND.match(text)
        if not match or _NOT_PEOPLE.search(match["body"]):
            return False
        if not match["obj"] and len(text) > 40:
            return False
        people = parse_people(match["body"])
        if not people:
            return False
        role = GroupRole.IN_ATTENDANCE if match["verb"] == "列席" else GroupRole.PRESENT
        label = group_label(people)
        self.add_group(role, people, label)
        return True

    def _report(self, text: str, line: Line | None) -> bool:
        match = _REPORT.match(text)
        if match:
            self.body.reports.append(Report(speaker=match["speaker"], subject=match["subject"]))
            return True
        bare = _REPORT_NO_SUBJECT.match(text)
        if bare and not split_title_name(bare["speaker"]):  # 市住建局…作交流发言, not a person
            self.body.reports.append(Report(speaker=bare["speaker"]))
            return True
        heard = _HEARD.match(text)
        if not heard:
            return False
        items = re.split(
            r"的(?:汇报|报告)(?:和|及|以及|，|、)(?=[^，、]{2,40}?关于)", heard["list"]
        )
        reports = [_HEARD_ITEM.match(item) for item in items]
        if not all(reports):
            return False
        for match in reports:
            assert match is not None
            self.body.reports.append(Report(speaker=match["speaker"], subject=match["subject"]))
        return True

    def _requirements(self, text: str, line: Line | None) -> bool:
        match = _REQUIREMENTS.match(text)
        if not match or self.body.requirements_by:
            return False
        self.body.requirements_by = match["by"]
        self.body.requirements_topic = match["topic"]
        return True

    def _format(self, text: str, line: Line | None) -> bool:
        if not (_VIDEO.search(text) or "会场" in text):
            return False
        clauses = text.split("，")
        placed = 0
        for clause in clauses:
            main = _MAIN_VENUE.search(clause)
            branch = _BRANCH_VENUE.search(clause)
            if main:
                self.header.main_venue = _venue(main)
                placed += 1
            elif branch:
                venues = _split_venues(_venue(branch))
                self.header.branch_venues.extend(venues)
                placed += 1
            elif _FORMAT_CLAUSE.match(clause):
                placed += 1
            if _HYBRID.search(clause):
                self.header.format = MeetingFormat.HYBRID
            elif _VIDEO.search(clause) and self.header.format != MeetingFormat.HYBRID:
                self.header.format = MeetingFormat.VIDEO
        if placed != len(clauses):
            return False
        if self.header.branch_venues and self.header.format == MeetingFormat.IN_PERSON:
            self.header.format = MeetingFormat.VIDEO
        self.format_seen = True
        self.close_items()
        return True

    def _purpose(self, text: str, line: Line | None) -> bool:
        if self.header.purpose or self.lead_seen:
            return False
        match = _PURPOSE_SENTENCE.match(text)
        if not match:
            return False
        self.header.purpose = match["purpose"]
        return True

    # header fields found in the body

    def _meeting_name(self, name: str) -> None:
        name = name.strip()
        if not name or self.header.meeting_name:
            return
        self.header.meeting_name = name
        session = _SESSION.search(name)
        if session:
            self.header.session_number = parse_chinese_number(session["n"])
            kind = session["kind"] or ""
            if kind and kind != "会议":
                self.header.meeting_kind = kind

    def _date_from(self, text: str, line: Line | None, explicit: bool = False) -> None:
        if self.date_found is not None and not explicit:
            return
        found = find_dates(text)
        if not found:
            if explicit and line is not None:
                self.warn(line.no, f"no date recognised in “{preview(text)}”")
            return
        first = found[0]
        reference = self.header.published.date() if self.header.published else None
        date = first.resolve(reference)
        if date is None:
            self._undated = (first, line.no if line else None)
        else:
            self.header.date = date
        self.date_found = date or dt.date.min
        start, end = time_range(text[first.end :], first.period)
        self.header.start_time = start or self.header.start_time
        self.header.end_time = end or self.header.end_time

    # -- after the last line -----------------------------------------------------------------

    def _finish(self) -> None:
        header = self.header
        header.locale = "zh_CN"
        undated = getattr(self, "_undated", None)
        if undated is not None and header.date is None:
            found, line_no = undated
            year = _any_year(self.doc)
            date = found.resolve(dt.date(year, 12, 31)) if year else None
            if date is not None and year is not None:
                header.date = dt.date(year, found.month, found.day)
                self.warn(line_no, f"the date has no year: {year} taken from elsewhere in the text")
            else:
                self.warn(
                    line_no,
                    f"the date {found.month}月{found.day}日 has no year and no publication date gives one: date left empty",
                )
        if self.issue_date is not None:
            date, line_no = self.issue_date
            if header.date is None:
                header.date = date
                self.warn(line_no, "meeting date taken from the issuing date")
            elif header.date != date:
                self.warn(
                    line_no, f"issuing date {date:%Y-%m-%d} differs from the meeting date; not kept"
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
            named = _MINUTES_OF.match(self.headline)
            if named and not header.meeting_name:  # 校长办公会议纪要 -> 校长办公会议
                self._meeting_name(named["meeting"])
        if not header.organisation:
            self._infer_organisation()

    def _infer_organisation(self) -> None:
        """市委 in the meeting name + 吕梁 from the paper's name -> 中共吕梁市委 (with a warning)."""
        body = _BODY_WORDS.match(self.header.meeting_name)
        place = _PLACE_FROM_SOURCE.match(self.header.source)
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
            f"organisation guessed as {name} from the meeting name and the source {self.header.source}; check it",
        )


_MINUTES_OF = re.compile(f"^(?P<meeting>[{HAN}0-9（）]{{2,40}}?(?:会议|会))纪要$")
_DATE_PREFIX = re.compile(r"^[^，。]*?[日号](?:上午|下午|晚上|晚|早上|中午)?")


def _split_date_prefix(text: str) -> tuple[str, str]:
    match = _DATE_PREFIX.match(text)
    if not match:
        return "", text
    return match.group(), text[match.end() :]


def _starts_body(text: str) -> bool:
    """The lead or anything after it: prose, a byline, a labelled line or an item."""
    return bool(
        "。" in text
        or len(text) > 60
        or _BYLINE.match(text)
        or _BAOXUN.match(text)
        or _LABEL.match(text)
        or match_marker(text)
        or re.match(r"^[^，]{0,20}[日号](?:上午|下午|晚上|晚)?，", text)
    )


def _person(text: str) -> Person | None:
    text = text.strip()
    split = split_title_name(text)
    if split:
        return Person(name=split[1], title=split[0])
    if is_bare_name(text):
        return Person(name=text)
    return None


def _venue(match: re.Match[str]) -> str:
    return next(v for v in match.groups() if v).strip()


def _split_venues(text: str) -> list[str]:
    return [v.strip() for v in split_outside_parens(text, re.compile("、")) if v.strip()]


def _any_year(doc) -> int | None:
    text = doc.model_dump_json()
    match = re.search(r"(?<!\d)(20\d\d|19\d\d)年", text)
    return int(match.group(1)) if match else None
