"""PDF export measured on the page: the CLI without LibreOffice on PATH, then pdfplumber.

The 纪要 must come out on the GB/T 9704 page (A4, text block 156 x 225 mm from 37 mm / 28 mm,
22 lines of 28.95 pt x 28 characters, "— N —" 7 mm under the block, odd pages right and even
pages left, 1 字 in), the news report on the same page with centred numbers, board minutes on
A4 with 25 mm margins and "Page N of M"; every font embedded and subset (``pdffonts``), the
title, language and tags in the file, the text extractable.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from pdf_pages import MM, PageMeasure, body_lines, footer_lines, is_cjk, measure

from minutes_app.export import ExportOptions, to_pdf
from minutes_app.export.pdf_fonts import FontChoice
from minutes_app.export.pdf_inspect import embedded_fonts
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

ROOT = Path(__file__).resolve().parents[2]
SEED = EXAMPLES / "seed-report.minutes"
A4 = (595.28, 841.89)
PITCH = 28.95
CELL = 156 * MM / 28  # 15.79 pt


def export_without_libreoffice(tmp_path: Path, draft: Path, style: str, *extra: str) -> tuple[Path, str]:
    """Run ``minutes export`` in a child whose PATH has fc-list but no soffice/libreoffice."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fc_list = shutil.which("fc-list")
    assert fc_list, "fontconfig's fc-list is needed (scripts/setup installs it)"
    os.symlink(fc_list, bin_dir / "fc-list")
    env = {**os.environ, "PATH": str(bin_dir)}
    probe = "import shutil; print(shutil.which('soffice'), shutil.which('libreoffice'))"
    assert subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True).stdout.split() == ["None", "None"]
    out = tmp_path / f"{style}.pdf"
    command = [sys.executable, "-m", "minutes_app.cli", "export", str(draft), "--format", "pdf",
               "--style", style, "-o", str(out), *extra]
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return out, done.stdout


def pdffonts(path: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def assert_fonts_embedded_and_subset(path: Path) -> list[str]:
    rows = pdffonts(path)
    assert rows, "the PDF has no fonts: its text would not be text"
    for row in rows:
        emb, sub, uni = row[-5], row[-4], row[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert re.match(r"[A-Z]{6}\+", row[0]), row  # subset tag
    return [row[0].split("+", 1)[1] for row in rows]


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def catalog_lang(path: Path) -> str:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        lang = pdf.doc.catalog.get("Lang")
    return lang.decode() if isinstance(lang, bytes) else str(lang)


def check_gb_page(pages: list[PageMeasure], *, centred_numbers: bool) -> None:
    """The GB/T 9704 text block, 22 lines x 28 characters and the page numbers, measured."""
    assert len(pages) >= 3, "the seed fills several pages"
    for page in pages:
        assert (round(page.width, 2), round(page.height, 2)) == A4
    left, right = 28 * MM, (28 + 156) * MM
    block_bottom = page.height - 35 * MM
    full_cjk_lines: list[int] = []
    for page in pages:
        lines = body_lines(page, 37, 35)
        assert lines and lines[0].top >= 37 * MM - 0.5 and lines[-1].bottom <= block_bottom + 0.5
        for line in lines:
            assert line.x0 >= left - 0.2 and line.x1 <= right + 0.5, (page.number, line.text)
            if all(is_cjk(ch) for ch in line.text) and abs(line.x0 - left) < 0.3:
                full_cjk_lines.append(len(line.text))
                if len(line.text) == 28:  # one character cell of 15.79 pt, 0.22 pt condensed
                    assert line.x1 == pytest.approx(right, abs=0.5)
        if page is pages[0] or page is pages[-1]:
            continue
        # A full page: 22 lines on the 28.95 pt grid, filling the 225 mm block.
        assert len(lines) == 22, (page.number, [ln.text for ln in lines])
        steps = [b.baseline - a.baseline for a, b in zip(lines, lines[1:], strict=False)]
        assert statistics.median(steps) == pytest.approx(PITCH, abs=0.05)
        assert lines[-1].baseline - lines[0].baseline == pytest.approx(21 * PITCH, abs=1.0)
    counts = Counter(full_cjk_lines)
    assert counts.most_common(1)[0][0] == 28, counts
    assert max(counts) == 28, counts
    for page in pages:
        numbers = footer_lines(page, 35)
        assert [ln.text for ln in numbers] == [f"—{page.number}—"]  # "— N —": spaces are not glyphs
        number = numbers[0]
        assert number.sizes == {14.0}  # 4号
        assert number.top - block_bottom == pytest.approx(7 * MM, abs=1.5 * MM)
        if centred_numbers:
            assert (number.x0 + number.x1) / 2 == pytest.approx((left + right) / 2, abs=1.0)
        elif page.number % 2:  # odd: right, one 14 pt character in
            assert right - number.x1 == pytest.approx(14, abs=1.0)
        else:
            assert number.x0 - left == pytest.approx(14, abs=1.0)


def test_jiyao_pdf_without_libreoffice_is_the_gb_9704_page(tmp_path: Path) -> None:
    out, stdout = export_without_libreoffice(tmp_path, SEED, "jiyao")
    pages = measure(out)
    check_gb_page(pages, centred_numbers=False)
    assert "engine weasyprint" in stdout and "仿宋_GB2312" in stdout  # the font report
    embedded = assert_fonts_embedded_and_subset(out)
    assert any("CJK" in name or "GB2312" in name or "FangSong" in name for name in embedded)
    info = pdfinfo(out)
    doc = load_draft(SEED)
    assert info["Title"] == "中共吕梁市委专题会议纪要" and info["Tagged"] == "yes"
    assert info["Pages"] == str(len(pages))
    assert catalog_lang(out) == "zh-CN"
    text = "".join(ln.text for p in pages for ln in p.lines)
    assert doc.body.sections[0].heading in text  # selectable, searchable text


def test_news_pdf_is_the_same_page_with_centred_numbers(tmp_path: Path) -> None:
    out, _stdout = export_without_libreoffice(tmp_path, SEED, "news")
    check_gb_page(measure(out), centred_numbers=True)
    assert_fonts_embedded_and_subset(out)
    assert pdfinfo(out)["Tagged"] == "yes"


def test_board_pdf_has_its_margins_and_page_of_footer(tmp_path: Path) -> None:
    out, stdout = export_without_libreoffice(tmp_path, EXAMPLES / "board-minutes.minutes", "board")
    pages = measure(out)
    assert len(pages) >= 2
    for page in pages:
        assert (round(page.width, 2), round(page.height, 2)) == A4
        body = [ln for ln in page.lines if ln.top < page.height - 25 * MM]
        assert min(ln.x0 for ln in body) == pytest.approx(25 * MM, abs=0.5)
        assert max(ln.x1 for ln in body) <= page.width - 25 * MM + 0.5
        assert min(ln.top for ln in body) >= 25 * MM - 0.5
        footer = [ln for ln in page.lines if ln.top > page.height - 25 * MM]
        assert [ln.text for ln in footer] == [f"Page{page.number}of{len(pages)}"]
        assert (footer[0].x0 + footer[0].x1) / 2 == pytest.approx(page.width / 2, abs=1.0)
    assert "Calibri" in stdout
    assert_fonts_embedded_and_subset(out)
    assert catalog_lang(out) == "en-GB"


def test_us_board_minutes_are_on_letter_paper(tmp_path: Path) -> None:
    doc = load_draft(EXAMPLES / "board-minutes.minutes")
    data, report = to_pdf(doc, ExportOptions(style=DocumentStyle.BOARD, locale="en_US"))
    path = tmp_path / "us.pdf"
    path.write_bytes(data)
    page = measure(path)[0]
    assert (round(page.width), round(page.height)) == (612, 792)
    assert report.pages == len(measure(path))


def test_the_report_names_what_the_pdf_embeds() -> None:
    """The faces the report says were used are the faces in the file, nothing else."""
    data, report = to_pdf(load_draft(SEED), ExportOptions(style=DocumentStyle.JIYAO))
    used = {c.used.replace(" ", "").replace("-", "") for c in report.fonts}
    # "Minutes Latin": the HTML sheets' face for Latin letters and digits in Chinese text.
    fonts = embedded_fonts(data)
    embedded = {name.replace("-", "") for name, _embedded in fonts} - {"MinutesLatin"}
    assert embedded and all(e for _n, e in fonts)
    assert embedded <= used | {u + "Bold" for u in used}, (embedded, used)
    assert data.startswith(b"%PDF-")


def test_a_missing_face_is_drawn_with_the_substitute_the_report_names() -> None:
    """Tell the export that only Noto Sans CJK SC and Liberation Serif exist: every Chinese
    role is then drawn with the sans face, and the PDF embeds exactly that."""
    families = lambda: ["Noto Sans CJK SC", "Liberation Serif"]  # noqa: E731
    from minutes_app.export.pdf_export import to_pdf as to_pdf_with

    data, report = to_pdf_with(load_draft(SEED), ExportOptions(style=DocumentStyle.JIYAO), families=families)
    by_role = {c.role: c for c in report.fonts}
    assert by_role["fangsong"] == FontChoice("fangsong", "仿宋_GB2312", "Noto Sans CJK SC")
    names = {name for name, _e in embedded_fonts(data)} - {"Minutes-Latin"}
    assert names == {"Noto-Sans-CJK-SC", "Liberation-Serif"}, names


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is optional for PDF")
def test_pdf_via_libreoffice(tmp_path: Path) -> None:
    from minutes_app.cli import main

    out = tmp_path / "lo.pdf"
    code = main(["export", str(SEED), "--format", "pdf", "--style", "jiyao",
                 "--pdf-engine", "libreoffice", "-o", str(out)])
    assert code == 0
    pages = measure(out)
    assert (pages[0].width, pages[0].height) == pytest.approx(A4, abs=0.1)
    assert_fonts_embedded_and_subset(out)
    assert len(pages) >= 3 and len(body_lines(pages[1], 37, 35)) == 22  # the "lines" grid


def test_the_colophon_closes_the_last_page_of_the_built_in_pdf(tmp_path: Path) -> None:
    """版记 at the foot of the text area of the last page (WeasyPrint sets its lines as footnotes
    without calls), 印发日期 set flush right on the 印发机关's line."""
    import pdfplumber

    data, _report = to_pdf(load_draft(EXAMPLES / "jiyao-example.minutes"), ExportOptions())
    path = tmp_path / "jiyao.pdf"
    path.write_bytes(data)
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[-1]
        # The 版记's lines are boxes drawn with their rules (WeasyPrint paints a border as
        # one filled shape the size of its box): the last box ends at the text area's foot.
        boxes = [r for r in page.rects if r["width"] > 400]
        lines = body_lines(measure(path)[-1], 37, 35)
    assert len(boxes) >= 2 and max(r["bottom"] for r in boxes) / MM == pytest.approx(262, abs=1)
    printed = lines[-1]
    assert printed.text.startswith("云川市人民政府办公室") and printed.text.endswith("2024年5月10日印发")
    assert printed.x1 / MM == pytest.approx(210 - 26 - 14 / 72 * 25.4, abs=1.5)  # 1 字 from the right
