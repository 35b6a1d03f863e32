"""The shared rendering pass: the seed article reproduced, locale work, each style's blocks."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from export_helpers import SEED_TEXT

from minutes_app.export import ExportError, ExportOptions, render
from minutes_app.export.blocks import BlockKind, SpanKind, TableBlock
from minutes_app.export.locale_text import LocaleText
from minutes_app.model import (
    AttendeeGroup,
    DocumentStyle,
    GroupRole,
    MeetingDocument,
    MeetingFormat,
    Person,
)

# The web copy mixes half-width punctuation into Chinese prose; the export uses full width.
_FULL_WIDTH = str.maketrans({",": "，", "(": "（", ")": "）", ":": "：", ";": "；"})


def _normalise(text: str) -> str:
    return re.sub(r"\s+", "", text.translate(_FULL_WIDTH))


def seed_paragraphs() -> list[str]:
    article = SEED_TEXT.read_text(encoding="utf-8").split("扫一扫")[
        0
    ]  # the web footer is not the article
    return [_normalise(line) for line in article.splitlines() if line.strip()]


def test_news_style_reproduces_the_seed_article(seed_doc: MeetingDocument) -> None:
    rendered = render(seed_doc, ExportOptions(style=DocumentStyle.NEWS, locale="zh_CN"))
    ours = [_normalise(block.text) for block in rendered.blocks]
    expected = seed_paragraphs()
    assert (
        len(expected) == 15
    )  # headline, meta, 2 deck lines, lead, report, requirements, 六 sections, remarks, closing
    for n, (mine, theirs) in enumerate(zip(ours, expected, strict=True)):
        assert mine == theirs, f"paragraph {n + 1} differs"
    kinds = [block.kind for block in rendered.blocks]
    assert kinds[:5] == [
        BlockKind.TITLE,
        BlockKind.META,
        BlockKind.DECK,
        BlockKind.DECK,
        BlockKind.LEAD,
    ]
    assert kinds.count(BlockKind.SECTION) == 6 and kinds[-1] == BlockKind.CLOSING
    assert rendered.title == "市委第二十四次专题会议暨市疫情防控工作领导小组会议召开"
    assert rendered.author == "李雅萍" and rendered.language == "zh-CN"


def test_news_lead_follows_the_header_fields(seed_doc: MeetingDocument) -> None:
    doc = seed_doc
    doc.header.date = dt.date(2021, 11, 2)
    doc.header.place = "市委常委会议室"
    doc.people.groups.append(
        AttendeeGroup(
            role=GroupRole.IN_ATTENDANCE, people=[Person(name="王五"), Person(name="赵六")]
        )
    )
    doc.people.groups.append(AttendeeGroup(role=GroupRole.APOLOGIES, people=[Person(name="钱七")]))
    lead = next(b for b in render(doc).blocks if b.kind == BlockKind.LEAD)
    assert lead.spans[0].kind == SpanKind.BYLINE and lead.spans[0].text == "（记者 李雅萍）"
    assert lead.text.startswith("（记者 李雅萍）11月2日，市委书记")
    assert "李正印在市委常委会议室主持召开" in lead.text
    assert lead.text.endswith("出席会议。王五、赵六列席会议。")
    assert "钱七" not in lead.text  # who sent apologies is not news


@pytest.mark.parametrize(
    ("fmt", "main", "branches", "expected"),
    [
        (MeetingFormat.VIDEO, "", ["各县市区"], "会议以视频形式召开，各县市区设分会场。"),
        (MeetingFormat.VIDEO, "", [], "会议以视频形式召开。"),
        (
            MeetingFormat.HYBRID,
            "市委办公楼",
            ["孝义市", "汾阳市"],
            "会议采取现场和视频相结合的方式召开，市委办公楼设主会场，孝义市、汾阳市设分会场。",
        ),
        (MeetingFormat.IN_PERSON, "", ["不该出现"], None),
    ],
)
def test_closing_line_comes_from_the_meeting_format(
    seed_doc: MeetingDocument,
    fmt: MeetingFormat,
    main: str,
    branches: list[str],
    expected: str | None,
) -> None:
    seed_doc.header.format, seed_doc.header.main_venue = fmt, main
    seed_doc.header.branch_venues = branches
    closings = [b.text for b in render(seed_doc).blocks if b.kind == BlockKind.CLOSING]
    assert closings == ([expected] if expected else [])


def test_english_locales_compose_in_english(seed_doc: MeetingDocument) -> None:
    gb = render(seed_doc, ExportOptions(style=DocumentStyle.NEWS, locale="en_GB"))
    lead = next(b.text for b in gb.blocks if b.kind == BlockKind.LEAD)
    assert lead.startswith("(Reporter: 李雅萍) On 13 March 2020, 李正印, 市委书记")
    assert ", chaired the 市委第二十四次专题会议" in lead
    assert "李建国, 任忠, 李安林 and 任磊 attended." in lead  # Babel's en_GB list: no serial comma
    sections = [b.text for b in gb.blocks if b.kind == BlockKind.SECTION]
    assert sections[0].startswith("First, 疫情防控要丝毫不松. ") and sections[5].startswith(
        "Sixth, "
    )
    assert (
        gb.blocks[-1].text
        == "The meeting was held by video conference, with branch venues in 各县市区."
    )
    us = render(seed_doc, ExportOptions(style=DocumentStyle.NEWS, locale="en_US"))
    us_lead = next(b.text for b in us.blocks if b.kind == BlockKind.LEAD)
    assert "On March 13, 2020, " in us_lead and "李安林, and 任磊 attended." in us_lead
    assert us.language == "zh-CN"  # English labels, but the page is the clerk's Chinese text


@pytest.mark.parametrize(
    ("locale", "long", "month_day", "time"),
    [
        ("zh_CN", "2024年12月31日", "12月31日", "19:05"),
        ("en_GB", "31 December 2024", "31 December 2024", "19:05"),
        ("en_US", "December 31, 2024", "December 31, 2024", "7:05\u202fPM"),
    ],
)
def test_dates_use_calendar_years_not_week_years(
    locale: str, long: str, month_day: str, time: str
) -> None:
    # 2024-12-31 falls in ISO week 1 of 2025: a YYYY pattern would print 2025.
    lt = LocaleText(locale)
    assert lt.date_long(dt.date(2024, 12, 31)) == long
    assert lt.date_month_day(dt.date(2024, 12, 31)) == month_day
    assert lt.time_short(dt.time(19, 5)).replace(" ", "\u202f") == time


def test_lists_and_sentences_per_locale() -> None:
    zh, gb, us = LocaleText("zh_CN"), LocaleText("en_GB"), LocaleText("en_US")
    assert zh.join(["张三", "", "李四", "王五"]) == "张三、李四、王五"
    assert gb.join(["Ann", "Bob", "Cy"]) == "Ann, Bob and Cy"
    assert us.join(["Ann", "Bob", "Cy"]) == "Ann, Bob, and Cy"
    assert gb.join([]) == "" and gb.join(["Ann"]) == "Ann"
    assert zh.sentence("Committee Room 2") == "Committee Room 2."  # a Latin sentence in Chinese
    assert zh.sentence("达到80%") == "达到80%。"
    assert zh.sentence("疫情防控要丝毫不松") == "疫情防控要丝毫不松。"
    assert zh.sentence("要不要？") == "要不要？" and zh.sentence("落实“三防。”") == "落实“三防。”"
    assert (
        gb.sentence("Approved") == "Approved." and gb.sentence('He said "yes."') == 'He said "yes."'
    )


def test_jiyao_blocks(seed_doc: MeetingDocument) -> None:
    seed_doc.header.issue_number = 3
    seed_doc.header.recorder = "赵晓"
    seed_doc.people.groups += [
        AttendeeGroup(role=GroupRole.APOLOGIES, people=[Person(name="钱七", note="因公出差")]),
        AttendeeGroup(
            role=GroupRole.IN_ATTENDANCE, people=[Person(name="王五"), Person(name="赵六")]
        ),
    ]
    rendered = render(seed_doc, ExportOptions(style=DocumentStyle.JIYAO, locale="zh_CN"))
    texts = {b.kind: b.text for b in rendered.blocks}
    assert texts[BlockKind.MARK] == "中共吕梁市委专题会议纪要"
    assert texts[BlockKind.ISSUE] == "第3期"
    issuer = next(b for b in rendered.blocks if b.kind == BlockKind.ISSUER)
    assert [(s.kind, s.text) for s in issuer.spans] == [
        (SpanKind.TEXT, "中共吕梁市委"),
        (SpanKind.RIGHT, "2020年3月13日"),
    ]
    lead = texts[BlockKind.LEAD]
    assert lead.startswith("2020年3月13日，市委书记") and lead.endswith(
        "现将会议议定事项纪要如下："
    )
    headings = [b for b in rendered.blocks if b.kind == BlockKind.HEADING]
    assert [h.text for h in headings[:2]] == ["一、疫情防控要丝毫不松", "二、复工复产要切实抓紧"]
    attendance = [b for b in rendered.blocks if b.kind == BlockKind.ATTENDANCE]
    assert [b.text for b in attendance] == [
        "出席：市领导张广勇、张稳科、李建国、任忠、李安林、任磊",
        "请假：钱七（因公出差）",
        "列席：王五、赵六",
        "记录：赵晓",
    ]
    assert all(b.spans[0].kind == SpanKind.LABEL for b in attendance)
    assert rendered.blocks[-1] is attendance[-1]  # attendance closes a 纪要


def test_board_blocks(board_doc: MeetingDocument) -> None:
    rendered = render(board_doc)
    blocks = rendered.blocks
    text = {b.kind: b.text for b in blocks if not isinstance(b, TableBlock)}
    assert text[BlockKind.TITLE] == "Minutes of the Committee Meeting"
    meta = [b.text for b in blocks if b.kind == BlockKind.META]
    assert meta == [
        "Date: Tuesday, 31 December 2024  ·  Time: 19:00–20:45  ·  Place: Pavilion, Mill Lane",
        "Meeting type: regular",  # the name does not say it
    ]
    attendance = [b.text for b in blocks if b.kind == BlockKind.ATTENDANCE]
    assert attendance == [  # the chair is already listed as present: no separate Chair line
        "Present: Ruth Evans (Chair), Dev Patel (Treasurer) and Ann Lee",
        "Apologies: Tom Hart (illness)",
        "In attendance: Sam Okoro (Secretary)",
        "Minutes: Sam Okoro",
    ]
    headings = [(b.level, b.text) for b in blocks if b.kind == BlockKind.HEADING]
    assert headings == [
        (1, "1. Reports"),
        (1, "2. Water budget 2025"),
        (2, "(a) Tank"),
        (2, "(b) Charges"),
        (1, "3. Plot allocations"),  # the empty section took no number
        (1, "4. Remarks"),
    ]
    motions = [b.text for b in blocks if b.kind == BlockKind.MOTION]
    assert motions == [
        "Motion: That a budget of £1,200 for water be approved (proposed by Dev Patel; seconded by Ann Lee)."
        "\nResult: Carried (2 for, 0 against, 1 abstention).",
        "Motion: That plot 7 go to the waiting list (proposed by Ann Lee).\nResult: Deferred.",
    ]
    table = next(b for b in blocks if isinstance(b, TableBlock))
    assert table.header == ("Item", "Action", "Owner", "Due")
    assert table.rows == (
        ("2", "Order the tank", "Dev Patel", "15 January 2025"),
        ("", "Repair the gate lock", "Ruth Evans", ""),
    )
    closing = [b.text for b in blocks if b.kind == BlockKind.CLOSING]
    assert closing == [
        "Thanks were given to the retiring treasurer.",
        "There being no further business, the meeting closed at 20:45.",
        "Next meeting: 28 January 2025, 19:00, Pavilion.",
        "Approved as a correct record.",
    ]
    signatures = [b for b in blocks if b.kind == BlockKind.SIGNATURE and b.level == 1]
    assert [s.spans[0].text for s in signatures] == ["Chair: ", "Secretary: "]
    # The printed names under the lines: the chair (first presider) and the recorder.
    names = [b.text for b in blocks if b.kind == BlockKind.SIGNATURE and b.level == 2]
    assert names == ["Ruth Evans", "Sam Okoro"]
    assert all(any(span.kind == SpanKind.BLANK for span in s.spans) for s in signatures)
    assert rendered.author == "Sam Okoro" and rendered.language == "en-GB"


def test_board_in_chinese_uses_chinese_labels(board_doc: MeetingDocument) -> None:
    rendered = render(board_doc, ExportOptions(locale="zh_CN"))
    text = rendered.plain_text()
    assert (
        "日期：2024年12月31日星期二" in text
        and "出席：Ruth Evans（Chair）、Dev Patel（Treasurer）、Ann Lee" in text
    )
    assert "一、汇报事项" in text and "（一）Tank" in text
    assert "表决结果：通过（赞成2票，反对0票，弃权1票）。" in text
    assert "会议于20:45结束。" in text
    table = next(b for b in rendered.blocks if isinstance(b, TableBlock))
    assert table.header == ("议项", "事项", "负责人", "完成时限") and table.rows[0][0] == "二"


def test_multi_paragraph_bodies_stay_paragraphs(board_doc: MeetingDocument) -> None:
    paragraphs = [b.text for b in render(board_doc).blocks if b.kind == BlockKind.PARAGRAPH]
    assert "Water charges rise by 8% in April." in paragraphs
    assert "Two quotes for a new tank were received." in paragraphs


def test_unknown_locale_or_style_is_a_clear_error(board_doc: MeetingDocument) -> None:
    with pytest.raises(ExportError, match="unsupported locale 'fr_FR'"):
        render(board_doc, ExportOptions(locale="fr_FR"))
    with pytest.raises(ExportError, match="unknown document style 'memo'"):
        render(board_doc, ExportOptions(style="memo"))  # type: ignore[arg-type]


def test_empty_document_renders_in_every_style() -> None:
    for style in DocumentStyle:
        for locale in ("zh_CN", "en_GB", "en_US"):
            rendered = render(MeetingDocument(), ExportOptions(style=style, locale=locale))
            assert all(block.text for block in rendered.blocks)  # no empty paragraphs


def test_english_news_lists_titles_in_brackets(board_doc: MeetingDocument) -> None:
    rendered = render(board_doc, ExportOptions(style=DocumentStyle.NEWS))
    lead = next(b.text for b in rendered.blocks if b.kind == BlockKind.LEAD)
    assert lead.startswith("On 31 December 2024, Ruth Evans, Chair, chaired the Committee Meeting")
    # The chair is named as chairing; the attendance sentence does not name her again.
    assert "Dev Patel (Treasurer) and Ann Lee attended." in lead and lead.count("Ruth Evans") == 1
    assert "Sam Okoro (Secretary) were in attendance." in lead
    assert ",," not in lead and "Tom Hart" not in lead
