"""Broken drafts: each one breaks a rule of a clean example, and exactly those problems show,
with the rule's id and the exact field path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple

import pytest
from check_helpers import TODAY, example

from minutes_app.checks import RULES, GlyphSource, Severity, run_checks
from minutes_app.export.fonts import Face
from minutes_app.model import (
    AttendeeGroup,
    DocumentStyle,
    GroupRole,
    MeetingDocument,
    Motion,
    MotionResult,
    Person,
    Section,
    SubItem,
)


class Broken(NamedTuple):
    base: str  # example style
    breaks: Callable[[MeetingDocument], None]
    expected: list[tuple[str, str]]  # (rule id, field path), in report order
    style: DocumentStyle | None = None


def _no_title(doc: MeetingDocument) -> None:
    doc.header.title = doc.header.meeting_name = doc.header.organisation = ""


def _no_meeting_name(doc: MeetingDocument) -> None:
    doc.header.meeting_name = ""


def _no_date(doc: MeetingDocument) -> None:
    doc.header.date = None


def _no_presider(doc: MeetingDocument) -> None:
    doc.people.presiders = [Person(name="  ", title="市长")]


def _no_present(doc: MeetingDocument) -> None:
    doc.people.groups = [g for g in doc.people.groups if g.role != GroupRole.PRESENT]


def _two_groups(doc: MeetingDocument) -> None:
    doc.people.groups[2].people.insert(1, Person(name="王 丽"))  # 出席 in group 1 as 王丽


def _listed_twice(doc: MeetingDocument) -> None:
    doc.people.groups[0].people.append(Person(name="刘志强"))


def _name_line_break(doc: MeetingDocument) -> None:
    doc.people.presiders[0].title = "市长\n市委副书记"
    doc.people.groups[1].people[0].name = "李\n明"


def _name_spaces(doc: MeetingDocument) -> None:
    doc.people.groups[0].people[3].name = "赵国庆 "
    doc.header.title = "　云川市人民政府常务会议纪要"


def _half_width(doc: MeetingDocument) -> None:
    s = doc.body.sections[0]
    s.body = s.body.replace("，", ",", 1)
    doc.body.sections[2].sub_items[0].heading = '由"市发展和改革委员会"根据会议意见(第一稿)修改'
    doc.header.place = "市政府第一会议室, 10:30"  # the comma fires; 10:30 does not


def _mixed_list(doc: MeetingDocument) -> None:
    doc.body.sections[1].body = "会议强调，一是压实责任。二、抓好落实。"
    doc.body.sections[3].sub_items = [
        SubItem(body="一是同意选址方案。"),
        SubItem(body="二是成立工作专班。"),
        SubItem(body="3.其他事项按程序办理。"),
    ]


def _empty_section(doc: MeetingDocument) -> None:
    doc.body.sections.append(Section(heading="其他工作"))


def _no_stop(doc: MeetingDocument) -> None:
    doc.body.sections[0].body = "会议原则同意该计划"
    doc.body.sections[1].sub_items[2].body = "市城市管理局要于6月10日前完成城区32处易涝点整治"


def _future(doc: MeetingDocument) -> None:
    doc.header.date = TODAY + dt.timedelta(days=1)
    doc.header.published = dt.datetime(2027, 1, 1, 9, 0)


def _ends_first(doc: MeetingDocument) -> None:
    doc.header.start_time, doc.header.end_time = dt.time(14, 30), dt.time(9, 0)


def _long_mark(doc: MeetingDocument) -> None:
    # 42 字: at 22 pt (二号) a line holds 20
    doc.header.title = "云川市人民政府关于进一步加强城镇老旧小区改造防汛备汛和优化营商环境工作的常务会议纪要"


def _no_apologies(doc: MeetingDocument) -> None:
    doc.people.groups = [g for g in doc.people.groups if g.role != GroupRole.APOLOGIES]


def _half_motion(doc: MeetingDocument) -> None:
    doc.body.sections[4].motions[0].seconder = ""
    doc.body.motions.append(Motion(text="That the meeting be adjourned.", mover="Hannah Cole"))


def _custom_group_only(doc: MeetingDocument) -> None:
    doc.people.groups = [AttendeeGroup(role=GroupRole.CUSTOM, label="市领导", people=[Person(name="王丽")])]


def _issued_first(doc: MeetingDocument) -> None:
    doc.colophon.printed_on = doc.header.date - dt.timedelta(days=1)


BROKEN: dict[str, Broken] = {
    "no title": Broken(
        "jiyao",
        _no_title,
        [
            ("title-missing", "header.title"),
            ("meeting-name-missing", "header.meeting_name"),
        ],
    ),
    "no meeting name": Broken(  # the news headline is made from the meeting name
        "news",
        _no_meeting_name,
        [("title-missing", "header.title"), ("meeting-name-missing", "header.meeting_name")],
    ),
    "no date": Broken("board", _no_date, [("date-missing", "header.date")]),
    "no presider": Broken("jiyao", _no_presider, [("presider-missing", "people.presiders")]),
    "no 出席": Broken("jiyao", _no_present, [("present-missing", "people.groups")]),
    "only a named group": Broken(
        "jiyao", _custom_group_only, [("present-missing", "people.groups")]
    ),
    "no Present": Broken("board", _no_present, [("present-missing", "people.groups")]),
    "in two groups": Broken(
        "jiyao", _two_groups, [("person-in-two-groups", "people.groups[2].people[1].name")]
    ),
    "listed twice": Broken(
        "jiyao", _listed_twice, [("duplicate-name", "people.groups[0].people[6].name")]
    ),
    "line break in a name": Broken(
        "jiyao",
        _name_line_break,
        [
            ("line-break-in-name", "people.presiders[0].title"),
            ("line-break-in-name", "people.groups[1].people[0].name"),
        ],
    ),
    "spaces round a name": Broken(
        "jiyao",
        _name_spaces,
        [
            ("spaces-around-name", "header.title"),
            ("spaces-around-name", "people.groups[0].people[3].name"),
        ],
    ),
    "half-width punctuation": Broken(
        "jiyao",
        _half_width,
        [
            ("half-width-punctuation", "header.place"),
            ("half-width-punctuation", "body.sections[0].body"),
            ("half-width-punctuation", "body.sections[2].sub_items[0].heading"),
        ],
    ),
    "mixed numbering": Broken(
        "jiyao",
        _mixed_list,
        [
            ("mixed-numbering", "body.sections[1].body"),
            ("mixed-numbering", "body.sections[3].sub_items[2]"),
        ],
    ),
    "heading without body": Broken(
        "jiyao", _empty_section, [("section-without-body", "body.sections[4].body")]
    ),
    "no stop": Broken(
        "jiyao",
        _no_stop,
        [
            ("body-without-stop", "body.sections[0].body"),
            ("body-without-stop", "body.sections[1].sub_items[2].body"),
        ],
    ),
    "in the future": Broken(
        "news",
        _future,
        [("date-in-future", "header.date"), ("date-in-future", "header.published")],
    ),
    "issued before the meeting": Broken(
        "jiyao", _issued_first, [("issued-before-meeting", "colophon.printed_on")]
    ),
    "ends before it starts": Broken("jiyao", _ends_first, [("end-before-start", "header.end_time")]),
    "long red mark": Broken("jiyao", _long_mark, [("mark-too-long", "header.title")]),
    "no apologies": Broken("board", _no_apologies, [("apologies-missing", "people.groups")]),
    "motion without seconder or result": Broken(
        "board",
        _half_motion,
        [
            ("motion-incomplete", "body.sections[4].motions[0].seconder"),
            ("motion-incomplete", "body.motions[0].seconder"),
            ("motion-incomplete", "body.motions[0].result"),
        ],
    ),
}


@pytest.mark.parametrize("name", list(BROKEN))
def test_broken_draft_reports_its_rule(name: str) -> None:
    case = BROKEN[name]
    doc = example(case.base)
    case.breaks(doc)
    problems = run_checks(doc, today=TODAY, style=case.style)
    errors_first = sorted(case.expected, key=lambda e: RULES[e[0]].severity != Severity.ERROR)
    assert [(p.rule, p.field) for p in problems] == errors_first
    for problem in problems:
        assert problem.severity == RULES[problem.rule].severity
        assert problem.message()  # every template fills with its parameters


def test_every_rule_has_a_broken_draft() -> None:
    covered = {rule for case in BROKEN.values() for rule, _field in case.expected}
    # The glyph rule has its own test: it needs the installed fonts.
    assert set(RULES) - covered == {"glyph-missing"}


def test_style_decides_what_is_required() -> None:
    doc = example("news")
    doc.people.groups = []
    assert run_checks(doc, today=TODAY) == []  # a news report prints no attendance
    problems = run_checks(doc, today=TODAY, style=DocumentStyle.JIYAO)
    assert [(p.rule, p.field) for p in problems] == [("present-missing", "people.groups")]


def test_motions_are_only_checked_in_english_minutes() -> None:
    doc = example("jiyao")
    doc.body.motions.append(Motion(text="同意", result=MotionResult.PENDING))
    assert run_checks(doc, today=TODAY) == []


def test_glyph_missing_names_the_font(glyphs: GlyphSource) -> None:
    if glyphs.face(Face.FANGSONG) is None:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    doc = example("jiyao")
    doc.body.sections[0].body += "会议结束🎉。"
    doc.body.sections[1].heading += "\U0002a6a5"  # 𪚥, CJK Extension B: not in Noto CJK
    problems = run_checks(doc, today=TODAY, glyphs=glyphs)
    found = [(p.rule, p.field, p.params["chars"]) for p in problems]
    assert found == [
        ("glyph-missing", "body.sections[0].body", "🎉"),
        ("glyph-missing", "body.sections[1].heading", "\U0002a6a5"),
    ]
    assert all(p.params["font"] for p in problems)


def test_issued_in_the_future() -> None:
    doc = example("jiyao")
    doc.colophon.printed_on = TODAY + dt.timedelta(days=1)
    problems = run_checks(doc, today=TODAY)
    assert [(p.rule, p.field) for p in problems] == [("date-in-future", "colophon.printed_on")]
