"""Numbered items in every common form, and how they nest.

A paragraph may open with 一是 / 第一， / 一、 / （一） / 1. / 1、 / （1） / (a) / ① / 1.1 /
First, / Item 1:. The first form met becomes the top level (sections), the next new form the
second level (sub-items); deeper levels stay in the text. A form only counts when its number
continues the sequence (or starts a new one at 1), so "2024年…" or a stray "3." in prose is
not an item. 一是…二是… and 第一，…第二，… also run inside one paragraph; they are split at
markers that follow a clause boundary and continue the count.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from .numerals import CHINESE_NUMERAL_CHARS, circled_value, parse_chinese_number

_ZH = f"[{CHINESE_NUMERAL_CHARS}]{{1,8}}"  # up to 九千九百九十九


class Form(StrEnum):
    ZH_SHI = "一是"
    ZH_YAO = "一要"
    ZH_FIRST = "首先，"  # 首先 / 其次 / 再次 / 最后, only when at least two stand in parallel
    ZH_DI = "第一，"
    ZH_DUN = "一、"
    ZH_PAREN = "（一）"
    ARABIC_DOT = "1."
    ARABIC_PAREN = "（1）"
    ARABIC_HALF_PAREN = "1)"
    CIRCLED = "①"
    DECIMAL = "1.1"
    LETTER = "(a)"
    ROMAN = "I."
    EN_WORD = "First,"
    ITEM = "Item 1"
    MINUTE = "2403-01"  # a council's running minute reference: 1234, 25/03, 2403-01, Minute 12/24
    HEADING = "Old Business"  # an unnumbered heading line of minutes that number nothing


# Forms numbered by reference, not from 1: each one only has to be higher than the last.
REF_FORMS = (Form.MINUTE, Form.ITEM)


_ORDINAL_WORDS = {
    w: i
    for i, ws in enumerate(
        (
            ("first", "firstly"),
            ("second", "secondly"),
            ("third", "thirdly"),
            ("fourth", "fourthly"),
            ("fifth", "fifthly"),
            ("sixth", "sixthly"),
            ("seventh", "seventhly"),
            ("eighth", "eighthly"),
            ("ninth", "ninthly"),
            ("tenth", "tenthly"),
        ),
        start=1,
    )
    for w in ws
}
_ROMAN_VALUES = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
    "XI": 11,
    "XII": 12,
}

# (form, pattern); the pattern's "n" group is the number, "rest" what follows the marker.
_SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": 0}  # 最后: whatever comes next

_PATTERNS: tuple[tuple[Form, re.Pattern[str]], ...] = (
    (Form.ZH_SHI, re.compile(f"^(?P<n>{_ZH})是(?P<rest>.*)$", re.S)),
    (Form.ZH_YAO, re.compile(f"^(?P<n>{_ZH})要(?![求素点])(?P<rest>.*)$", re.S)),
    (Form.ZH_FIRST, re.compile("^(?P<n>首先|其次|再次|最后)[，,：:](?P<rest>.*)$", re.S)),
    (
        Form.ZH_DI,
        # 第一， / 第一条 / 第一要 (run together, as 一要: the 要 stays with the marker)
        re.compile(
            f"^第(?P<n>{_ZH})(?:[，,、：:]|(?:项|条|点)[，,、：:]?|要(?![求素点务]))\\s*(?P<rest>.*)$",
            re.S,
        ),
    ),
    (Form.ZH_DUN, re.compile(f"^(?P<n>{_ZH})\\s*[、．.]\\s*(?P<rest>.*)$", re.S)),
    (
        Form.ZH_PAREN,
        re.compile(f"^[（(]\\s*(?P<n>{_ZH})\\s*[)）]\\s*[、.．]?\\s*(?P<rest>.*)$", re.S),
    ),
    (
        Form.MINUTE,
        re.compile(
            r"^(?P<n>(?:[Mm]inute\s+)?(?:\d{2,4}[/-]\d{1,3}(?:[/-]\d{1,3})?|\d{3,4}(?=\s+[A-Z])))"
            r"\.?\s*[.:–—-]?\s+(?P<rest>[A-Z(“\"'].*)$",
            re.S,
        ),
    ),
    (
        Form.DECIMAL,
        re.compile(
            r"^(?P<parent>\d{1,4})\.(?P<n>\d{1,4})\.?(?![\d亿万千百元%倍个])\s*(?P<rest>.*)$", re.S
        ),
    ),
    (Form.ARABIC_DOT, re.compile(r"^(?P<n>\d{1,4})\s*(?:[.．](?!\d)|、)\s*(?P<rest>.*)$", re.S)),
    (Form.ARABIC_PAREN, re.compile(r"^[（(]\s*(?P<n>\d{1,4})\s*[)）]\s*(?P<rest>.*)$", re.S)),
    (Form.ARABIC_HALF_PAREN, re.compile(r"^(?P<n>\d{1,4})[)）]\s*(?P<rest>.*)$", re.S)),
    (Form.CIRCLED, re.compile(r"^(?P<n>[①-⑳])\s*(?P<rest>.*)$", re.S)),
    (
        Form.LETTER,
        re.compile(r"^(?:[（(](?P<n>[a-z])[)）]|(?P<n2>[a-z])[).])\s*(?P<rest>.*)$", re.S),
    ),
    (Form.ROMAN, re.compile(r"^(?P<n>(?:X{0,1}(?:IX|IV|V?I{0,3})))\.\s+(?P<rest>.*)$", re.S)),
    (
        Form.EN_WORD,
        re.compile("^(?P<n>" + "|".join(_ORDINAL_WORDS) + r")\s*[,:]\s*(?P<rest>.*)$", re.S | re.I),
    ),
    (
        Form.ITEM,
        re.compile(
            r"^(?:agenda\s+)?item\s+(?P<n>\d{1,4})\s*[.:：–—-]?\s*(?P<rest>.*)$|"
            f"^议题(?P<zn>{_ZH}|\\d{{1,3}})\\s*[：:、.]?\\s*(?P<zrest>.*)$",
            re.S | re.I,
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Marker:
    form: Form
    number: int
    rest: str  # the text after the marker
    marker: str  # the marker as written ("一是", "（二）")
    parent: int | None = None  # 2 in "2.3"


# Every marker starts with one of these; prose lines fail this one test and skip the rest.
_MARKER_START = re.compile(
    f"[{CHINESE_NUMERAL_CHARS}第议首其再最（(①-⑳0-9]|[a-zA-Z][.)]|[IVX]+\\.|"
    "(?i:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|item|agenda|minute )"
)


def match_marker(text: str) -> Marker | None:
    """The item marker that opens ``text``, if any."""
    if not _MARKER_START.match(text):
        return None
    for form, pattern in _PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groupdict()
        raw = groups.get("n") or groups.get("n2") or groups.get("zn") or ""
        rest = groups.get("rest")
        if rest is None:
            rest = groups.get("zrest") or ""
        number = _number(form, raw)
        if number is None or number < (0 if form is Form.ZH_FIRST else 1):
            continue
        if form is Form.ROMAN and not raw:
            continue
        if form is Form.ARABIC_DOT and _looks_like_date_or_amount(rest):
            continue
        parent = int(groups["parent"]) if groups.get("parent") else None
        return Marker(form, number, rest.strip(), text[: len(text) - len(rest)].strip(), parent)
    return None


def _number(form: Form, raw: str) -> int | None:
    if form is Form.CIRCLED:
        return circled_value(raw)
    if form is Form.LETTER:
        return ord(raw) - ord("a") + 1
    if form is Form.ROMAN:
        return _ROMAN_VALUES.get(raw)
    if form is Form.EN_WORD:
        return _ORDINAL_WORDS[raw.lower()]
    if form is Form.ZH_FIRST:
        return _SEQUENCE_WORDS[raw]
    if form is Form.MINUTE:
        return int(re.sub(r"\D", "", raw))
    return parse_chinese_number(raw)


def _looks_like_date_or_amount(rest: str) -> bool:
    # "3. 5亿元" or "12、13日" are not items.
    return bool(re.match(r"^\d", rest))


@dataclass
class Outline:
    """The stack of forms seen so far and the last number at each level."""

    forms: list[Form] = field(default_factory=list)
    counts: list[int] = field(default_factory=list)

    def place(self, marker: Marker) -> int | None:
        """The depth ``marker`` goes to (0 = section), or None when it breaks the sequence."""
        if marker.form in REF_FORMS:
            return self._place_ref(marker)
        if marker.form in self.forms:
            depth = self.forms.index(marker.form)
            if marker.number == 0:  # 最后: the next one
                marker = Marker(marker.form, self.counts[depth] + 1, marker.rest, marker.marker)
            if marker.number != self.counts[depth] + 1:
                return None
            if (
                marker.form is Form.DECIMAL
                and depth > 0
                and marker.parent != self.counts[depth - 1]
            ):
                return None
            del self.forms[depth + 1 :], self.counts[depth + 1 :]
            self.counts[depth] = marker.number
            return depth
        if marker.number != 1:
            return None
        if marker.form is Form.DECIMAL and (not self.counts or marker.parent != self.counts[-1]):
            return None
        self.forms.append(marker.form)
        self.counts.append(1)
        return len(self.forms) - 1

    def _place_ref(self, marker: Marker) -> int | None:
        """Minute references go up, not one by one (2403-01, 2403-02, 2404-01): any higher
        reference is the next item; the first may be anything."""
        if marker.form in self.forms:
            depth = self.forms.index(marker.form)
            if marker.number <= self.counts[depth]:
                return None
            del self.forms[depth + 1 :], self.counts[depth + 1 :]
            self.counts[depth] = marker.number
            return depth
        if self.forms:  # a reference form below another list is not a sub-item form
            return None
        self.forms.append(marker.form)
        self.counts.append(marker.number)
        return 0

    @property
    def top(self) -> Form | None:
        return self.forms[0] if self.forms else None


# Lists written as running prose: paragraphs between their items belong to the item before.
INLINE_FORMS = (Form.ZH_SHI, Form.ZH_YAO, Form.ZH_DI, Form.ZH_FIRST)
# Forms also found inside a paragraph: "会议研究了以下事项：①…；②…", "会议要求：（1）…；（2）…",
# "会议议定：1、…；2、…".
IN_PARAGRAPH_FORMS = (*INLINE_FORMS, Form.CIRCLED, Form.ZH_PAREN, Form.ARABIC_PAREN, Form.ARABIC_DOT)
# Forms that open a list inside a paragraph only when a second item follows (首先 alone is
# a sentence; a lone ① may be a footnote mark, a lone "1、" a reference).
PAIRED_FORMS = (Form.ZH_FIRST, Form.CIRCLED, Form.ZH_PAREN, Form.ARABIC_PAREN, Form.ARABIC_DOT)
# In-paragraph forms read as sub-items of a heading form's item (一、 … （一）…；（二）…).
SUB_ITEM_INLINE_FORMS = (Form.ZH_PAREN, Form.ARABIC_PAREN, Form.CIRCLED, Form.ARABIC_DOT)
# Where a bracketed or Arabic number starts an item inside a paragraph: after a colon, a full
# stop or a semicolon (after a comma, "增长，1.5倍" or "…，2、3号泵站" are not items).
_ITEM_BOUNDARY = "(?:(?<=^)|(?<=[：:；;。！？\\s]))"
_INLINE = {
    Form.ZH_SHI: re.compile(f"(?:(?<=^)|(?<=[，,。；;：:！？、\\s”’）)]))(?P<n>{_ZH})是"),
    Form.ZH_YAO: re.compile(f"(?:(?<=^)|(?<=[，,。；;：:！？\\s”’）)]))(?P<n>{_ZH})要(?![求素点])"),
    Form.ZH_FIRST: re.compile(
        "(?:(?<=^)|(?<=[，,。；;：:！？\\s”’）)]))(?P<n>首先|其次|再次|最后)[，,：:]"
    ),
    Form.ZH_DI: re.compile(
        f"(?:(?<=^)|(?<=[，,。；;：:！？\\s”’）)]))第(?P<n>{_ZH})(?:[，,、：:]|要(?![求素点务]))"
    ),
    Form.CIRCLED: re.compile("(?P<n>[①-⑳])"),
    Form.ZH_PAREN: re.compile(f"{_ITEM_BOUNDARY}[（(](?P<n>{_ZH})[)）]"),
    Form.ARABIC_PAREN: re.compile(f"{_ITEM_BOUNDARY}[（(](?P<n>\\d{{1,2}})[)）]"),
    Form.ARABIC_DOT: re.compile(f"{_ITEM_BOUNDARY}(?P<n>\\d{{1,2}})(?:、|[.．](?!\\d))"),
}

# A character every marker of the form holds, found with one C-level scan before the pattern
# (whose look-behind is tried at every position of a long paragraph).
_INLINE_HINT: dict[Form, Callable[[str], object]] = {
    Form.ZH_SHI: lambda text: "是" in text,
    Form.ZH_YAO: lambda text: "要" in text,
    Form.ZH_DI: lambda text: "第" in text,
    Form.ZH_FIRST: re.compile("首先|其次|再次|最后").search,
    Form.CIRCLED: re.compile("[①-⑳]").search,
    Form.ZH_PAREN: lambda text: "（" in text or "(" in text,
    Form.ARABIC_PAREN: lambda text: "（" in text or "(" in text,
    Form.ARABIC_DOT: re.compile(r"\d[、.．]").search,
}


def split_inline(text: str, form: Form, next_number: int) -> list[tuple[int, int]]:
    """Offsets of in-paragraph markers of ``form`` numbered next_number, +1, +2 …

    Returns (number, offset) pairs. A restart at 一 that is not expected means a nested list
    inside the current item: splitting stops there.
    """
    if not _INLINE_HINT[form](text):  # most paragraphs hold no marker of most forms
        return []
    out: list[tuple[int, int]] = []
    expected = next_number
    for match in _INLINE[form].finditer(text):
        if form is Form.ZH_FIRST:
            number = _SEQUENCE_WORDS[match["n"]] or expected
        elif form is Form.CIRCLED:
            number = circled_value(match["n"]) or 0
        elif form in (Form.ARABIC_PAREN, Form.ARABIC_DOT):
            number = int(match["n"])
        else:
            number = parse_chinese_number(match["n"])
        if number == expected:
            out.append((number, match.start()))
            expected += 1
        elif number == 1:
            break
    return out


_ZH_STOPS = "。！？!?"
_OPENERS = "“‘「『《（(【"
_CLOSERS = "”’」』》）)】"


_STOP_OR_OPENER = re.compile(f"[{_ZH_STOPS}{re.escape(_OPENERS)}]")


def first_sentence_end(text: str) -> int:
    """Index of the first 。！？ outside quotes and brackets, or -1."""
    first = _STOP_OR_OPENER.search(text)  # the usual case: a stop before any quote
    if first is None:
        return -1
    if first.group() in _ZH_STOPS:
        return first.start()
    depth = 0
    for index, ch in enumerate(text):
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif ch in _ZH_STOPS and depth == 0:
            return index
    return -1


def split_sentences(text: str) -> list[str]:
    """Chinese sentences, each with its stop; quotes and brackets are kept whole."""
    out: list[str] = []
    while text:
        end = first_sentence_end(text)
        if end < 0:
            out.append(text)
            break
        while end + 1 < len(text) and text[end + 1] in _ZH_STOPS + "”’」』":
            end += 1
        out.append(text[: end + 1])
        text = text[end + 1 :].lstrip()
    return out


_HEADING_END = re.compile("[；;：:]")


def heading_and_body(rest: str) -> tuple[str, str]:
    """Chinese item text -> (heading phrase, body): the heading runs to the first 。 or ；/：
    (the stop goes, the export prints its own); ！？ stay with the heading."""
    end = first_sentence_end(rest)
    clause = _HEADING_END.search(rest, 0, end if end >= 0 else len(rest))
    if clause and _balanced(rest[: clause.start()]):
        return rest[: clause.start()].strip(), rest[clause.end() :].strip()
    if end < 0:  # "一是抓好春耕生产，二是…": the comma before the next item goes too
        return rest.strip().rstrip("，,、"), ""
    stop = rest[end]
    heading = rest[:end] if stop == "。" else rest[: end + 1]
    return heading.strip(), rest[end + 1 :].strip()


def _balanced(text: str) -> bool:
    return sum(text.count(c) for c in _OPENERS) == sum(text.count(c) for c in _CLOSERS)


_EN_HEAD_SEP = re.compile(r"\s+[–—-]\s+|:\s+")
_EN_SENTENCE_END = re.compile(r"(?<=[a-z0-9)\]’'\"”])[.!?](?=\s+[A-Z“\"(]|\s*$)")


def english_heading_and_body(rest: str) -> tuple[str, str]:
    """ "Finance – The Treasurer reported…" / "Minutes of the last meeting" / one sentence."""
    rest = rest.strip()
    sep = _EN_HEAD_SEP.search(rest)
    if sep and sep.start() <= 60 and len(rest[: sep.start()].split()) <= 8:
        after = rest[sep.end() :].strip()
        # "Finance – The Treasurer reported …": a sentence follows; "Roof: award of contract"
        # is one heading.
        if after[:1].isupper() and (after.endswith((".", "!", "?")) or len(after) > 60):
            return rest[: sep.start()].strip(), after
    end = _EN_SENTENCE_END.search(rest)
    if end is None:
        return rest.rstrip("."), ""
    if end.end() >= len(rest.rstrip()):  # a single sentence: a heading only when it is short
        if len(rest.split()) <= 8 and "," not in rest:
            return rest[: end.start()], ""
        return "", rest
    if end.start() <= 80:
        return rest[: end.start()], rest[end.end() :].strip()
    return "", rest
