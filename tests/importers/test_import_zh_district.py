"""A short district report: breadcrumb, 来源/时间 line, a meeting convened by a body with the
presider in a separate sentence, two reports in one 听取 sentence, a "会议要求：" paragraph
above （1） items (one with a second paragraph), titled attendees and a video format."""

from __future__ import annotations

import datetime as dt

from minutes_app.importers import ImportResult
from minutes_app.model import GroupRole, MeetingFormat

FIXTURE = "zh-district-report.txt"


def test_meeting_and_presider(imported_fixture: ImportResult) -> None:
    doc = imported_fixture.document
    h = doc.header
    assert h.meeting_name == "区政府第6次常务会议"
    assert h.session_number == 6
    assert h.date == dt.date(2023, 11, 17)  # year from "时间:2023年11月20日"
    assert h.published == dt.datetime(2023, 11, 20)
    assert h.source == "东江区融媒体中心"
    assert [(p.title, p.name) for p in doc.people.presiders] == [("区长", "王红梅")]
    assert h.format == MeetingFormat.VIDEO and h.branch_venues == ["各街道"]


def test_two_reports_in_one_sentence(imported_fixture: ImportResult) -> None:
    reports = imported_fixture.document.body.reports
    assert [(r.speaker, r.subject) for r in reports] == [
        ("区发改局", "今年前三季度经济运行情况"),
        ("区财政局", "2024年预算编制工作"),
    ]


def test_paren_items_and_their_continuation(imported_fixture: ImportResult) -> None:
    sections = imported_fixture.document.body.sections
    assert [s.heading for s in sections] == [
        "加快推进重点项目建设",
        "抓好冬季安全生产",
        "做好年底各项工作",
    ]
    assert sections[1].body.split("\n") == [
        "要聚焦燃气、消防、道路交通等重点领域，开展隐患排查整治。",
        "对排查出的问题，要建立台账、限期整改。",
    ]
    # The attendance sentence after the last item is not part of it.
    assert "出席" not in sections[2].body


def test_titled_attendees(imported_fixture: ImportResult) -> None:
    (group,) = imported_fixture.document.people.groups
    assert group.role == GroupRole.PRESENT and group.label == ""
    assert [(p.title, p.name) for p in group.people] == [
        ("副区长", "张志强"),
        ("区政府办公室主任", "李雪"),
    ]


def test_warnings(imported_fixture: ImportResult) -> None:
    # One warning, at the first line removed, lists every piece of web furniture.
    (chrome,) = [w for w in imported_fixture.warnings if "web page" in w.message]
    assert chrome.line == 1
    assert chrome.params["count"] == 2
    assert "当前位置" in chrome.message and "【打印本页】【关闭窗口】" in chrome.message
    assert imported_fixture.document.body.free_paragraphs == []
