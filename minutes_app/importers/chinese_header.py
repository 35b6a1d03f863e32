"""The header zone of a Chinese report or 纪要, and the header facts settled after the last line.

The headline, the web page's 来源/发布时间 line, 第X期 and 纪要 marks, the issuing office and
its date, the byline and deck lines, up to the lead where the body starts. After the last line:
the year of an undated meeting, the issuing date checked against the meeting date, the style
(纪要 or news report), the title and a guessed organisation.
"""

from __future__ import annotations

import datetime as dt
import re

from .chinese_labelled import ChineseLabelledLines
from .chinese_patterns import (
    BAOXUN,
    BODY_WORDS,
    BYLINE,
    DATE_LINE,
    ISSUE,
    JIYAO_MARK,
    LABEL,
    META_LABEL,
    META_STRONG,
    MINUTES_OF,
    ORG_LINE,
    PLACE_FROM_SOURCE,
    SESSION_LINE,
    STANDALONE_BYLINE,
)
from .dates import find_dates, parse_published
from .lines import Line
from .numerals import parse_chinese_number
from .outline import match_marker
from .result import N_, preview


class ChineseHeaderZone(ChineseLabelledLines):
    """The lines above the lead, and what the whole text says about the header at the end."""

    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.headline = ""
        self.headline_line = 0
        self.has_news_mark = False  # a byline or a 来源 line
        self.issue_date: tuple[dt.date, int] | None = None  # beside the issuing office

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
