"""Dates and times as minutes write them, in Chinese and English.

Chinese: 3月13日, 2024年5月8日下午, 二〇二四年五月八日, 2024-05-08, 下午3时30分, 下午3点半,
14:30. English: 8 May 2024, Tuesday 8th May 2024, May 8, 2024, 08/05/2024, 2.30 pm, 7pm,
19:00. A date without a year keeps ``year=None``; the caller supplies it (from the
publication date) with ``FoundDate.resolve``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TypeVar

from .numerals import parse_chinese_number

_ZH_DIGIT = "〇零○一二三四五六七八九"
_ZH_SMALL = f"(?:\\d{{1,2}}|[{_ZH_DIGIT}十]{{1,3}})"
_PERIOD = r"凌晨|清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|晚间|夜间|晚"

_ZH_DATE = re.compile(
    f"(?:(?P<y>\\d{{4}}|[{_ZH_DIGIT}]{{4}})\\s*年\\s*)?(?P<m>{_ZH_SMALL})\\s*月\\s*"
    f"(?P<d>{_ZH_SMALL})\\s*[日号](?:\\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?)?"
    f"\\s*(?P<period>{_PERIOD})?"
)
_NUMERIC_DATE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})\s*(?P<sep>[-/.])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?![\d])"
)
_DMY_NUMERIC = re.compile(r"(?<![\d./])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?![\d])")

_MONTHS = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = "(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_EN_DMY = re.compile(
    f"\\b{_WEEKDAY}(?:the\\s+)?(?P<d>\\d{{1,2}})(?:st|nd|rd|th)?\\s+(?:of\\s+)?{_MONTH}(?:,?\\s+(?P<y>\\d{{4}}))?\\b",
    re.I,
)
_EN_MDY = re.compile(
    f"\\b{_WEEKDAY}{_MONTH}\\s+(?P<d>\\d{{1,2}})(?:st|nd|rd|th)?(?:,?\\s+(?P<y>\\d{{4}}))?\\b", re.I
)

_ZH_TIME = re.compile(
    f"(?P<period>{_PERIOD})?\\s*(?<![第\\d])(?P<h>\\d{{1,2}}|[{_ZH_DIGIT}十]{{1,3}})\\s*(?P<unit>[时点])(?!钟前)"
    f"(?:\\s*(?P<min>半|\\d{{1,2}}|[{_ZH_DIGIT}十]{{1,3}})\\s*分?)?"
)
_CLOCK = re.compile(
    f"(?P<period>{_PERIOD})?\\s*(?<![\\d.:])(?P<h>[01]?\\d|2[0-3])\\s*[:：]\\s*(?P<min>[0-5]\\d)(?::[0-5]\\d)?"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?(?![\d])",
    re.I,
)
_EN_TIME = re.compile(
    r"(?<![\d.:£$€])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<min>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|\b(?P<noon>noon|midday)\b",
    re.I,
)
_EN_DOT_24H = re.compile(
    r"(?:\bat|\bfrom|\buntil|\bto|time[:：])\s+(?P<h>[01]?\d|2[0-3])\.(?P<min>[0-5]\d)\b", re.I
)
_RANGE_JOINER = re.compile(r"^\s*(?:至|到|[-—–~～]+|to|until|till)\s*$", re.I)


@dataclass(frozen=True, slots=True)
class FoundDate:
    year: int | None
    month: int
    day: int
    start: int
    end: int
    period: str = ""  # 上午 / 下午 … right after a Chinese date
    month_first: bool = False  # written "May 8, 2024" (American order)

    def resolve(self, reference: dt.date | None) -> dt.date | None:
        """The date, taking a missing year from ``reference`` (a publication date)."""
        year = self.year
        if year is None:
            if reference is None:
                return None
            year = reference.year
            candidate = _safe_date(year, self.month, self.day)
            # A report published in early January about a meeting on 30 December.
            if candidate is not None and candidate > reference + dt.timedelta(days=60):
                year -= 1
        return _safe_date(year, self.month, self.day)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[FoundDate]:
    """Every date in ``text`` in reading order (overlapping forms are reported once)."""
    found = [
        *_numeric_dates(text),
        *_chinese_dates(text),
        *_english_dates(text),
        *_day_month_year(text),
    ]
    return _first_of_overlaps([f for f in found if _safe_date(f.year or 2000, f.month, f.day)])


def _numeric_dates(text: str) -> list[FoundDate]:
    """2024-05-08, 2024/5/8, 2024.5.8."""
    return [
        FoundDate(int(match["y"]), int(match["m"]), int(match["d"]), match.start(), match.end())
        for match in _NUMERIC_DATE.finditer(text)
    ]


def _day_month_year(text: str) -> list[FoundDate]:
    """08/05/2024: day first, unless only month first makes a date (05/13/2024)."""
    found = []
    for match in _DMY_NUMERIC.finditer(text):
        a, b = int(match["a"]), int(match["b"])
        day, month, month_first = (a, b, False) if a > 12 or b <= 12 else (b, a, True)
        found.append(
            FoundDate(
                int(match["y"]), month, day, match.start(), match.end(), month_first=month_first
            )
        )
    return found


def _chinese_dates(text: str) -> list[FoundDate]:
    """2024年5月8日下午, 二〇二四年五月八日, 3月13日 (with the period written after it)."""
    found = []
    for match in _ZH_DATE.finditer(text):
        month = parse_chinese_number(match["m"])
        day = parse_chinese_number(match["d"])
        year = parse_chinese_number(match["y"]) if match["y"] else None
        if month and day and 1 <= month <= 12 and 1 <= day <= 31:
            found.append(
                FoundDate(year, month, day, match.start(), match.end(), match["period"] or "")
            )
    return found


def _english_dates(text: str) -> list[FoundDate]:
    """8 May 2024, Tuesday 8th May, May 8, 2024 (month first)."""
    found = []
    for pattern, month_first in ((_EN_DMY, False), (_EN_MDY, True)):
        for match in pattern.finditer(text):
            if not match["y"] and match["mon"] == "may":
                continue  # "we may 5 …": a verb; "by 30 May" is a date
            year = int(match["y"]) if match["y"] else None
            month = _MONTHS[match["mon"].lower()]
            found.append(
                FoundDate(
                    year, month, int(match["d"]), match.start(), match.end(), month_first=month_first
                )
            )
    return found


@dataclass(frozen=True, slots=True)
class FoundTime:
    time: dt.time
    start: int
    end: int


_Found = TypeVar("_Found", FoundDate, FoundTime)


def _first_of_overlaps(found: list[_Found]) -> list[_Found]:
    """In reading order, the longest form at each place; forms overlapping it are dropped."""
    found.sort(key=lambda f: (f.start, -f.end))
    out: list[_Found] = []
    for item in found:
        if not out or item.start >= out[-1].end:
            out.append(item)
    return out


def _hour(value: int, period: str, ampm: str) -> int | None:
    ampm = ampm.lower()
    if ampm == "p" and value < 12:
        value += 12
    elif ampm == "a" and value == 12:
        value = 0
    elif period in ("下午", "午后", "傍晚", "晚上", "晚间", "夜间", "晚") and value < 12:
        value += 12
    elif period == "中午" and value < 6:
        value += 12
    return value if 0 <= value <= 23 else None


def find_times(text: str, period: str = "") -> list[FoundTime]:
    """Clock times in ``text``; ``period`` (下午 after a date) applies until one is written."""
    found, period = _chinese_times(text, period)
    found += _clock_times(text, period)
    found += _english_times(text)
    return _first_of_overlaps(found)


def _chinese_times(text: str, period: str) -> tuple[list[FoundTime], str]:
    """下午3时30分, 三点半; and the period in force after the last of them."""
    found = []
    for match in _ZH_TIME.finditer(text):
        hour_value = parse_chinese_number(match["h"])
        minute_text = match["min"] or "0"
        minute = 30 if minute_text == "半" else parse_chinese_number(minute_text)
        current = match["period"] or period
        if hour_value is None or minute is None or minute > 59:
            continue
        if match["unit"] == "点" and not (match["period"] or match["min"]):
            continue  # "3点意见": 点 is a time only with 下午 or minutes
        hour = _hour(hour_value, current, "")
        if hour is not None:
            found.append(FoundTime(dt.time(hour, minute), match.start(), match.end()))
            period = current
    return found, period


def _clock_times(text: str, period: str) -> list[FoundTime]:
    """14:30, 下午3:30, 2:30 pm."""
    found = []
    for match in _CLOCK.finditer(text):
        current = match["period"] or period
        hour = _hour(int(match["h"]), current, match["ampm"] or "")
        if hour is not None:
            found.append(FoundTime(dt.time(hour, int(match["min"])), match.start(), match.end()))
    return found


def _english_times(text: str) -> list[FoundTime]:
    """7pm, 2.30 p.m., noon, and "at 19.00" (a 24-hour time with a dot after a preposition)."""
    found = []
    for match in _EN_TIME.finditer(text):
        if match["noon"]:
            found.append(FoundTime(dt.time(12, 0), match.start(), match.end()))
            continue
        hour = _hour(int(match["h"]), "", match["ampm"])
        if hour is not None:
            minute = int(match["min"] or 0)
            found.append(FoundTime(dt.time(hour, minute), match.start(), match.end()))
    for match in _EN_DOT_24H.finditer(text):
        time = dt.time(int(match["h"]), int(match["min"]))
        found.append(FoundTime(time, match.start("h"), match.end()))
    return found


def time_range(text: str, period: str = "") -> tuple[dt.time | None, dt.time | None]:
    """Start and end time: the first time, and a second one joined to it by 至 / - / to."""
    times = find_times(text, period)
    if not times:
        return None, None
    first = times[0]
    if len(times) > 1 and _RANGE_JOINER.match(text[first.end : times[1].start]):
        end = times[1].time
        if end < first.time and end.hour < 12 and first.time.hour >= 12:
            end = end.replace(hour=end.hour + 12)  # 下午3时至5时: the period carries over
        return first.time, end
    return first.time, None


_PUBLISHED = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?P<h>\d{1,2})\s*[:：时]\s*(?P<min>\d{1,2})(?:\s*[:：分]\s*(?P<s>\d{1,2}))?)?"
)


def parse_published(text: str) -> dt.datetime | None:
    """A web page's 更新时间 / 发布时间: 2020-03-14 11:30:53, 2020年03月14日 11:30."""
    match = _PUBLISHED.search(text)
    if not match:
        return None
    try:
        return dt.datetime(
            int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            int(match["h"] or 0),
            int(match["min"] or 0),
            int(match["s"] or 0),
        )
    except ValueError:
        return None
