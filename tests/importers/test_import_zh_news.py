"""A news report with web chrome, CRLF endings, half-width punctuation, inline 一是…四是 items,
a 列席 group, a remark 在讲话中指出 and a hybrid format with main and branch venues."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from minutes_app.importers import ImportResult, import_text
from minutes_app.model import DocumentStyle, GroupRole, MeetingFormat, to_plain

FIXTURE = "zh-news-standing-committee.txt"


def test_crlf_file_with_footer_and_breadcrumb(imported_fixture: ImportResult) -> None:
    raw = (Path(__file__).parent / "data" / FIXTURE).read_bytes()
    assert b"\r\n" in raw  # the fixture really has Windows line endings
    messages = {w.line: w.message for w in imported_fixture.warnings}
    # One warning lists the breadcrumb and the footer (版权所有 © 2024 … ICP备, from line 19).
    assert messages[1].startswith("web page text removed (3 line(s)): “首页 > 新闻中心 > 本地要闻”")
    assert "the footer from “版权所有 © 2024" in messages[1] and 19 not in messages
    text = str(to_plain(imported_fixture.document))
    assert "ICP" not in text and "联系电话" not in text and "首页" not in text


def test_header(imported_fixture: ImportResult) -> None:
    h = imported_fixture.document.header
    assert h.title == "市委常委会召开会议　研究部署防汛救灾和安全生产工作"
    assert h.meeting_name == "市委常委会会议"
    assert h.source == "青川日报"
    assert h.published == dt.datetime(2024, 5, 9, 8, 15)
    assert h.date == dt.date(2024, 5, 8)  # "5月8日下午": the year comes from 发布时间
    assert h.start_time is None  # 下午 alone is not a time
    assert h.reporter == "王芳"  # 本报讯(记者 王芳)
    assert h.purpose == "传达学习省委常委会会议精神，研究部署防汛救灾和安全生产工作"
    assert h.style == DocumentStyle.NEWS
    assert h.format == MeetingFormat.HYBRID
    assert h.main_venue == "市委常委会议室"
    assert h.branch_venues == ["各县（市、区）"]  # the 、 inside the parentheses does not split


def test_people(imported_fixture: ImportResult) -> None:
    people = imported_fixture.document.people
    assert [(p.title, p.name) for p in people.presiders] == [
        ("市委书记、市防汛抗旱指挥部政委", "周海峰")
    ]
    assert [(s.title, s.name, s.contribution) for s in people.speakers] == [
        ("市委副书记、市长", "陈立新", "出席并讲话")
    ]
    present, attending = people.groups
    assert (present.role, present.label) == (GroupRole.PRESENT, "市领导")
    assert [p.name for p in present.people] == ["杨帆", "何志军", "郑丽华", "罗斌"]
    assert attending.role == GroupRole.IN_ATTENDANCE
    assert attending.people == [] and attending.note == "市法院院长、市检察院检察长"


def test_inline_items_split_at_their_markers(imported_fixture: ImportResult) -> None:
    body = imported_fixture.document.body
    assert [(r.speaker, r.subject) for r in body.reports] == [
        ("市应急管理局主要负责同志", "今年汛期形势和防汛准备工作")
    ]
    headings = [s.heading for s in body.sections]
    assert len(headings) == 4
    assert headings[0].startswith("要牢固树立底线思维，全面排查水库")
    assert headings[1].endswith("领导带班制度")  # cut at ；, as at 。: the export prints its stop
    assert headings[3] == "要统筹抓好安全生产，深入开展重点行业领域安全隐患大排查大整治"
    assert body.requirements_by == "会议"  # "会议强调，" introduces them
    assert (body.requirements_topic, {s.speaker for s in body.sections}) == ("", {""})


def test_remark_with_verb_phrase(imported_fixture: ImportResult) -> None:
    (remark,) = imported_fixture.document.body.remarks
    assert (remark.speaker, remark.topic, remark.verb) == ("陈立新", "", "在讲话中指出")
    assert remark.text.startswith("当前已进入主汛期")
    assert "“时时放心不下”" in remark.text  # half-width quotes became “ ”
    assert imported_fixture.document.body.free_paragraphs == []


def test_a_remark_after_a_report_in_the_same_paragraph() -> None:
    text = (
        "区政府召开常务会议\n4月17日下午，区长周强主持召开区政府常务会议。\n"
        "会议听取了区住建局关于老旧小区改造工作情况的汇报。会议强调，各相关部门要加快推进项目建设。\n"
    )
    body = import_text(text).document.body
    assert [(r.speaker, r.subject) for r in body.reports] == [("区住建局", "老旧小区改造工作情况")]
    assert [(r.speaker, r.verb, r.text) for r in body.remarks] == [
        ("会议", "强调", "各相关部门要加快推进项目建设。")
    ]
    assert body.free_paragraphs == []
