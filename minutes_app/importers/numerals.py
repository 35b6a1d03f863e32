"""Chinese numerals read back into ints (the inverse of ``model.numbering.chinese_number``).

Accepts the forms found in headings and dates: 十一, 二十三, 一百零五, 两千, 一万零二,
digit-by-digit years (二〇二四, 二零二四), financial capitals (贰拾) and full-width digits.
"""

from __future__ import annotations

from ..model.numbering import chinese_number, latin_letter

_DIGIT_VALUES = {
    "零": 0,
    "〇": 0,
    "○": 0,
    "Ｏ": 0,
    "O": 0,
    "一": 1,
    "壹": 1,
    "幺": 1,
    "二": 2,
    "两": 2,
    "贰": 2,
    "貳": 2,
    "三": 3,
    "叁": 3,
    "參": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "陸": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
_UNIT_VALUES = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG_UNITS = {"万": 10_000, "萬": 10_000, "亿": 100_000_000}
CHINESE_NUMERAL_CHARS = "".join(_DIGIT_VALUES) + "".join(_UNIT_VALUES) + "".join(_BIG_UNITS)
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def parse_chinese_number(text: str) -> int | None:
    """The value of ``text`` (Chinese numerals or digits), or None when it is not a number."""
    text = text.strip().translate(_FULL_WIDTH_DIGITS)
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    if any(
        ch not in _DIGIT_VALUES and ch not in _UNIT_VALUES and ch not in _BIG_UNITS for ch in text
    ):
        return None
    if not any(ch in _UNIT_VALUES or ch in _BIG_UNITS for ch in text):
        # Digit by digit: 二〇二四 -> 2024 (and a single digit: 七 -> 7).
        value = 0
        for ch in text:
            value = value * 10 + _DIGIT_VALUES[ch]
        return value
    total = section = digit = 0
    pending = False  # a digit not yet multiplied by a unit
    for ch in text:
        if ch in _DIGIT_VALUES:
            digit, pending = _DIGIT_VALUES[ch], True
        elif ch in _UNIT_VALUES:
            section += (digit if pending else 1) * _UNIT_VALUES[ch]  # a bare 十 is 10: 十二
            digit, pending = 0, False
        else:
            group = section + (digit if pending else 0)
            if _BIG_UNITS[ch] == 100_000_000:
                total = (total + group) * 100_000_000
            else:
                total += group * 10_000
            section = digit = 0
            pending = False
    return total + section + (digit if pending else 0)


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def format_counter(n: int, word_format: str) -> str:
    """Text of a Word list counter in one of Word's ``w:numFmt`` formats."""
    if word_format in (
        "chineseCounting",
        "chineseCountingThousand",
        "chineseLegalSimplified",
        "ideographTraditional",
        "taiwaneseCounting",
        "japaneseCounting",
        "koreanCounting",
    ):
        return chinese_number(n)
    if word_format == "ideographDigital":
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if word_format == "lowerLetter":
        return latin_letter(n)
    if word_format == "upperLetter":
        return latin_letter(n).upper()
    if word_format == "lowerRoman":
        return _roman(n)
    if word_format == "upperRoman":
        return _roman(n).upper()
    if word_format in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and n <= 20:
        return _CIRCLED[n - 1]
    return str(n)


def circled_value(ch: str) -> int | None:
    index = _CIRCLED.find(ch)
    return index + 1 if index >= 0 else None
