"""A draft exported in another style or language than its own reads as one document (issue 12,
point 11): words of two pieces never run together, times follow the clerk's clock, the page's
size, language and headline fit what it is, the meeting's type is printed."""

from __future__ import annotations

import re

import pytest

from minutes_app.export import ExportOptions, render, to_html
from minutes_app.export.blocks import BlockKind
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft


def example(name: str):
    return load_draft(EXAMPLES / f"{name}.minutes")


def texts(doc, **options) -> str:
    text = "\n".join(b.text for b in render(doc, ExportOptions(**options)).blocks)
    return text.replace("\u202f", " ")  # Babel's narrow space before AM/PM


def test_latin_words_of_two_fields_keep_their_space_in_chinese() -> None:
    text = texts(example("board-minutes"), style=DocumentStyle.JIYAO, locale="zh_CN")
    assert "Chair Margaret Ellis在" in text and "ChairMargaret" not in text
    assert "Harbourside Community Trust Regular纪要" in text and "TrustRegular" not in text


def test_times_follow_the_clerks_24_hour_clock() -> None:
    """The board example writes "closed the meeting at 20:10": en_US prints 18:30, not 6:30 PM."""
    doc = example("board-minutes")
    times = set(re.findall(r"\d{1,2}:\d\d(?: ?[AP]M)?", texts(doc, locale="en_US")))
    assert times == {"18:30", "20:10"}
    # A draft whose own text names no time: en_US's own clock throughout.
    doc.body.closing_notes = []
    doc.header.next_meeting = ""
    doc.body.sections = [s for s in doc.body.sections if not re.search(r"\d\d:\d\d", s.body)]
    times = set(re.findall(r"\d{1,2}:\d\d(?: ?[AP]M)?", texts(doc, locale="en_US")))
    assert times == {"6:30 PM", "8:10 PM"}
    assert "18:30" in texts(doc, locale="en_GB")


@pytest.mark.parametrize(("locale", "size"), [("en_US", "letter"), ("en_GB", None)])
def test_us_board_minutes_print_on_letter_as_the_docx(locale: str, size: str | None) -> None:
    html = to_html(example("board-minutes"), ExportOptions(locale=locale))
    assert ("@page { size: letter; }" in html) == (size == "letter")


def test_a_chinese_page_is_tagged_chinese_whatever_its_labels() -> None:
    html = to_html(example("seed-report"), ExportOptions(locale="en_GB"))
    assert '<html lang="zh-CN">' in html and 'lang="en-GB"' not in html


def test_a_news_report_of_a_jiyao_draft_is_headed_by_the_meeting() -> None:
    """云川市人民政府常务会议纪要 is the 纪要's mark; the report says the meeting was held, and
    names the presider once (主持, not again among those present)."""
    doc = example("jiyao-example")
    rendered = render(doc, ExportOptions(style=DocumentStyle.NEWS))
    title = next(b.text for b in rendered.blocks if b.kind == BlockKind.TITLE)
    assert title == "市政府第十二次常务会议召开"
    lead = next(b.text for b in rendered.blocks if b.kind == BlockKind.LEAD)
    assert lead.count("陈建华") == 1
    # The 纪要 itself keeps the clerk's title as its mark.
    mark = next(b.text for b in render(doc).blocks if b.kind == BlockKind.MARK)
    assert mark == "云川市人民政府常务会议纪要"


def test_the_meeting_type_is_printed_where_the_name_does_not_say_it() -> None:
    doc = example("board-minutes")
    meta = [b.text for b in render(doc).blocks if b.kind == BlockKind.META]
    assert meta[-1] == "Meeting type: Regular"
    doc.header.meeting_name = "Regular Meeting of the Board of Trustees"
    meta = [b.text for b in render(doc).blocks if b.kind == BlockKind.META]
    assert not any("Meeting type" in m for m in meta)
