"""Ordinals as printed, and that the rendering pass numbers by position with them."""

from __future__ import annotations

import pytest

from minutes_app.export import ExportOptions, render
from minutes_app.export.blocks import BlockKind, SpanKind
from minutes_app.export.numbering import (
    NumberStyle,
    chinese_number,
    english_ordinal_word,
    format_number,
    latin_letter,
)
from minutes_app.model import DocumentStyle, MeetingDocument, Section, SubItem


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (2, "二"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (19, "十九"),
        (20, "二十"),
        (23, "二十三"),
        (99, "九十九"),
        (100, "一百"),
        (101, "一百零一"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1000, "一千"),
        (1001, "一千零一"),
        (1010, "一千零一十"),
        (10_000, "一万"),
        (10_005, "一万零五"),
        (12_345, "一万二千三百四十五"),
    ],
)
def test_chinese_numbers(n: int, text: str) -> None:
    assert chinese_number(n) == text


@pytest.mark.parametrize(
    ("style", "n", "chinese", "text"),
    [
        (NumberStyle.ZH_SHI, 1, True, "一是"),
        (NumberStyle.ZH_SHI, 23, True, "二十三是"),
        (NumberStyle.ZH_DUN, 11, True, "十一、"),
        (NumberStyle.ZH_PAREN, 105, True, "（一百零五）"),
        (NumberStyle.ZH_DI, 10, True, "第十，"),
        (NumberStyle.ARABIC_DOT, 12, False, "12."),
        (NumberStyle.ARABIC_PAREN, 3, True, "（3）"),
        (NumberStyle.ARABIC_PAREN, 3, False, "(3)"),
        (NumberStyle.LETTER_PAREN, 1, False, "(a)"),
        (NumberStyle.LETTER_PAREN, 26, False, "(z)"),
        (NumberStyle.LETTER_PAREN, 27, False, "(aa)"),
        (NumberStyle.EN_WORD, 1, False, "First,"),
        (NumberStyle.EN_WORD, 13, False, "13th,"),
    ],
)
def test_format_number(style: NumberStyle, n: int, chinese: bool, text: str) -> None:
    assert format_number(n, style, chinese_text=chinese) == text


def test_letters_and_english_words_continue_past_the_alphabet() -> None:
    assert [latin_letter(n) for n in (1, 2, 26, 27, 28, 52, 53, 702, 703)] == [
        "a",
        "b",
        "z",
        "aa",
        "ab",
        "az",
        "ba",
        "zz",
        "aaa",
    ]
    assert [english_ordinal_word(n) for n in (12, 21, 22, 23, 111, 112)] == [
        "Twelfth",
        "21st",
        "22nd",
        "23rd",
        "111th",
        "112th",
    ]
    with pytest.raises(ValueError):
        format_number(0, NumberStyle.ZH_DUN)


def _numbers(doc: MeetingDocument, style: DocumentStyle, locale: str, kind: BlockKind) -> list[str]:
    rendered = render(doc, ExportOptions(style=style, locale=locale))
    return [
        span.text.strip()
        for block in rendered.blocks
        if block.kind == kind
        for span in block.spans
        if span.kind == SpanKind.NUMBER
    ]


def test_the_rendering_pass_numbers_any_count_by_position() -> None:
    doc = MeetingDocument()
    doc.body.sections = [Section(heading=f"第{i}项", body="内容") for i in range(1, 106)]
    shi = _numbers(doc, DocumentStyle.NEWS, "zh_CN", BlockKind.SECTION)
    assert shi[:2] == ["一是", "二是"] and shi[9:11] == ["十是", "十一是"]
    assert shi[22] == "二十三是" and shi[-1] == "一百零五是" and len(shi) == 105
    dun = _numbers(doc, DocumentStyle.JIYAO, "zh_CN", BlockKind.HEADING)
    assert dun[10] == "十一、" and dun[-1] == "一百零五、"
    first = _numbers(doc, DocumentStyle.NEWS, "en_GB", BlockKind.SECTION)
    assert first[:2] == ["First,", "Second,"] and first[12] == "13th,"
    dot = _numbers(doc, DocumentStyle.BOARD, "en_US", BlockKind.HEADING)
    assert dot[0] == "1." and dot[-1] == "105."


def test_sub_items_restart_in_each_section_and_skip_empty_ones() -> None:
    subs = [SubItem(heading=f"子项{i}") for i in range(1, 29)]
    doc = MeetingDocument()
    doc.body.sections = [
        Section(heading="甲", sub_items=[*subs[:2], SubItem(), subs[2]]),
        Section(heading="乙", sub_items=subs),
    ]
    # A 纪要's （一） items run into their paragraphs: the number is the paragraph's first span.
    rendered = render(doc, ExportOptions(style=DocumentStyle.JIYAO, locale="zh_CN"))
    paren = [
        block.spans[0].text
        for block in rendered.blocks
        if block.kind == BlockKind.HEADING or (block.kind == BlockKind.PARAGRAPH and block.level == 2)
    ]
    assert paren[:5] == ["一、", "（一）", "（二）", "（三）", "二、"]
    assert paren[-1] == "（二十八）"
    letters = _numbers(doc, DocumentStyle.BOARD, "en_GB", BlockKind.HEADING)
    assert letters[-3:] == ["(z)", "(aa)", "(ab)"]
    di = _numbers(doc, DocumentStyle.NEWS, "zh_CN", BlockKind.SECTION)
    assert di[:4] == ["一是", "第一，", "第二，", "第三，"]
