"""Texts written after the recognisers, deliberately unlike the fixtures: other title words,
other numbers of items, other punctuation and layouts. They keep the recognisers general."""

from __future__ import annotations

import datetime as dt

from minutes_app.importers import import_text
from minutes_app.model import GroupRole, MotionResult

SAFETY_MEETING = """我市召开全市安全生产工作推进会
发布日期：2023年08月02日  信息来源：江州市应急管理局

8月1日上午，全市安全生产工作推进会在市行政中心召开。副市长林涛出席会议并讲话，市应急管理局局长黄伟主持会议。

会议通报了上半年全市安全生产形势。市住建局、市交通运输局、市消防救援支队作交流发言。

林涛强调，第一，要压实责任链条，严格落实党政同责、一岗双责。第二，要深化专项整治，聚焦燃气、建筑施工、道路运输等重点行业领域开展排查。第三，要强化应急准备，严格执行领导带班和24小时值班制度。第四，要加强宣传教育，提升全民安全意识。第五，要严格执法检查。

各县（市、区）政府分管负责同志，市直有关部门主要负责同志参加会议。
"""


def test_a_meeting_held_by_nobody_in_particular() -> None:
    result = import_text(SAFETY_MEETING)
    doc = result.document
    h = doc.header
    assert h.meeting_name == "全市安全生产工作推进会"
    assert h.place == "市行政中心"
    assert h.date == dt.date(2023, 8, 1)
    assert h.source == "江州市应急管理局"
    assert [(p.title, p.name) for p in doc.people.presiders] == [("市应急管理局局长", "黄伟")]
    assert [(s.title, s.name, s.contribution) for s in doc.people.speakers] == [
        ("副市长", "林涛", "出席会议并讲话")
    ]
    assert [r.speaker for r in doc.body.reports] == ["市住建局、市交通运输局、市消防救援支队"]
    sections = doc.body.sections
    assert len(sections) == 5
    assert doc.body.requirements_by == "林涛"  # "林涛强调，第一，…" set out the items
    assert {s.speaker for s in sections} == {""}
    assert sections[0].heading == "要压实责任链条，严格落实党政同责、一岗双责"
    assert sections[4].heading == "要严格执法检查"
    (group,) = doc.people.groups
    assert group.role == GroupRole.PRESENT
    # Who came as a body is the group's note, as written, not a "person".
    assert group.people == []
    assert group.note == "各县（市、区）政府分管负责同志，市直有关部门主要负责同志"
    # The one sentence it cannot place is kept, with its line.
    assert doc.body.free_paragraphs == ["会议通报了上半年全市安全生产形势。"]
    assert [w.line for w in result.warnings] == [6]


COMPANY_MINUTES = """关于研究2024年度重点项目建设有关事项的会议纪要

2024年1月15日下午，集团公司总经理郑国华在总部3楼会议室主持召开专题会议，研究2024年度重点项目建设有关事项。会议议定事项如下：

一、关于项目年度投资计划
1.原则同意2024年度重点项目投资计划，总投资控制在12亿元以内。
2.由计划财务部牵头，于1月底前将投资计划分解下达至各子公司。
（1）各子公司要在2月10日前报送季度投资安排；
（2）计划财务部每月通报完成情况。
二、关于项目安全管理
各子公司要落实安全生产主体责任，开工前完成安全技术交底。
三、关于下一步工作
请各部门按照会议要求抓好落实。

参加人员：郑国华，吴建平，刘畅，陈晓东
缺席：李娜（出差）
"""


def test_company_minutes_with_three_levels() -> None:
    result = import_text(COMPANY_MINUTES)
    doc = result.document
    h = doc.header
    assert h.title == "关于研究2024年度重点项目建设有关事项的会议纪要"
    assert h.meeting_name == "专题会议"
    assert h.place == "总部3楼会议室"
    assert h.date == dt.date(2024, 1, 15)
    assert [(p.title, p.name) for p in doc.people.presiders] == [("集团公司总经理", "郑国华")]
    sections = doc.body.sections
    assert [s.heading for s in sections] == [
        "关于项目年度投资计划",
        "关于项目安全管理",
        "关于下一步工作",
    ]
    subs = sections[0].sub_items
    assert [s.heading for s in subs] == [
        "原则同意2024年度重点项目投资计划，总投资控制在12亿元以内",
        "由计划财务部牵头，于1月底前将投资计划分解下达至各子公司",
    ]
    # The third level stays in the text of the second-level item, markers and all.
    assert subs[1].body.split("\n") == [
        "（1）各子公司要在2月10日前报送季度投资安排；",
        "（2）计划财务部每月通报完成情况。",
    ]
    assert sections[2].body == "请各部门按照会议要求抓好落实。"
    present, absent = doc.people.groups
    assert [p.name for p in present.people] == ["郑国华", "吴建平", "刘畅", "陈晓东"]
    assert absent.role == GroupRole.APOLOGIES
    assert [(p.name, p.note) for p in absent.people] == [("李娜", "出差")]
    assert result.warnings == []


BOARD_MINUTES = """ACME WIDGETS LTD
BOARD OF DIRECTORS – MINUTES
Held at: 12 Harbour Road, Leeds
Date: 2 October 2024
Time: 14:00 – 16:10

Directors present: K. Osei (Chair); L. Burke, Finance Director; M. Novak
Also attending: R. Singh, Company Secretary (minutes)
Apologies: none

Item 1 – Conflicts of interest
No conflicts were declared.

Item 2 – Q3 trading update
The Finance Director reported revenue 6% ahead of plan.
It was RESOLVED to approve the Q3 management accounts. (Unanimous.)
ACTION (L. Burke): circulate the revised forecast – 16 October 2024.

Item 3 – Property
The board discussed relocating the warehouse. Deferred to the next meeting.

There being no other business the Chair closed the meeting at 16:10.
"""


def test_board_minutes_laid_out_differently() -> None:
    result = import_text(BOARD_MINUTES)
    doc = result.document
    h = doc.header
    assert h.organisation == "ACME WIDGETS LTD"
    assert h.meeting_name == "BOARD OF DIRECTORS"
    assert h.place == "12 Harbour Road, Leeds"
    assert (h.date, h.start_time, h.end_time) == (
        dt.date(2024, 10, 2),
        dt.time(14),
        dt.time(16, 10),
    )
    present, attending = doc.people.groups  # "Apologies: none" makes no group
    assert [(p.name, p.title) for p in present.people] == [
        ("K. Osei", "Chair"),
        ("L. Burke", "Finance Director"),
        ("M. Novak", ""),
    ]
    assert [(p.name, p.title, p.note) for p in attending.people] == [
        ("R. Singh", "Company Secretary", "minutes")
    ]
    assert [p.name for p in doc.people.presiders] == ["K. Osei"]
    sections = doc.body.sections
    assert [s.heading for s in sections] == [
        "Conflicts of interest",
        "Q3 trading update",
        "Property",
    ]
    (motion,) = sections[1].motions
    assert motion.text == "To approve the Q3 management accounts."
    assert motion.result == MotionResult.CARRIED_UNANIMOUSLY
    (action,) = sections[1].actions
    assert (action.owner, action.text, action.due) == (
        "L. Burke",
        "Circulate the revised forecast",
        dt.date(2024, 10, 16),
    )
    assert result.warnings == []


def test_format_statements_and_mentions() -> None:
    text = (
        "Minutes of the Finance Committee\nDate: 4 June 2024\n1. Budget\n"
        "The committee discussed whether meetings should be held via Zoom next year.\n"
        "The meeting was held by video conference.\nMeeting closed 5pm.\n"
    )
    doc = import_text(text).document
    assert doc.header.format == "video" and doc.header.end_time == dt.time(17)
    assert doc.body.sections[0].body.endswith("held via Zoom next year.")  # a mention stays text
    mention_only = text.replace("The meeting was held by video conference.\n", "")
    assert import_text(mention_only).document.header.format == "in_person"


def test_chinese_format_only_from_a_format_sentence() -> None:
    lead = "会议召开\n\n2024年3月5日，市长张三主持召开市政府常务会议。\n\n"
    doc = import_text(lead + "会议要求，要用好视频会议系统，提高会议效率。\n").document
    assert doc.header.format == "in_person" and doc.header.branch_venues == []
    doc = import_text(
        lead + "会议通过视频会议系统召开，市政府设主会场，各乡镇设分会场。\n"
    ).document
    assert (doc.header.format, doc.header.main_venue, doc.header.branch_venues) == (
        "video",
        "市政府",
        ["各乡镇"],
    )


def test_a_weekday_after_the_date_of_a_convening_sentence() -> None:
    doc = import_text(
        "区政府召开常务会议\n\n2024年3月13日（星期二）上午区政府在区行政中心召开第6次常务会议，"
        "研究近期重点工作。\n"
    ).document
    h = doc.header
    assert (h.meeting_name, h.organisation, h.date) == (
        "区政府第6次常务会议",
        "",
        dt.date(2024, 3, 13),
    )
    doc = import_text(
        "中共中央政治局召开会议\n\n中共中央政治局2023年12月8日（星期五）召开会议，"
        "分析研究2024年经济工作。\n"
    ).document
    assert (doc.header.meeting_name, doc.header.date) == (
        "中共中央政治局会议",
        dt.date(2023, 12, 8),
    )


def test_an_agreed_motion_keeps_the_result_it_states() -> None:
    text = "Minutes of the Finance Committee\nDate: 4 June 2024\n1. Budget\n{}\n"
    deferred = import_text(text.format("It was agreed that the item be deferred. Deferred."))
    agreed = import_text(text.format("It was agreed that the budget be approved."))
    assert deferred.document.body.sections[0].motions[0].result == MotionResult.DEFERRED
    assert agreed.document.body.sections[0].motions[0].result == MotionResult.CARRIED
