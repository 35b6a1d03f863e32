"""Numbers as they are printed: Chinese (一 … 十 … 十一 … 二十三 … 一百零五) and English
ordinals, and the numbering plan of each document style (which parts take which number).

Numbers are always derived from position; nothing here is stored. Pure Python: the rendering
pass, the editor's list of sections, ``minutes show`` and the importers all read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .document import DocumentStyle, MeetingDocument, Report, Section, SubItem
from .text import clean_text

_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def chinese_number(n: int) -> str:
    """Chinese numeral for 0 <= n < 100_000_000 in the forms used in headings (十一, 二十三)."""
    if n < 0 or n >= 100_000_000:
        raise ValueError(f"cannot write {n} as a Chinese numeral")
    if n < 10_000:
        text = _below_10000(n)
        return text[1:] if text.startswith("一十") else text  # 十一, not 一十一
    high, low = divmod(n, 10_000)
    text = _below_10000(high) + "万"
    if low:
        text += ("零" if low < 1000 else "") + _below_10000(low)
    return text[1:] if text.startswith("一十") else text


def _below_10000(n: int) -> str:
    if n == 0:
        return _DIGITS[0]
    out, zero = "", False
    for value, unit in _UNITS:
        digit, n = divmod(n, value)
        if digit:
            out += ("零" if zero and out else "") + _DIGITS[digit] + unit
            zero = False
        elif out:
            zero = True
    if n:
        out += ("零" if zero and out else "") + _DIGITS[n]
    return out


_ENGLISH_ORDINAL_WORDS = (
    "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
    "Eleventh", "Twelfth",
)


def english_ordinal_word(n: int) -> str:
    """First, Second … Twelfth, then 13th, 21st, 102nd (words past twelve read badly)."""
    if 1 <= n <= len(_ENGLISH_ORDINAL_WORDS):
        return _ENGLISH_ORDINAL_WORDS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def latin_letter(n: int) -> str:
    """a, b … z, aa, ab … (spreadsheet-style) for English sub-items (a), (b)."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


class NumberStyle(StrEnum):
    ZH_SHI = "zh_shi"  # 一是
    ZH_DUN = "zh_dun"  # 一、
    ZH_PAREN = "zh_paren"  # （一）
    ZH_DI = "zh_di"  # 第一，
    ARABIC_DOT = "arabic_dot"  # 1.
    ARABIC_PAREN = "arabic_paren"  # （1） in Chinese text, (1) in English
    LETTER_PAREN = "letter_paren"  # (a)
    EN_WORD = "en_word"  # First,


def format_number(n: int, style: NumberStyle, *, chinese_text: bool = True) -> str:
    """The printed label for item ``n`` (1-based) in ``style``, including its punctuation."""
    if n < 1:
        raise ValueError("items are numbered from 1")
    match style:
        case NumberStyle.ZH_SHI:
            return f"{chinese_number(n)}是"
        case NumberStyle.ZH_DUN:
            return f"{chinese_number(n)}、"
        case NumberStyle.ZH_PAREN:
            return f"（{chinese_number(n)}）"
        case NumberStyle.ZH_DI:
            return f"第{chinese_number(n)}，"
        case NumberStyle.ARABIC_DOT:
            return f"{n}."
        case NumberStyle.ARABIC_PAREN:
            return f"（{n}）" if chinese_text else f"({n})"
        case NumberStyle.LETTER_PAREN:
            return f"({latin_letter(n)})"
        case NumberStyle.EN_WORD:
            return f"{english_ordinal_word(n)},"
    raise ValueError(f"unknown number style {style!r}")


# The numbering plan ------------------------------------------------------------------------
# One place says which sections print with which number, so that the rendering pass, the
# editor's list of sections, ``minutes show`` and the importers cannot disagree.


def section_has_content(section: Section) -> bool:
    """Empty sections (just added in the editor) are skipped and take no number."""
    return bool(
        clean_text(section.heading).strip()
        or clean_text(section.body).strip()
        or section.sub_items
        or section.motions
        or section.actions
    )


def sub_item_has_content(sub: SubItem) -> bool:
    """Empty sub-items are skipped and take no number."""
    return bool(clean_text(sub.heading).strip().rstrip("。.") or clean_text(sub.body).strip())


def report_prints(report: Report) -> bool:
    """A report with neither speaker nor subject prints nothing."""
    return bool(clean_text(report.speaker).strip() or clean_text(report.subject).strip())


@dataclass(frozen=True)
class NumberingPlan:
    """How one document style numbers its sections and their sub-items, in Chinese and in
    English text. ``reports_item``: the reports heard are the first numbered item when there
    are any (board minutes: "1. Reports", then the sections from 2)."""

    section_zh: NumberStyle
    section_en: NumberStyle
    sub_item_zh: NumberStyle
    sub_item_en: NumberStyle
    reports_item: bool = False

    def section_style(self, chinese: bool) -> NumberStyle:
        return self.section_zh if chinese else self.section_en

    def sub_item_style(self, chinese: bool) -> NumberStyle:
        return self.sub_item_zh if chinese else self.sub_item_en

    def first_section(self, doc: MeetingDocument) -> int:
        """The number of the first printed section."""
        if self.reports_item and any(report_prints(r) for r in doc.body.reports):
            return 2
        return 1

    def sections(self, doc: MeetingDocument) -> list[tuple[int, int, Section]]:
        """The sections that print, as (number, index in the draft, section)."""
        kept = [(i, s) for i, s in enumerate(doc.body.sections) if section_has_content(s)]
        first = self.first_section(doc)
        return [(n, i, s) for n, (i, s) in enumerate(kept, start=first)]

    def section_labels(self, doc: MeetingDocument, chinese: bool) -> dict[int, str]:
        """The printed number of each section that prints, by its index in the draft."""
        style = self.section_style(chinese)
        return {i: format_number(n, style, chinese_text=chinese) for n, i, _s in self.sections(doc)}

    def sub_items(self, section: Section) -> list[tuple[int, int, SubItem]]:
        """The sub-items that print, as (number, index in the section, sub-item)."""
        kept = [(j, sub) for j, sub in enumerate(section.sub_items) if sub_item_has_content(sub)]
        return [(m, j, sub) for m, (j, sub) in enumerate(kept, start=1)]


NUMBERING_PLANS: dict[str, NumberingPlan] = {
    # 纪要: 一、 headings with （一） sub-items; in English 1. and (a).
    DocumentStyle.JIYAO: NumberingPlan(
        NumberStyle.ZH_DUN, NumberStyle.ARABIC_DOT, NumberStyle.ZH_PAREN, NumberStyle.LETTER_PAREN
    ),
    # News reports number in the paragraph: 一是…… 第一，……; First, … (a) ….
    DocumentStyle.NEWS: NumberingPlan(
        NumberStyle.ZH_SHI, NumberStyle.EN_WORD, NumberStyle.ZH_DI, NumberStyle.LETTER_PAREN
    ),
    # Board minutes number every item of business, the reports heard included.
    DocumentStyle.BOARD: NumberingPlan(
        NumberStyle.ZH_DUN,
        NumberStyle.ARABIC_DOT,
        NumberStyle.ZH_PAREN,
        NumberStyle.LETTER_PAREN,
        reports_item=True,
    ),
}


def numbering_plan(style: str) -> NumberingPlan:
    """The plan of a document style (a registered export style may add its own)."""
    return NUMBERING_PLANS[style]
