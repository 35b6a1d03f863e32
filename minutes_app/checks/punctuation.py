"""Half-width punctuation and ASCII quotes inside Chinese text, and their full-width forms.

A mark counts as inside Chinese text when the nearest non-space character on either side is
Chinese (an ideograph or CJK punctuation), so ``10:30``, ``GDP, CPI`` and ``Children's`` are
left alone. ASCII double quotes pair up in order; a pair is Chinese when its content or its
outside neighbours are. The fix changes the marks that fire and the ASCII spaces next to them
(a full-width mark carries its own space), nothing else.
"""

from __future__ import annotations

import re

HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？"}
_CJK = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f"
    "\uff01-\uff60\U00020000-\U0003134f]"
)


def is_chinese_char(ch: str) -> bool:
    return bool(_CJK.match(ch))


def has_chinese(text: str) -> bool:
    return bool(_CJK.search(text))


def _neighbour(text: str, i: int, step: int) -> str:
    i += step
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def _near_chinese(text: str, i: int) -> bool:
    return is_chinese_char(_neighbour(text, i, -1)) or is_chinese_char(_neighbour(text, i, 1))


def _is_apostrophe(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    return before.isascii() and before.isalnum() and (not after or after.isascii())


_CANDIDATES = re.compile("[,:;()?\"']")


def half_width_marks(text: str) -> dict[int, str]:
    """Index -> the full-width replacement of each half-width mark inside Chinese text."""
    out: dict[int, str] = {}
    if not _CANDIDATES.search(text):  # most fields: nothing to look at
        return out
    for i, ch in enumerate(text):
        if ch in HALF_TO_FULL and _near_chinese(text, i):
            out[i] = HALF_TO_FULL[ch]
    for mark, (open_, close) in (('"', ("“", "”")), ("'", ("‘", "’"))):
        quotes = [
            i for i, ch in enumerate(text) if ch == mark and not (mark == "'" and _is_apostrophe(text, i))
        ]
        for a, b in zip(quotes[::2], quotes[1::2], strict=False):
            if has_chinese(text[a + 1 : b]) or _near_chinese(text, a) or _near_chinese(text, b):
                out[a], out[b] = open_, close
        if len(quotes) % 2 and _near_chinese(text, quotes[-1]):  # an unpaired quote
            out[quotes[-1]] = open_ if len(quotes) == 1 else close
    return out


def to_full_width(text: str) -> str:
    """``text`` with the marks ``half_width_marks`` finds made full-width, and the ASCII spaces
    around those marks dropped."""
    marks = half_width_marks(text)
    if not marks:
        return text
    out: list[str] = []
    for i, ch in enumerate(text):
        if i in marks:
            while out and out[-1] == " ":
                out.pop()
            out.append(marks[i])
        elif ch == " " and _after_mark(text, i, marks):
            continue
        else:
            out.append(ch)
    return "".join(out)


def _after_mark(text: str, i: int, marks: dict[int, str]) -> bool:
    j = i - 1
    while j >= 0 and text[j] == " ":
        j -= 1
    return j in marks
