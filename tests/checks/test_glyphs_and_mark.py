"""Fonts found (or not) for the glyph rule, and the red mark's line estimate against the page
LibreOffice lays out."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from check_helpers import TODAY, example

from minutes_app.checks import GlyphSource, run_checks
from minutes_app.checks.glyphs import FontFile, fontconfig_locator
from minutes_app.checks.rules_layout import mark_lines
from minutes_app.export import ExportOptions, write_docx
from minutes_app.export.docx_styles import layout_for, mark_size
from minutes_app.export.fonts import Face
from minutes_app.model import DocumentStyle


def test_no_font_found_skips_the_glyph_rule() -> None:
    asked: list[str] = []

    def nothing(family: str) -> FontFile | None:
        asked.append(family)
        return None

    doc = example("jiyao")
    doc.body.sections[0].heading += "🎉"
    assert run_checks(doc, today=TODAY, glyphs=GlyphSource(nothing)) == []
    assert "仿宋_GB2312" in asked and "Noto Serif CJK SC" in asked  # the chain, then the free face


def test_the_first_installed_face_of_the_chain_is_used(glyphs: GlyphSource) -> None:
    noto = fontconfig_locator("Noto Serif CJK SC")
    if noto is None:
        pytest.skip("Noto Serif CJK is not installed (apt-get install fonts-noto-cjk)")
    calls: list[str] = []

    def only_noto(family: str) -> FontFile | None:
        calls.append(family)
        return noto if family == "Noto Serif CJK SC" else None

    coverage = GlyphSource(only_noto).face(Face.FANGSONG)
    assert coverage is not None and coverage.family == "Noto Serif CJK SC"
    assert ord("纪") in coverage.codepoints and ord("🎉") not in coverage.codepoints
    assert calls[-1] == "Noto Serif CJK SC"


LAYOUT = layout_for(DocumentStyle.JIYAO, "zh_CN")


MEASURE = LAYOUT.page.text_width / 20  # 156 mm in pt


def test_the_mark_shrinks_to_22_pt_then_wraps() -> None:
    assert mark_size("纪" * 12, MEASURE) == 36  # 小初 while it fits
    assert mark_size("纪" * 13, MEASURE) == 26
    assert mark_size("纪" * 18, MEASURE) == 22
    per_line = int(MEASURE // 22)
    assert per_line == 20
    assert mark_lines("纪" * 13, LAYOUT) == 1
    assert mark_lines("纪" * per_line, LAYOUT) == 1
    assert mark_lines("纪" * (per_line + 1), LAYOUT) == 2
    assert mark_lines("纪" * (2 * per_line), LAYOUT) == 2
    assert mark_lines("纪" * (2 * per_line + 1), LAYOUT) == 3
    assert mark_lines("2024" + "纪" * (2 * per_line - 2), LAYOUT) == 2  # digits are half a 字


LONG = "云川市人民政府关于进一步加强城镇老旧小区改造防汛备汛优化营商环境和教育项目建设等工作的常务会议"


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="needs LibreOffice and poppler-utils (scripts/setup --test)")
@pytest.mark.parametrize("length", [13, 20, 21, 40, 41])
def test_mark_estimate_matches_the_rendered_page(length: int, tmp_path: Path) -> None:
    """The red mark of a .docx rendered by LibreOffice takes the lines the rule estimates."""
    doc = example("jiyao")
    doc.header.title = LONG[: length - 2] + "纪要"
    assert len(doc.header.title) == length
    out = tmp_path / "mark.docx"
    write_docx(doc, out, ExportOptions(grid="lines"))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=180,
    )
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", "-layout", str(tmp_path / "mark.pdf"), "-"],
        check=True, capture_output=True, text=True,
    ).stdout
    lines = [line.replace(" ", "") for line in text.splitlines() if line.strip()]
    mark_rows = 0
    for line in lines:  # the mark's lines come first, before the issue number 第12期
        if line.startswith("第12期"):
            break
        mark_rows += 1
    assert "".join(lines[:mark_rows]) == doc.header.title
    assert mark_rows == mark_lines(doc.header.title, LAYOUT)
