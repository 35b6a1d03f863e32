"""A 参会人员 table for a long attendance list (issue 12, point 12): a group the clerk sets
``as_table`` prints in a 纪要 as its label line and a 姓名 / 职务（单位）[/ 备注] table, in the
blocks, the .docx (python-docx reads it back), the HTML and the preview; other styles ignore it."""

from __future__ import annotations

import itertools
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from lxml import html as lxml_html

from minutes_app.export import ExportOptions, render, write_docx
from minutes_app.export.blocks import BlockKind, TableBlock
from minutes_app.export.docx_styles import PageSetup
from minutes_app.export.html_export import to_html
from minutes_app.model import AttendeeGroup, GroupRole, MeetingDocument, Person
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

WORD_JOINER = "\u2060"
NAMES = [s + g for s, g in itertools.product("王李张刘陈杨黄赵周吴", ("建华", "雪", "晓光"))][:24]


def words(element: object) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t"))).replace(WORD_JOINER, "")


def with_table(notes: bool = False) -> MeetingDocument:
    doc = load_draft(EXAMPLES / "jiyao-example.minutes")
    people = [
        Person(
            name=n,
            title="市政府副秘书长" if i % 5 == 0 else "",
            note="因公请假" if notes and i == 3 else "",
        )
        for i, n in enumerate(NAMES)
    ]
    group = AttendeeGroup(role=GroupRole.IN_ATTENDANCE, label="列席人员", people=people, as_table=True)
    group.note = "各乡镇主要负责人等80多人"
    doc.people.groups.append(group)
    return doc


def test_the_group_is_a_label_line_then_a_table_of_its_people_in_order() -> None:
    doc = with_table()
    blocks = render(doc, ExportOptions(style=DocumentStyle.JIYAO)).blocks
    path = f"people.groups[{len(doc.people.groups) - 1}]"
    mine = [b for b in blocks if b.path == path]
    assert [b.kind for b in mine] == [BlockKind.ATTENDANCE, BlockKind.ATTENDANCE_TABLE, BlockKind.ATTENDANCE]
    label, table, note = mine
    assert label.text == "列席人员："
    assert isinstance(table, TableBlock) and table.header == ("姓名", "职务（单位）")
    assert [row[0] for row in table.rows] == NAMES
    assert table.rows[5] == (NAMES[5], "市政府副秘书长")
    assert note.text == "各乡镇主要负责人等80多人"
    # The group's people are no longer on the run-on 列席 line.
    line = next(b for b in blocks if b.kind == BlockKind.ATTENDANCE and b.text.startswith("列席："))
    assert not any(name in line.text for name in NAMES[:3])


def test_a_note_column_only_when_someone_has_a_note_and_titles_only_when_printed() -> None:
    doc = with_table(notes=True)
    table = next(b for b in render(doc).blocks if isinstance(b, TableBlock))
    assert table.header == ("姓名", "职务（单位）", "备注") and table.rows[3][2] == "因公请假"
    doc.people.groups[-1].print_titles = False
    table = next(b for b in render(doc).blocks if isinstance(b, TableBlock))
    assert table.header == ("姓名", "备注")


@pytest.mark.parametrize("style", [DocumentStyle.NEWS, DocumentStyle.BOARD])
def test_other_styles_ignore_the_choice(style: DocumentStyle) -> None:
    doc = with_table()
    blocks = render(doc, ExportOptions(style=style)).blocks
    assert not any(b.kind == BlockKind.ATTENDANCE_TABLE for b in blocks)
    plain = doc.copy_deep()
    plain.people.groups[-1].as_table = False
    assert blocks == render(plain, ExportOptions(style=style)).blocks


def test_the_docx_holds_the_table_with_every_name_in_order_within_the_text_block(tmp_path: Path) -> None:
    doc = with_table(notes=True)
    path = tmp_path / "table.docx"
    write_docx(doc, path, ExportOptions(style=DocumentStyle.JIYAO))
    document = docx.Document(str(path))
    assert len(document.tables) == 1
    table = document.tables[0]
    cells = [[c.text.replace(WORD_JOINER, "") for c in row.cells] for row in table.rows]
    assert cells[0] == ["姓名", "职务（单位）", "备注"]
    assert [row[0] for row in cells[1:]] == NAMES
    assert cells[1 + 5][1] == "市政府副秘书长" and cells[1 + 3][2] == "因公请假"
    # The body face (仿宋, 3号) in the cells; widths add up to the 156 mm text block.
    cell = table.rows[1].cells[0].paragraphs[0]
    assert cell.style.font.size.pt == 16
    assert "仿宋" in cell.runs[0].element.rPr.rFonts.get(qn("w:eastAsia"))
    widths = [col.width.twips for col in table.columns]
    assert sum(widths) == PageSetup().text_width
    assert widths[0] >= 4 * 320  # a 3-character name with room to spare: never wraps
    # The label line precedes the table and stays with it; the grid profile is kept.
    body = document.element.body
    (tbl,) = body.iter(qn("w:tbl"))
    before = tbl.getprevious()
    assert words(before) == "列席人员："
    keep = before.find(f"{qn('w:pPr')}/{qn('w:keepNext')}")
    assert keep is None or keep.get(qn("w:val")) != "0"  # the style's keep-with-next holds
    assert document.styles["Minutes Attendance"].paragraph_format.keep_with_next
    plain = doc.copy_deep()
    plain.people.groups[-1].as_table = False
    write_docx(plain, tmp_path / "plain.docx", ExportOptions(style=DocumentStyle.JIYAO))
    plain_body = docx.Document(str(tmp_path / "plain.docx")).element.body
    grid = f"{qn('w:sectPr')}/{qn('w:docGrid')}"
    assert dict(body.find(grid).attrib) == dict(plain_body.find(grid).attrib)
    # No text lost: every character the blocks hold is in the file.
    text = "".join(words(body).split())
    for block in render(doc).blocks:
        for piece in block.text.split("\n"):
            assert "".join(piece.split()) in text, piece


def test_the_html_and_the_preview_print_a_table() -> None:
    doc = with_table(notes=True)
    for preview in (False, True):
        page = lxml_html.fromstring(to_html(doc, ExportOptions(style=DocumentStyle.JIYAO), preview=preview))
        (table,) = page.xpath("//table[contains(@class, 'attendance_table')]")
        assert [th.text_content() for th in table.xpath(".//th")] == ["姓名", "职务（单位）", "备注"]
        assert [td.text_content() for td in table.xpath(".//td[@class='name']")] == NAMES
        assert not table.xpath(".//caption")
    css = to_html(doc, ExportOptions(style=DocumentStyle.JIYAO))
    assert "td.name { white-space: nowrap" in css
