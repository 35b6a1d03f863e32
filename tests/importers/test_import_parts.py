"""The importer's building blocks: numerals, dates, times, names, markers, normalisation."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minutes_app.export.numbering import chinese_number
from minutes_app.importers import import_text
from minutes_app.importers.dates import find_dates, find_times, parse_published, time_range
from minutes_app.importers.lines import join_broken, normalise_line
from minutes_app.importers.numerals import parse_chinese_number
from minutes_app.importers.outline import (
    Form,
    Outline,
    english_heading_and_body,
    heading_and_body,
    match_marker,
    split_inline,
)
from minutes_app.importers.people import parse_people, split_title_name


@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numbers_read_back(n: int) -> None:
    assert parse_chinese_number(chinese_number(n)) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("二〇二四", 2024),
        ("二零二零", 2020),
        ("两千", 2000),
        ("贰拾叁", 23),
        ("十", 10),
        ("２４", 24),
        ("七", 7),
        ("一百零五", 105),
        ("甲", None),
        ("", None),
        ("十a", None),
    ],
)
def test_chinese_number_forms(text: str, value: int | None) -> None:
    assert parse_chinese_number(text) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3月13日，市委", (None, 3, 13, "")),
        ("2024年5月8日下午，市长", (2024, 5, 8, "下午")),
        ("二〇二四年五月八日上午", (2024, 5, 8, "上午")),
        ("2024年3月5日（星期二）下午", (2024, 3, 5, "下午")),
        ("held on Tuesday 14th May 2024 at 7 pm", (2024, 5, 14, "")),
        ("May 8, 2024, 6:00 p.m.", (2024, 5, 8, "")),
        ("2024-05-08", (2024, 5, 8, "")),
        ("14/05/2024", (2024, 5, 14, "")),
        ("by 30 June", (None, 6, 30, "")),
    ],
)
def test_dates(text: str, expected: tuple) -> None:
    found = find_dates(text)[0]
    assert (found.year, found.month, found.day, found.period) == expected


def test_no_false_dates() -> None:
    assert find_dates("第3次会议研究了5项工作，投资2.5亿元") == []
    assert find_dates("2月30日") == []  # no such day


def test_year_from_the_publication_date() -> None:
    (march,) = find_dates("3月13日")
    assert march.resolve(dt.date(2020, 3, 14)) == dt.date(2020, 3, 13)
    (december,) = find_dates("12月30日")  # reported in the first days of January
    assert december.resolve(dt.date(2021, 1, 3)) == dt.date(2020, 12, 30)
    assert march.resolve(None) is None
    assert find_dates("May 8, 2024")[0].month_first and not find_dates("8 May 2024")[0].month_first


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("下午3时", dt.time(15), None),
        ("上午9时至11时30分", dt.time(9), dt.time(11, 30)),
        ("下午3时至5时", dt.time(15), dt.time(17)),
        ("下午2:30-5:00", dt.time(14, 30), dt.time(17)),
        ("下午3点半", dt.time(15, 30), None),
        ("14:30", dt.time(14, 30), None),
        ("2.30 pm", dt.time(14, 30), None),
        ("7pm", dt.time(19), None),
        ("6:02 p.m.", dt.time(18, 2), None),
        ("from 19.00 to 20.45", dt.time(19), dt.time(20, 45)),
        ("Time: 18:30–20:10", dt.time(18, 30), dt.time(20, 10)),
        ("第3点意见", None, None),
        ("£3.50", None, None),
    ],
)
def test_times(text: str, start: dt.time | None, end: dt.time | None) -> None:
    assert time_range(text) == (start, end)


def test_period_after_a_date_applies_to_its_time() -> None:
    assert [t.time for t in find_times("3时", "下午")] == [dt.time(15)]
    assert parse_published("更新时间：2020-03-14 11:30:53") == dt.datetime(2020, 3, 14, 11, 30, 53)
    assert parse_published("2020年03月14日") == dt.datetime(2020, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "市委书记、市疫情防控工作领导小组组长李正印",
            ("市委书记、市疫情防控工作领导小组组长", "李正印"),
        ),
        ("副市长马长江", ("副市长", "马长江")),
        ("市人大常委会主任赵六", ("市人大常委会主任", "赵六")),
        ("集团公司总经理郑国华", ("集团公司总经理", "郑国华")),
        ("副市长 张三", ("副市长", "张三")),
        ("张三 市发改委主任", ("市发改委主任", "张三")),
        ("市人大常委会主任", None),  # a title alone: not 市人大常委 + a person 会主任
        ("市委常委、组织部部长", None),
        ("李正印", None),
        ("各县市区主要负责同志", None),
    ],
)
def test_titles_split_from_names(text: str, expected: tuple[str, str] | None) -> None:
    assert split_title_name(text) == expected


def test_chinese_lists() -> None:
    people = parse_people("张三（市发改委主任）、李四（因公请假）、市委常委、副市长王五、王　伟")
    assert [(p.name, p.title, p.note) for p in people] == [
        ("张三", "市发改委主任", ""),
        ("李四", "", "因公请假"),
        ("王五", "市委常委、副市长", ""),
        ("王伟", "", ""),
    ]
    assert [p.name for p in parse_people("张三、李四、市发改委负责同志")] == [
        "张三",
        "李四",
        "市发改委负责同志",
    ]
    assert parse_people("无") == []


def test_english_lists() -> None:
    people = parse_people(
        "Jane Roe (Chair), John Smith, Treasurer, Amy Lee and Raj Patel", english=True
    )
    assert [(p.name, p.title) for p in people] == [
        ("Jane Roe", "Chair"),
        ("John Smith", "Treasurer"),
        ("Amy Lee", ""),
        ("Raj Patel", ""),
    ]
    people = parse_people("Jane Roe, Chair; Dr Amy Lee (Trustee; from item 3)", english=True)
    assert [(p.name, p.title, p.note) for p in people] == [
        ("Jane Roe", "Chair", ""),
        ("Dr Amy Lee", "Trustee", "from item 3"),
    ]
    assert parse_people("none", english=True) == []


@pytest.mark.parametrize(
    ("text", "form", "number", "rest"),
    [
        ("一是疫情防控要丝毫不松。", Form.ZH_SHI, 1, "疫情防控要丝毫不松。"),
        ("第十二，加强领导", Form.ZH_DI, 12, "加强领导"),
        ("一百一十一、关于", Form.ZH_DUN, 111, "关于"),
        ("（三）落实", Form.ZH_PAREN, 3, "落实"),
        ("1000. Close", Form.ARABIC_DOT, 1000, "Close"),
        ("1、加强", Form.ARABIC_DOT, 1, "加强"),
        ("(2) Budget", Form.ARABIC_PAREN, 2, "Budget"),
        ("2.1 Police", Form.DECIMAL, 1, "Police"),
        ("(b) Grants", Form.LETTER, 2, "Grants"),
        ("② 加强", Form.CIRCLED, 2, "加强"),
        ("Item 3: Finance", Form.ITEM, 3, "Finance"),
        ("Secondly, we", Form.EN_WORD, 2, "we"),
    ],
)
def test_markers(text: str, form: Form, number: int, rest: str) -> None:
    marker = match_marker(text)
    assert marker is not None
    assert (marker.form, marker.number, marker.rest) == (form, number, rest)


@pytest.mark.parametrize(
    "text", ["2024年5月", "3.5亿元", "统一是", "这是", "Firstly-born", "The board"]
)
def test_not_markers(text: str) -> None:
    assert match_marker(text) is None


def test_outline_follows_the_sequence() -> None:
    outline = Outline()
    depths = [
        outline.place(match_marker(t))  # type: ignore[arg-type]
        for t in [
            "一、甲",
            "（一）乙",
            "（二）丙",
            "1.丁",
            "二、戊",
            "（二）不接续",
            "（一）己",
            "三、庚",
        ]
    ]
    assert depths == [0, 1, 1, 2, 0, None, 1, 0]
    assert Outline().place(match_marker("二、没有一")) is None  # type: ignore[arg-type]


def test_inline_split_stops_at_a_nested_list() -> None:
    text = "会议要求，一是加强领导；二是强化保障；三是狠抓落实。"
    assert split_inline(text, Form.ZH_SHI, 1) == [(1, 5), (2, 12), (3, 19)]
    nested = "一是完善机制。主要有：一是甲，二是乙。二是强化。"
    assert split_inline(nested, Form.ZH_SHI, 2) == []  # the inner 一是 restarts: no split
    assert split_inline("统一是关键", Form.ZH_SHI, 1) == []


def test_heading_phrases() -> None:
    assert heading_and_body("疫情防控要丝毫不松。要严格落实“三防”。") == (
        "疫情防控要丝毫不松",
        "要严格落实“三防”。",
    )
    assert heading_and_body("要落实“好。”吗？后面") == ("要落实“好。”吗？", "后面")
    assert heading_and_body("关于城市更新工作") == ("关于城市更新工作", "")
    assert english_heading_and_body("Finance – The Treasurer reported a surplus.") == (
        "Finance",
        "The Treasurer reported a surplus.",
    )
    assert english_heading_and_body("Main hall roof: award of contract") == (
        "Main hall roof: award of contract",
        "",
    )
    long = "PCSO Webb reported four crimes in the parish in May, including two thefts."
    assert english_heading_and_body(long) == ("", long)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        (
            "来源:吕梁日报 更新时间:2020-03-14 11:30:53",
            "来源：吕梁日报\u3000更新时间：2020-03-14 11:30:53",
        ),
        ("(记者 李雅萍) 3月13日,市委", "（记者\u3000李雅萍）3月13日，市委"),
        ("投资1,000万元,增长3.5%.", "投资1,000万元，增长3.5%。"),
        ('落实"三防"要求;详见 http://a.cn/x?a=1,2', "落实“三防”要求；详见 http://a.cn/x?a=1,2"),
        ("第 5 期", "第5期"),
        ("疫情(COVID-19)防控", "疫情(COVID-19)防控"),
        ("\u3000\u3000首行缩进\u200b的段落", "首行缩进的段落"),
        ("Ｍｉｎｕｔｅｓ  of   the  meeting", "Minutes of the meeting"),
    ],
)
def test_normalised_lines(raw: str, clean: str) -> None:
    assert normalise_line(raw) == clean


def test_soft_breaks_rejoin_mid_sentence_only() -> None:
    assert join_broken(["市委第二十四次专题会议暨", "市疫情防控工作领导小组会议召开"]) == [
        "市委第二十四次专题会议暨市疫情防控工作领导小组会议召开"
    ]
    assert join_broken(["出席：张三", "列席：李四"]) == ["出席：张三", "列席：李四"]
    assert join_broken(["会议要求各区做好准备。", "各部门加强值守。"]) == [
        "会议要求各区做好准备。",
        "各部门加强值守。",
    ]
    assert join_broken(["Minutes of the meeting of the", "Board of Trustees"]) == [
        "Minutes of the meeting of the Board of Trustees"
    ]


def test_soft_breaks_before_any_item_marker_are_real() -> None:
    assert join_broken(["一是加强领导", "①加强组织领导"]) == ["一是加强领导", "①加强组织领导"]
    assert join_broken(["The council agreed the budget", "(a) to fund roads"]) == [
        "The council agreed the budget",
        "(a) to fund roads",
    ]
    assert join_broken(["The council agreed the budget", "Item 2: Roads"]) == [
        "The council agreed the budget",
        "Item 2: Roads",
    ]


@pytest.mark.parametrize(
    ("text", "marker", "rest"),
    [
        ("第一要落实防汛责任", "第一要", "落实防汛责任"),
        ("第二，要加强巡查", "第二，", "要加强巡查"),
        ("第一要务是发展", None, None),  # 第一要务: a phrase, not an item
        ("第一责任人要到岗", None, None),
    ],
)
def test_di_markers_with_and_without_a_comma(text: str, marker: str | None, rest: str | None) -> None:
    found = match_marker(text)
    assert ((found.marker, found.rest) if found else (None, None)) == (marker, rest)


@pytest.mark.parametrize(
    ("text", "form", "found"),
    [
        ("会议强调，第一要落实。第二要加强。第三要做好。", Form.ZH_DI, [(1, 5), (2, 11), (3, 17)]),
        ("发展是第一要务。第二要加强。", Form.ZH_DI, []),  # 是第一要务 follows no clause end
        ("事项：①审议；②同意；③研究。", Form.CIRCLED, [(1, 3), (2, 7), (3, 11)]),
        ("事项：①审议；③研究。", Form.CIRCLED, [(1, 3)]),  # ③ does not follow ①
    ],
)
def test_markers_inside_a_paragraph(text: str, form: Form, found: list) -> None:
    assert split_inline(text, form, 1) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "3月1日，市委召开常委会会议，研究部署春耕生产工作，市领导张三、李四出席会议。",
        "3月1日，市委书记王五主持召开市委常委会会议，研究部署春耕生产工作，市领导张三、李四出席会议。",
    ],
)
def test_a_convening_sentence_splits_purpose_from_attendance(sentence: str) -> None:
    doc = import_text(f"市委常委会召开会议\n{sentence}\n").document
    assert doc.header.purpose == "研究部署春耕生产工作"
    (group,) = doc.people.groups
    assert (group.label, [p.name for p in group.people]) == ("市领导", ["张三", "李四"])


@pytest.mark.parametrize(
    ("published", "date"),
    [
        ("2024-06-20 10:00:00", dt.date(2024, 6, 15)),  # the month of the publication
        ("2024-06-03 10:00:00", dt.date(2024, 5, 15)),  # the 15th after the 3rd: May
        (None, None),  # no month to hand: kept as written only
    ],
)
def test_a_day_alone_before_the_lead(published: str | None, date: dt.date | None) -> None:
    meta = f"来源：镇政府　发布时间：{published}\n" if published else ""
    text = f"镇会议召开\n{meta}15日上午，镇长陈亮主持召开全镇安全生产工作会议。\n"
    doc = import_text(text).document
    assert (doc.header.date, doc.header.date_text) == (date, "15日上午")
    assert doc.people.presiders[0].name == "陈亮"


def test_bracketed_items_inside_a_heading_item_are_its_sub_items() -> None:
    text = "县政府常务会议纪要\n一、关于防汛工作\n会议要求：（一）压实责任；（二）加强值守。\n二、关于财政工作\n会议同意追加预算。\n"
    first, second = import_text(text).document.body.sections
    assert (first.heading, first.body) == ("关于防汛工作", "会议要求：")
    assert [(s.marker, s.heading) for s in first.sub_items] == [("（一）", "压实责任"), ("（二）", "加强值守")]
    assert (second.heading, second.body, second.sub_items) == ("关于财政工作", "会议同意追加预算。", [])


def test_a_lone_bracketed_number_in_prose_is_no_list() -> None:
    text = "县政府常务会议纪要\n一、关于防汛工作\n会议同意按照《条例》（1）项执行。\n"
    (section,) = import_text(text).document.body.sections
    assert section.sub_items == [] and section.body == "会议同意按照《条例》（1）项执行。"
