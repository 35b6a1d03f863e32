"""Raw text -> numbered, normalised lines.

Normalisation makes pasted web and word-processor text look like a clean draft: Windows line
endings, full-width letters and digits, stray zero-width characters and runs of blank lines are
evened out, and the half-width punctuation that web pages mix into Chinese prose (``,`` ``(``
``)`` ``:`` ``;``) becomes full-width, as in the seed's clean draft. Numbers keep their own
punctuation (``1,000``, ``11:30``, ``3.5``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.text import clean_text
from .outline import match_marker


@dataclass(slots=True)
class Line:
    no: int  # 1-based line of the source text
    text: str
    blank_before: bool = False  # a blank line (or the start of the text) precedes it
    indented: bool = False  # began with spaces: a paragraph start in wrapped Chinese text
    width: int = 0  # display columns of the line as written (CJK counts two): finds wrapping


# Lines are numbered as editors number them (\n, \r\n, \r); the other separators are soft
# breaks inside a line (a pasted Word line break, a form feed) and keep its number.
_LINE_BREAK = re.compile(r"\r\n|[\n\r]")
_INDENT = (" ", "\t", "\u3000", "\u00a0")
_SOFT_BREAK = re.compile("[\v\f\x1c-\x1e\x85\u2028\u2029]")
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
_FULL_WIDTH_ALNUM = str.maketrans(
    {
        chr(c): chr(c - 0xFEE0)
        for c in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]
    }
)
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RE = re.compile(f"[{_HAN}]")
LATIN_RE = re.compile("[A-Za-z]")
_SPACES = re.compile("[ \t\u3000\u00a0\u2002-\u200a\u202f\u205f]+")
_CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』—…·"
# Whitespace between two CJK characters separates phrases (deck lines, 来源 … 更新时间):
# it becomes one ideographic space. Next to CJK punctuation it is noise.
_SPACE_BETWEEN_HAN = re.compile(f"(?<=[{_HAN}])[ \u3000]+(?=[{_HAN}])")
_SPACE_NEAR_PUNCT = re.compile(f" *([{_CJK_PUNCT}]) *")
# "第 5 期", "2024 年 5 月": spaces typed around numbers inside a Chinese phrase.
_SPACE_HAN_DIGIT = re.compile(
    r"(?<=[第共计约近达年月])\s+(?=\d)|(?<=\d)\s+(?=[年月日时点分号期次届条项个名位元万亿倍])"
)
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")
_COLON = re.compile(r"(?<!\d):|:(?!\d)")
_PAREN_GROUP = re.compile(r"[(（]([^()（）]{0,200})[)）]")
_DOT_STOP = re.compile(f"(?<=[{_HAN}”）%])\\.(?=$|\\s|[{_HAN}“（])")
_URL = re.compile(r"[a-z]+://\S+|www\.\S+", re.I)
_HALF_PUNCT = str.maketrans({";": "；", "?": "？", "!": "！"})


def split_lines(text: str) -> list[Line]:
    """Non-blank normalised lines with their source line numbers."""
    out: list[Line] = []
    blank = True
    for index, raw in enumerate(_LINE_BREAK.split(text), start=1):
        parts = join_broken(_SOFT_BREAK.split(raw)) if _SOFT_BREAK.search(raw) else [raw]
        for part in parts:
            line = normalise_line(part)
            if not line:
                blank = True
                continue
            raw = part.rstrip()
            # Display columns: a CJK character is 3 bytes in UTF-8 and 2 columns wide, ASCII 1 and
            # 1, so (bytes + characters) / 2 counts columns in one C call.
            columns = (len(raw.encode("utf-8", "surrogatepass")) + len(raw)) // 2
            out.append(Line(index, line, blank, part[:1] in _INDENT, columns))
            blank = False
    return out


def is_chinese(text: str, sample_size: int = 400) -> bool:
    """Han characters, at least one for every four Latin letters, in the first ``sample_size``
    characters (a line's language shows in its first few hundred)."""
    sample = text[:sample_size]
    if HAN_RE.search(sample) is None:
        return False
    latin = len(LATIN_RE.findall(sample))
    return not latin or len(HAN_RE.findall(sample)) >= latin / 4


# Each normalisation step runs only when the line holds something it changes: most lines of a
# clean text hold nothing, and a 1000-section report has thousands of lines (issue 6).
_NEEDS_WIDTH = re.compile(
    "[\u200b-\u200d\u2060\ufeff\u00ad\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
)
_NEEDS_PUNCT = re.compile('[,:;?!()."\x20]')


# Spaces other than the plain one: normalising changes them (checked before running the rules).
_RARE_SPACES = re.compile("[\u00a0\u2002-\u200a\u202f\u205f]")


def _space_run(match: re.Match[str]) -> str:
    return "\u3000" if "\u3000" in match.group() else " "


def normalise_line(raw: str) -> str:
    text = clean_text(raw)
    if _NEEDS_WIDTH.search(text):
        text = _INVISIBLE.sub("", text).translate(_FULL_WIDTH_ALNUM)
    if "  " in text or "\t" in text or "\u3000" in text or _RARE_SPACES.search(text):
        text = _SPACES.sub(_space_run, text)
    text = text.strip(" \u3000")
    if not text or not is_chinese(text):
        return text.replace("\u3000", " ")
    if not _NEEDS_PUNCT.search(text):
        return text
    return chinese_punctuation(text)


def chinese_punctuation(text: str) -> str:
    """Half-width punctuation in Chinese prose -> full-width; URLs and numbers untouched."""
    urls: list[str] = []

    def hide(match: re.Match[str]) -> str:
        urls.append(match.group())
        return f"\x00{len(urls) - 1}\x00"

    # Each rule only runs when its character is there (thousands of lines, issue 6).
    if "://" in text or "www." in text:
        text = _URL.sub(hide, text)
    if "," in text:
        text = _COMMA.sub("，", text)
    if ":" in text:
        text = _COLON.sub("：", text)
    if ";" in text or "?" in text or "!" in text:
        text = text.translate(_HALF_PUNCT)
    if "(" in text or ")" in text:
        text = _PAREN_GROUP.sub(_full_width_parens, text)
    if "." in text:
        text = _DOT_STOP.sub("。", text)
    if '"' in text and text.count('"') % 2 == 0:
        parts = text.split('"')
        text = "".join(
            part + ("“" if i % 2 == 0 else "”") if i < len(parts) - 1 else part
            for i, part in enumerate(parts)
        )
    if " " in text:
        text = _SPACE_NEAR_PUNCT.sub(_first_group, text)
        text = _SPACE_HAN_DIGIT.sub("", text)
    if " " in text or "\u3000" in text:
        text = _SPACE_BETWEEN_HAN.sub("\u3000", text)
    if urls:
        text = re.sub("\x00(\\d+)\x00", lambda m: urls[int(m.group(1))], text)
    return text


def _first_group(match: re.Match[str]) -> str:
    return match.group(1)


def _full_width_parens(match: re.Match[str]) -> str:
    inner = match.group(1)
    # Chinese words, or an item number such as (1) / (一): full-width. "(SARS-CoV-2)" stays.
    if HAN_RE.search(inner) or inner.strip().isdigit() or not inner.strip():
        return f"（{inner.strip()}）"
    return match.group()


_ENDS_BLOCK = re.compile(r"[。！？；：.!?;:”’」』）)]$|^\S{0,2}$")
_ENDS_SENTENCE = re.compile(r"[。！？.!?][”’」』）)]?$")
_STARTS_BLOCK = re.compile(
    r"^(?:[^\x00-\x7f：:。，,][^：:。，,]{0,9}[：:]|[A-Z][A-Za-z ]{1,30}:\s|[（(]?[0-9一二三四五六七八九十]{1,3}[)）、.．]|[一二三四五六七八九十]+[是要]|第[一二三四五六七八九十]+[，、]|[•·\-–*]"
    r"|(?:Minute\s+)?\d{2,4}[/-]\d{1,3}\s|\d{3,4}\s+[A-Z]|Item\s+\d)"
)


def continues(
    previous: str, following: str, at_margin: bool = False, by_indent: bool = False
) -> bool:
    """Is ``following`` the rest of a sentence that was broken after ``previous``?

    A break before a label ("出席：") or an item marker is always a real one. A soft break
    (``at_margin`` off) is also real after any closing punctuation (。；：) — a clerk put it
    there. A line that reached the right margin of wrapped text was cut wherever the margin
    fell: only a full stop ends its paragraph, and not even that when paragraphs are marked by
    indentation (``by_indent``).
    """
    previous, following = previous.rstrip(), following.lstrip()
    if not previous or not following or _STARTS_BLOCK.match(following):
        return False
    if not at_margin and match_marker(following) is not None:
        return False  # ①… / (a) … / Item 2: … after a soft break starts the next item
    if not at_margin:
        return not _ENDS_BLOCK.search(previous)
    return by_indent or not _ENDS_SENTENCE.search(previous)


def glue_between(previous: str, following: str) -> str:
    """What goes between the halves of a broken line: nothing in CJK text or after a hyphen."""
    last, first = previous.rstrip()[-1:], following.lstrip()[:1]
    if HAN_RE.match(last) or HAN_RE.match(first) or (last and last in "-–—/" + _CJK_PUNCT):
        return ""
    if first and first in _CJK_PUNCT:
        return ""
    return " "


def join_broken(parts: list[str]) -> list[str]:
    """Soft-broken parts of one paragraph -> its lines, rejoining mid-sentence breaks."""
    out: list[str] = []
    for part in parts:
        if out and continues(out[-1], part):
            glue = glue_between(out[-1], part)
            out[-1] = out[-1].rstrip() + glue + part.lstrip()
        else:
            out.append(part)
    return out
