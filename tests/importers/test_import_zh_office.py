"""An office's 党组会议纪要: issuing body with a placeholder name, a （2024年第8次） line, a
labelled block (会议时间/会议地点/主持人/参会人员/列席人员/记录人), "会议议定事项：" and 1. items;
and a wire report with a dateline, a convener dated in the clause and a closing phrase."""

from __future__ import annotations

import datetime as dt

from minutes_app.importers import import_text
from minutes_app.model import DocumentStyle, GroupRole

OFFICE = """XX区卫生健康局
党组会议纪要
（2024年第8次）

会议时间：2024年4月12日（周五）上午9:00
会议地点：局机关四楼会议室
主持人：王建国（党组书记、局长）
参会人员：李芳、赵刚、孙丽娟、周强
列席人员：办公室、财务科负责同志
记录人：陈晨

会议议定事项：
1.传达学习了上级有关会议精神，要求各科室抓好贯彻落实。
2.研究了2024年度预算执行方案，同意按程序报区财政局审核。
3.研究了基层医疗机构设备采购事项，由财务科会同医政科于5月底前完成采购。
"""


def test_office_minutes() -> None:
    result = import_text(OFFICE)
    doc = result.document
    h = doc.header
    assert (h.organisation, h.title, h.meeting_name) == (
        "XX区卫生健康局",
        "党组会议纪要",
        "党组会议",
    )
    assert (h.session_number, h.style) == (8, DocumentStyle.JIYAO)
    assert (h.date, h.start_time, h.place, h.recorder) == (
        dt.date(2024, 4, 12),
        dt.time(9),
        "局机关四楼会议室",
        "陈晨",
    )
    assert [(p.title, p.name) for p in doc.people.presiders] == [("党组书记、局长", "王建国")]
    present, attending = doc.people.groups
    assert present.role == GroupRole.PRESENT and len(present.people) == 4
    assert attending.role == GroupRole.IN_ATTENDANCE
    assert len(doc.body.sections) == 3
    assert doc.body.sections[2].heading.endswith("于5月底前完成采购")
    assert result.warnings == []


WIRE = """中共中央政治局召开会议 研究部署经济工作

新华社北京12月8日电 中共中央政治局12月8日召开会议，分析研究2024年经济工作。中共中央总书记习近平主持会议。

会议认为，今年是全面贯彻党的二十大精神的开局之年。

会议还研究了其他事项。
"""


def test_wire_report() -> None:
    result = import_text(WIRE)
    doc = result.document
    assert doc.header.meeting_name == "中共中央政治局会议"
    assert doc.header.purpose == "分析研究2024年经济工作"
    assert [(p.title, p.name) for p in doc.people.presiders] == [("中共中央总书记", "习近平")]
    assert [(r.speaker, r.verb) for r in doc.body.remarks] == [("会议", "认为")]
    assert doc.body.closing_notes == ["会议还研究了其他事项。"]
    # 12月8日 with no publication date: no year is guessed from "2024年经济工作".
    assert doc.header.date is None
    (warning,) = result.warnings
    assert warning.line == 3 and "no year" in warning.message
