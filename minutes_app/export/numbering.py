"""Ordinals as they are printed: Chinese (一 … 十 … 十一 … 二十三 … 一百零五) and English.

Numbers are always derived from position at render time; nothing here is stored.
"""

from __future__ import annotations

from enum import StrEnum

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
