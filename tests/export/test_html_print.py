"""The 纪要 HTML printed by Chromium (``--print-to-pdf``) lays its text out 156 mm wide from the
28 mm left margin, the GB/T 9704 text area, and keeps the red mark on one line (issue 12: the
page padding once added to the print margins and gave a 102 mm column)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_pages import CHROMIUM, MM, measure, print_to_pdf

from minutes_app.export import ExportOptions, render, write_html
from minutes_app.export.blocks import BlockKind
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed; scripts/setup --test installs it"
)


@pytest.mark.parametrize("name", ["seed-report", "jiyao-example"])
def test_printed_jiyao_html_is_156_mm_wide(name: str, tmp_path: Path) -> None:
    doc = load_draft(EXAMPLES / f"{name}.minutes")
    options = ExportOptions(style=DocumentStyle.JIYAO)
    html, pdf = tmp_path / f"{name}.html", tmp_path / f"{name}.pdf"
    write_html(doc, html, options)
    print_to_pdf(html, pdf)

    pages = measure(pdf)
    assert len(pages) >= 3
    body = [line for page in pages for line in page.lines if line.baseline < page.height - 30 * MM]
    left = min(line.x0 for line in body) / MM
    right = max(line.x1 for line in body) / MM
    assert left == pytest.approx(28, abs=1) and right - left == pytest.approx(156, abs=1.5)
    mark = next(b.text for b in render(doc, options).blocks if b.kind == BlockKind.MARK)
    # The first line is the whole mark (compared by length: Chromium's PDF maps some glyphs
    # to radicals, ⺠ for 民).
    first = "".join(pages[0].lines[0].text.split())
    assert len(first) == len(mark) and first[-2:] == mark[-2:], (first, mark)
