"""A 纪要 with 版头, 第X期, issuing office and date, 一、 items with （一） sub-items whose
body runs on in the next paragraph, and labelled 出席/请假/列席/记录 lines with padded names."""

from __future__ import annotations

import datetime as dt

from minutes_app.importers import ImportResult
from minutes_app.model import DocumentStyle, GroupRole

FIXTURE = "zh-jiyao-county-executive.txt"


def test_header(imported_fixture: ImportResult) -> None:
    h = imported_fixture.document.header
    assert h.title == "临河县人民政府常务会议纪要"
    assert h.issue_number == 7  # "第 7 期"
    assert h.organisation == "临河县人民政府办公室"
    assert h.meeting_name == "县政府第十五次常务会议"
    assert (h.session_number, h.meeting_kind) == (15, "常务会议")
    assert h.date == dt.date(2024, 5, 30)
    assert (h.start_time, h.end_time) == (dt.time(9, 0), dt.time(11, 30))  # 上午9时至11时30分
    assert h.place == "县政府三楼会议室"
    assert h.purpose == "研究农村供水保障、秋粮生产和招商引资等工作"
    assert h.recorder == "孙丽"
    assert h.style == DocumentStyle.JIYAO


def test_issuing_date_that_differs_is_reported(imported_fixture: ImportResult) -> None:
    (warning,) = [w for w in imported_fixture.warnings if "issuing date" in w.message]
    assert warning.line == 5 and "2024-06-03" in warning.message  # 二〇二四年六月三日


def test_sections_and_sub_items(imported_fixture: ImportResult) -> None:
    sections = imported_fixture.document.body.sections
    assert [s.heading for s in sections] == [
        "关于农村供水保障工程建设",
        "关于秋粮生产工作",
        "其他事项",
    ]
    assert [len(s.sub_items) for s in sections] == [2, 3, 0]
    first = sections[0]
    assert first.body.startswith("会议听取了县水务局关于农村供水保障工程建设进展情况的汇报。")
    assert first.body.endswith("会议议定：")
    sub = first.sub_items[0]
    assert sub.heading == "县水务局要于6月30日前完成剩余12个行政村的管网改造"
    assert sub.body == "加强施工质量监管，确保汛前完工。"  # the next paragraph continues it
    assert sections[1].sub_items[2].heading.startswith("县气象局要加强灾害性天气预报预警")
    assert sections[2].body == "会议同意成立县招商引资工作专班，由副县长刘晓燕任组长。"
    # Reports inside an item stay in its text instead of moving to body.reports.
    assert imported_fixture.document.body.reports == []


def test_labelled_attendance(imported_fixture: ImportResult) -> None:
    people = imported_fixture.document.people
    assert [(p.title, p.name) for p in people.presiders] == [("县长", "马国栋")]
    present, apologies, attending = people.groups
    assert present.role == GroupRole.PRESENT
    assert [(p.name, p.title) for p in present.people] == [
        ("马国栋", "县长"),
        ("刘晓燕", "副县长"),
        ("王伟", "副县长"),  # "王　伟": padding for alignment is not part of the name
        ("陈思远", "县政府办公室主任"),
    ]
    assert apologies.role == GroupRole.APOLOGIES
    (absent,) = apologies.people
    assert (absent.name, absent.title, absent.note) == ("赵德明", "副县长", "在市委党校学习")
    assert attending.role == GroupRole.IN_ATTENDANCE
    # Units with 负责同志 name no one: the group's note, as written, not four "people".
    assert attending.people == []
    assert attending.note == "县水务局、县财政局、县农业农村局、县气象局主要负责同志"


def test_nothing_left_over(imported_fixture: ImportResult) -> None:
    body = imported_fixture.document.body
    assert body.free_paragraphs == [] and body.closing_notes == []
