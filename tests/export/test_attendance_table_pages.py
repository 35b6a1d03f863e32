"""The 参会人员 table laid out by LibreOffice (issue 12, point 12): a 纪要 whose 出席 group of 60
people is set ``as_table``, converted to PDF and read with pdfplumber. Every name is on the page,
each in one table cell on one line, and the table's rules lie within the 156 mm text block."""

from __future__ import annotations

import itertools
import shutil
from pathlib import Path

import pdfplumber
import pytest
from pdf_pages import libreoffice_pdfs

from minutes_app.export import ExportOptions, write_docx
from minutes_app.export.docx_styles import PageSetup
from minutes_app.model import AttendeeGroup, GroupRole, Person
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; scripts/setup --test installs it",
)

MM = 72 / 25.4
TWIP_MM = 25.4 / 1440
SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高"
GIVEN = ("建华", "晓光", "志强", "敏", "海峰", "丽", "国庆", "文博", "雪", "立", "卫东", "红")
NAMES = [s + g for s, g in itertools.product(SURNAMES, GIVEN)][::4][:60]


@pytest.fixture(scope="module")
def pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("attendance-table")
    doc = load_draft(EXAMPLES / "jiyao-example.minutes")
    people = [
        Person(name=n, title="市人民政府办公室副主任" if i % 7 == 0 else "", note="因公请假" if i == 9 else "")
        for i, n in enumerate(NAMES)
    ]
    doc.people.groups.insert(0, AttendeeGroup(role=GroupRole.PRESENT, people=people, as_table=True))
    path = out / "table.docx"
    write_docx(doc, path, ExportOptions(style=DocumentStyle.JIYAO))
    libreoffice_pdfs([path], out)
    return path.with_suffix(".pdf")


def table_rows(pdf: Path) -> list[list[str | None]]:
    rows: list[list[str | None]] = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            for table in page.find_tables():
                rows.extend(table.extract())
    return rows


def test_every_name_is_in_the_table_in_order_each_on_one_line(pdf: Path) -> None:
    rows = table_rows(pdf)
    names = [row[0] for row in rows if row[0] != "姓名"]
    assert names == NAMES  # "刘\n海峰" would be a name split across lines
    assert {len(row) for row in rows} == {3}
    assert rows[1 + 9][2] == "因公请假"


def test_the_table_lies_within_the_text_block(pdf: Path) -> None:
    page_setup = PageSetup()
    left = page_setup.left * TWIP_MM * MM
    right = (page_setup.left + page_setup.text_width) * TWIP_MM * MM
    assert right - left == pytest.approx(156 * MM, abs=0.5 * MM)
    with pdfplumber.open(pdf) as document:
        tables = [t for page in document.pages for t in page.find_tables()]
    assert len(tables) >= 2  # 60 rows run over pages, the header row repeated
    for table in tables:
        x0, _, x1, _ = table.bbox
        assert x0 >= left - 0.3 * MM and x1 <= right + 0.3 * MM, (x0 / MM, x1 / MM)
        assert table.extract()[0] == ["姓名", "职务（单位）", "备注"]
