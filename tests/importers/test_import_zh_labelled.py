"""A 办公会议纪要 opening with 时间/地点/主持/出席 lines (names on the lines below 出席：),
第一，第二， items across paragraphs with 1. sub-items, and a closing line it cannot place."""

from __future__ import annotations

import datetime as dt

from minutes_app.importers import ImportResult
from minutes_app.model import DocumentStyle, GroupRole

FIXTURE = "zh-jiyao-labelled-block.txt"


def test_labelled_header(imported_fixture: ImportResult) -> None:
    h = imported_fixture.document.header
    assert h.title == "校长办公会议纪要"
    assert h.meeting_name == "校长办公会议"  # from the title when the text names no meeting
    assert h.issue_number == 3  # 〔2024〕第三期
    assert h.date == dt.date(2024, 3, 5)
    assert (h.start_time, h.end_time) == (dt.time(14, 30), dt.time(17, 0))  # 下午2:30-5:00
    assert h.place == "行政楼第一会议室"
    assert h.recorder == "何静"
    assert h.purpose == ""  # "会议研究了以下事项：" only introduces the items
    assert h.style == DocumentStyle.JIYAO


def test_people_from_labels(imported_fixture: ImportResult) -> None:
    people = imported_fixture.document.people
    assert [(p.title, p.name) for p in people.presiders] == [("校长", "林振华")]
    present, attending = people.groups
    assert present.role == GroupRole.PRESENT
    assert [p.name for p in present.people] == ["李明远", "张蕾", "周国平", "王建新", "刘洋"]
    assert attending.role == GroupRole.IN_ATTENDANCE
    assert attending.people == [] and attending.note == "党政办公室、教务处、财务处负责人"


def test_di_items_with_numbered_sub_items(imported_fixture: ImportResult) -> None:
    sections = imported_fixture.document.body.sections
    assert [s.heading for s in sections] == [
        "关于2024年本科招生计划",
        "关于学生公寓维修改造项目",
        "关于教职工体检工作",
    ]
    assert sections[0].body.endswith("同意招生总规模控制在5200人以内。")
    assert [s.heading for s in sections[0].sub_items] == [
        "新增人工智能、数据科学两个本科专业，各招生60人",
        "压缩招生规模较小、就业率较低专业的招生计划",
    ]
    assert [len(s.sub_items) for s in sections[1:]] == [0, 0]


def test_closing_phrase_and_an_unplaced_line(imported_fixture: ImportResult) -> None:
    body = imported_fixture.document.body
    assert body.closing_notes == ["会议还研究了其他事项。"]  # a standard closing sentence
    assert body.free_paragraphs == ["附件：2024年本科招生计划表"]  # kept, and reported by line
    (warning,) = imported_fixture.warnings
    assert warning.line == 25 and "附件" in warning.message
