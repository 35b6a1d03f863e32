""".docx input built with python-docx: paragraphs, Word list numbering, soft line breaks,
an attendee table with a 姓名/职务 header, a two-column label table and an action table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pytest

from minutes_app.importers import ImportFailed, import_file
from minutes_app.model import GroupRole


def _chinese_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("市政府常务会议纪要")
    d.add_paragraph("第5期")
    info = d.add_table(rows=2, cols=2)
    for row, (label, value) in zip(
        info.rows, [("时间", "2024年7月2日上午9时"), ("地点", "市政府常务会议室")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = label, value
    d.add_paragraph(
        "2024年7月2日，市长周明主持召开市政府第二十次常务会议，研究城市更新工作。"
        "现将会议议定事项纪要如下："
    )
    d.add_paragraph("一、关于城市更新项目")
    d.add_paragraph("会议原则同意城市更新项目实施方案。")
    d.add_paragraph("二、关于防汛工作")
    d.add_paragraph("会议要求各区做好防汛准备。\n各部门加强值守。")  # a soft line break
    d.add_paragraph("出席人员：")
    people = d.add_table(rows=3, cols=3)
    for row, cells in zip(
        people.rows,
        [("姓名", "职务", "备注"), ("周明", "市长", ""), ("吴芳", "副市长", "")],
        strict=True,
    ):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    d.add_paragraph("记录：钱晨")
    path = path / "minutes.docx"
    d.save(path)
    return path


def test_chinese_docx(tmp_path: Path) -> None:
    result = import_file(_chinese_docx(tmp_path))
    doc = result.document
    h = doc.header
    assert h.title == "市政府常务会议纪要" and h.issue_number == 5
    assert (h.date, h.start_time) == (dt.date(2024, 7, 2), dt.time(9, 0))  # from the label table
    assert h.place == "市政府常务会议室"
    assert h.meeting_name == "市政府第二十次常务会议" and h.session_number == 20
    assert [s.heading for s in doc.body.sections] == ["关于城市更新项目", "关于防汛工作"]
    assert doc.body.sections[1].body.split("\n") == [
        "会议要求各区做好防汛准备。",
        "各部门加强值守。",
    ]
    (group,) = doc.people.groups
    assert group.role == GroupRole.PRESENT
    assert [(p.name, p.title) for p in group.people] == [("周明", "市长"), ("吴芳", "副市长")]
    assert h.recorder == "钱晨"
    assert result.warnings == []


def test_english_docx_with_word_numbering_and_action_table(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Minutes of the Finance Committee Meeting")
    d.add_paragraph("Date: 4 September 2024    Time: 10:00–11:30    Place: Board Room")
    d.add_paragraph("Present: Ann Lee (Chair), Bob Stone, Cara Diaz")
    d.add_paragraph("Quarterly accounts", style="List Number")  # Word draws the "1."
    d.add_paragraph("The accounts for the quarter were reviewed.")
    d.add_paragraph("Action: Bob Stone to file the VAT return by 30 September 2024.")
    d.add_paragraph("Audit tender", style="List Number")
    d.add_paragraph("Three firms will be invited to tender.")
    table = d.add_table(rows=3, cols=3)
    rows = [
        ("Action", "Owner", "Due"),
        ("File the VAT return", "Bob Stone", "30 September 2024"),
        ("Invite three audit firms to tender", "Cara Diaz", "15 October 2024"),
    ]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    path = tmp_path / "finance.docx"
    d.save(path)

    doc = import_file(path).document
    assert doc.header.meeting_name == "Finance Committee Meeting"
    assert (doc.header.start_time, doc.header.end_time) == (dt.time(10), dt.time(11, 30))
    assert [s.heading for s in doc.body.sections] == ["Quarterly accounts", "Audit tender"]
    (vat,) = doc.body.sections[0].actions
    assert (vat.owner, vat.text, vat.due) == (
        "Bob Stone",
        "File the VAT return",
        dt.date(2024, 9, 30),
    )
    # The summary table repeats the first action (skipped) and adds the second.
    assert [(a.owner, a.text, a.due) for a in doc.body.action_items] == [
        ("Cara Diaz", "Invite three audit firms to tender", dt.date(2024, 10, 15))
    ]
    assert doc.people.presiders[0].name == "Ann Lee"


def test_not_a_docx(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ImportFailed, match=r"broken\.docx: is not a readable \.docx"):
        import_file(path)


def test_a_word_file_with_a_txt_name_is_read_as_word(tmp_path: Path) -> None:
    path = _chinese_docx(tmp_path).rename(tmp_path / "minutes.txt")
    assert import_file(path).document.header.issue_number == 5
