"""Every example in every style, exported with the default options and laid out by LibreOffice,
checked on the PDF (pdfplumber): the page a clerk would circulate unchanged (issue 12).

- no character of the .docx is missing from the PDF (a punctuation mark at a line end included);
- no personal name in an attendance block is broken across lines (60 attendees included);
- a full 纪要 page holds 22 lines of 28 characters in the default grid profile;
- the red mark's top edge is 35 mm below the text area (72 mm from the paper's top) and the
  page number's dash 7 mm below it (GB/T 9704 §7.2.4, §7.5), each within 1 mm, measured on the
  rasterised page.

One LibreOffice run converts all the files (its own profile directory in the test's temp dir).
"""

from __future__ import annotations

import itertools
import shutil
import zipfile
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest
from lxml import etree
from pdf_pages import libreoffice_pdfs

from minutes_app.export import ExportOptions, render, write_docx
from minutes_app.export.blocks import BlockKind
from minutes_app.model import AttendeeGroup, GroupRole, MeetingDocument, Person
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; scripts/setup --test installs it",
)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DRAFTS = ("seed-report", "jiyao-example", "board-minutes")
STYLES = tuple(DocumentStyle)
MM = 72 / 25.4  # points per millimetre
DPI = 254  # 0.1 mm a pixel
TEXT_TOP, TEXT_BOTTOM = 37.0, 297.0 - 35.0  # the GB/T 9704 text area, mm from the paper's top
WORD_JOINER = "\u2060"

SURNAMES = "王李张刘陈杨黄赵周吴徐孙马朱胡郭何林罗高"
GIVEN = ("建华", "晓光", "志强", "敏", "海峰", "丽", "国庆", "文博", "雪", "立", "卫东", "红")


def sixty_attendees(doc: MeetingDocument) -> MeetingDocument:
    """The 纪要 example with 60 people present (names of 2 and 3 characters, titles printed)."""
    doc = doc.copy_deep()
    names = [s + g for s, g in itertools.product(SURNAMES, GIVEN)][::4][:60]
    people = [Person(name=n, title="市政府副秘书长" if i % 7 == 0 else "") for i, n in enumerate(names)]
    doc.people.groups.insert(
        0, AttendeeGroup(role=GroupRole.PRESENT, people=people, print_titles=True)
    )
    return doc


def cases() -> dict[str, tuple[MeetingDocument, DocumentStyle]]:
    out = {}
    for name, style in itertools.product(DRAFTS, STYLES):
        out[f"{name}-{style.value}"] = (load_draft(EXAMPLES / f"{name}.minutes"), style)
    big = sixty_attendees(load_draft(EXAMPLES / "jiyao-example.minutes"))
    out["sixty-jiyao"] = (big, DocumentStyle.JIYAO)
    return out


class Rendered:
    def __init__(self, doc: MeetingDocument, style: DocumentStyle, docx: Path) -> None:
        self.doc, self.style, self.docx, self.pdf = doc, style, docx, docx.with_suffix(".pdf")
        self.blocks = render(doc, ExportOptions(style=style)).blocks
        self._lines: list[list[str]] | None = None

    def lines(self) -> list[list[str]]:
        """Per page, the text lines of the text area, top to bottom, spaces taken out."""
        if self._lines is None:
            self._lines = []
            with pdfplumber.open(self.pdf) as pdf:
                for page in pdf.pages:
                    rows = page.extract_text_lines(return_chars=False, strip=True)
                    self._lines.append(
                        [
                            "".join(r["text"].split())
                            for r in rows
                            if TEXT_TOP * MM - 1 < r["bottom"] <= TEXT_BOTTOM * MM + 1
                        ]
                    )
        return self._lines


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    out = tmp_path_factory.mktemp("pages")
    result = {}
    for key, (doc, style) in cases().items():
        path = out / f"{key}.docx"
        write_docx(doc, path, ExportOptions(style=style))  # the default grid profile
        result[key] = Rendered(doc, style, path)
    libreoffice_pdfs([r.docx for r in result.values()], out)
    return result


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
    return "".join(t.text or "" for t in root.iter(f"{W}t"))


def pdf_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join(ch["text"] for page in pdf.pages for ch in page.chars)


def counted(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace() and ch != WORD_JOINER)


@pytest.mark.parametrize("key", [*cases()])
def test_every_character_of_the_docx_is_on_the_page(rendered: dict[str, Rendered], key: str) -> None:
    r = rendered[key]
    missing = counted(docx_text(r.docx)) - counted(pdf_text(r.pdf))
    assert not missing, f"{key}: {dict(missing)}"


def name_breaks(r: Rendered) -> list[str]:
    """Names of the attendance blocks broken at the end of a PDF line: a line ending in the
    name's first characters and the next line starting with the rest."""
    blocks = ["".join(b.text.replace(WORD_JOINER, "").split()) for b in r.blocks if b.kind == BlockKind.ATTENDANCE]
    names = {p.name for g in r.doc.people.groups for p in g.people if len(p.name) > 1}
    broken = []
    for page in r.lines():
        for line, following in itertools.pairwise(page):
            if not any(line in b and following in b for b in blocks):
                continue  # not two lines of one attendance block
            for name in names:
                for k in range(1, len(name)):
                    if line.endswith(name[:k]) and following.startswith(name[k:]):
                        if not any((line + following) in b for b in blocks) or name not in line:
                            broken.append(f"{line}|{following}")
    return broken


@pytest.mark.parametrize("key", ["seed-report-jiyao", "jiyao-example-jiyao", "sixty-jiyao"])
def test_no_name_is_broken_across_lines(rendered: dict[str, Rendered], key: str) -> None:
    r = rendered[key]
    attendance = [b for b in r.blocks if b.kind == BlockKind.ATTENDANCE]
    assert attendance and any(len(lines) > 1 for lines in r.lines())
    assert name_breaks(r) == []


def test_the_sixty_attendees_wrap_over_several_lines(rendered: dict[str, Rendered]) -> None:
    """The check above has something to find: the 出席 block runs over many lines, and every
    name is on the page."""
    r = rendered["sixty-jiyao"]
    text = "".join(itertools.chain.from_iterable(r.lines()))
    names = [p.name for p in r.doc.people.groups[0].people]
    assert len(names) == 60 and all(name in text for name in names)
    joined = [line for page in r.lines() for line in page if any(n in line for n in names[5:55])]
    assert len(joined) >= 8


@pytest.mark.parametrize("key", ["seed-report-jiyao", "jiyao-example-jiyao", "sixty-jiyao"])
def test_the_attendance_block_is_kept_on_one_page(rendered: dict[str, Rendered], key: str) -> None:
    r = rendered[key]
    labels = [b.spans[0].text for b in r.blocks if b.kind == BlockKind.ATTENDANCE]
    pages = {n for n, lines in enumerate(r.lines()) for line in lines if line.startswith(tuple(labels))}
    assert labels and len(pages) == 1, (labels, pages)


def width(text: str) -> float:
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text)


@pytest.mark.parametrize("key", ["seed-report-jiyao", "sixty-jiyao"])
def test_a_full_jiyao_page_is_22_lines_of_28_characters(
    rendered: dict[str, Rendered], key: str
) -> None:
    r = rendered[key]
    # The 版记 is set in 4号 (14 pt): more of its characters fit a line.
    colophon = {"".join(b.text.split()) for b in r.blocks if b.kind == BlockKind.COLOPHON}
    pages = [[line for line in lines if not any(line in c for c in colophon)] for lines in r.lines()]
    assert len(pages) >= 3
    for lines in pages:
        assert len(lines) <= 22
        # A closing mark may hang in the margin; a run of Latin digits may end a line early.
        assert max(width(line.rstrip("，。、；：")) for line in lines) <= 28
    full = [lines for lines in pages[1:-1] if len(lines) == 22]
    assert full, [len(lines) for lines in pages]
    assert any(max(width(line.rstrip("，。、；：")) for line in lines) == 28 for lines in full)


def ink_rows(pdf: Path, page: int, top_mm: float, bottom_mm: float, test) -> dict[float, int]:
    """Rows of the rasterised page between two heights (mm) with pixels passing ``test``: the
    row's height in mm and the number of such pixels."""
    with pdfplumber.open(pdf) as document:
        image = document.pages[page].to_image(resolution=DPI).original.convert("RGB")
    px = 25.4 / DPI
    top = int(top_mm / px)
    region = image.crop((0, top, image.width, int(bottom_mm / px)))
    data, rows = region.tobytes(), Counter()
    for i in range(0, len(data), 3):
        if test((data[i], data[i + 1], data[i + 2])):
            rows[i // 3 // region.width] += 1
    return {(top + row) * px: n for row, n in sorted(rows.items())}


def red(pixel: tuple[int, int, int]) -> bool:
    return pixel[0] > 180 and pixel[1] < 100 and pixel[2] < 100


def dark(pixel: tuple[int, int, int]) -> bool:
    return sum(pixel) < 300


@pytest.mark.parametrize("key", ["seed-report-jiyao", "jiyao-example-jiyao"])  # 36 and 26 pt
def test_the_red_mark_is_35_mm_below_the_text_area_top(
    rendered: dict[str, Rendered], key: str
) -> None:
    rows = ink_rows(rendered[key].pdf, 0, TEXT_TOP, TEXT_TOP + 60, red)
    assert min(rows) == pytest.approx(TEXT_TOP + 35, abs=1.0)


@pytest.mark.parametrize("key", ["seed-report-jiyao", "jiyao-example-jiyao", "seed-report-news"])
def test_the_page_number_dash_is_7_mm_below_the_text_area(
    rendered: dict[str, Rendered], key: str
) -> None:
    pdf = rendered[key].pdf
    with pdfplumber.open(pdf) as document:
        count = len(document.pages)
    for page in range(min(count, 2)):  # an odd and an even page
        rows = ink_rows(pdf, page, TEXT_BOTTOM + 0.5, TEXT_BOTTOM + 20, dark)
        # The dashes are the rows with the most ink: two em dashes side by side.
        widest = max(rows.values())
        dash = [y for y, n in rows.items() if n >= widest * 0.8]
        assert sum(dash) / len(dash) == pytest.approx(TEXT_BOTTOM + 7, abs=1.0), (page, dash)


def test_the_colophon_sits_at_the_foot_of_the_last_page(rendered: dict[str, Rendered]) -> None:
    """版记: its closing rule on the text area's last line, rules 0.35 mm outside and 0.25 mm
    between, its text in 4号 (14 pt), all on the last page."""
    r = rendered["jiyao-example-jiyao"]
    with pdfplumber.open(r.pdf) as pdf:
        page = pdf.pages[-1]
        rules = sorted((line["top"] / MM, line["linewidth"]) for line in page.lines)
        colophon = [ch for ch in page.chars if ch["top"] > rules[0][0] * MM]
    assert len(rules) == 3
    assert rules[-1][0] == pytest.approx(TEXT_BOTTOM, abs=1.0)
    assert [round(width * 25.4 / 72, 2) for _, width in rules] == [0.35, 0.26, 0.35]
    text = "".join(ch["text"] for ch in colophon if ch["top"] < TEXT_BOTTOM * MM)
    assert text.startswith("抄送：市委办公室") and text.endswith("2024年5月10日印发")
    assert {round(ch["size"]) for ch in colophon} == {14}
