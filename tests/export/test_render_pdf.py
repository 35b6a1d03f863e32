"""Render check: LibreOffice lays the 纪要 out on the GB/T 9704 page (22 lines x 28 characters).

The expected page count comes from the rendered blocks, paginated on that grid with the rules
Word and LibreOffice apply by default (widow and orphan control, headings kept with the next
paragraph), so a change in the layout's geometry shows up as a different page count.

LibreOffice cannot fit a 16 pt glyph into the 15.79 pt cell of Word's character grid (it gives
each glyph two cells), so the check converts the ``lines`` grid profile, which LibreOffice lays
out as Word lays out the default profile.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pytest
from pdf_pages import libreoffice_pdfs

from minutes_app.export import ExportOptions, render, write_docx
from minutes_app.export.blocks import AnyBlock, BlockKind, SpanKind
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; apt-get install libreoffice-writer-nogui",
)

LINES, CHARS, PITCH_TW = 22, 28, 579
DRAFTS = ("seed-report.minutes", "jiyao-example.minutes")


def width(text: str) -> float:
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text)


def expected_pages(blocks: tuple[AnyBlock, ...]) -> int:
    """Fill 22-line pages with the blocks' lines (28 characters each, 2 字 indents)."""
    items: list[tuple[str, float, bool]] = []  # (kind, lines, keep with next)
    for b in blocks:
        if b.kind == BlockKind.MARK:  # 86 pt before + a 45 pt line
            items.append(("space", (1720 + 900) / PITCH_TW, False))
        elif b.kind == BlockKind.ISSUE:
            items.append(("space", (290 + PITCH_TW) / PITCH_TW, False))
        elif b.kind == BlockKind.ISSUER:  # half a line above, the line, a line below the rule
            items.append(("space", (290 + 2 * PITCH_TW) / PITCH_TW, False))
        elif b.kind == BlockKind.ATTENDANCE:  # a blank line, then names hanging after the label
            label = sum(width(s.text) for s in b.spans if s.kind == SpanKind.LABEL)
            if not items or items[-1][0] != "names":
                items.append(("space", 1, False))
            items.append(("names", math.ceil((width(b.text) - label) / (CHARS - 2 - label)), False))
        else:
            items.append(
                ("para", math.ceil((2 + width(b.text)) / CHARS), b.kind == BlockKind.HEADING)
            )
    pages, used, i = 1, 0.0, 0
    while i < len(items):
        kind, n, keep = items[i]
        room = LINES - used
        if kind == "space":
            if n > room:
                pages, used = pages + 1, 0.0
            used, i = used + n, i + 1
            continue
        need = n + (min(2, items[i + 1][1]) if keep and i + 1 < len(items) else 0)
        if need <= room:
            used, i = used + n, i + 1
            continue
        whole = math.floor(room + 1e-9)
        first = whole if n - whole >= 2 else n - 2  # never leave a single line (widow) behind
        if keep or n < 4 or first < 2:  # a heading, a short paragraph or an orphan moves whole
            pages, used = pages + 1, 0.0
            continue
        pages, used, i = pages + 1, n - first, i + 1
    return pages


def page_count(pdf: Path) -> int:
    if shutil.which("pdfinfo"):
        info = subprocess.run(
            ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
        ).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def text_lines(pdf: Path) -> list[list[tuple[float, float, str]]]:
    """Per page, the text lines as (left x, baseline y, text), from pdftotext -bbox."""
    html = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in html.split("<page ")[1:]:
        rows: dict[int, list[tuple[float, float, str]]] = defaultdict(list)
        for x0, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            page,
        ):
            rows[round(float(y1))].append((float(x0), float(y1), word))
        pages.append(
            [
                (min(r)[0], max(y for _, y, _ in r), "".join(w for _, _, w in sorted(r)))
                for _, r in sorted(rows.items())
            ]
        )
    return pages


@pytest.fixture(scope="module")
def rendered_pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, int]]:
    out = tmp_path_factory.mktemp("render")
    files, expected = [], {}
    for name in DRAFTS:
        doc = load_draft(EXAMPLES / name)
        options = ExportOptions(style=DocumentStyle.JIYAO, grid="lines")
        path = out / f"{Path(name).stem}.docx"
        write_docx(doc, path, options)
        files.append(path)
        expected[path.stem] = expected_pages(render(doc, options).blocks)
    libreoffice_pdfs(files, out, timeout=180)
    return {stem: (out / f"{stem}.pdf", pages) for stem, pages in expected.items()}


@pytest.mark.parametrize("stem", [Path(name).stem for name in DRAFTS])
def test_jiyao_pdf_has_the_expected_page_count(
    rendered_pdfs: dict[str, tuple[Path, int]], stem: str
) -> None:
    pdf, expected = rendered_pdfs[stem]
    assert expected >= 3
    assert page_count(pdf) == expected


@pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)
def test_grid_margins_and_page_numbers_in_the_pdf(
    rendered_pdfs: dict[str, tuple[Path, int]],
) -> None:
    pdf, _ = rendered_pdfs["seed-report"]
    pages = text_lines(pdf)
    top, bottom = 2098 / 20, (16838 - 1984) / 20  # text area in pt from the top of the page
    for n, lines in enumerate(pages, start=1):
        body = [line for line in lines if top < line[1] <= bottom + 1]
        footer = [line for line in lines if line[1] > bottom + 1]
        assert [text for _, _, text in footer] == [f"—{n}—"]  # — N — (pdftotext drops the spaces)
        x = footer[0][0]
        assert x > 400 if n % 2 else x < 120  # odd pages right, even pages left
        if 1 < n < len(pages):
            assert len(body) in (LINES - 1, LINES)  # a widow-controlled page may keep a line free
            pitches = {round(b[1] - a[1], 1) for a, b in zip(body, body[1:], strict=False)}
            assert pitches <= {28.9, 29.0, 29.1}, pitches  # 28.95 pt: 22 lines fill 225 mm
        if n < len(pages):  # full lines hold 28 characters; a closing comma may hang outside
            assert max(width(text.rstrip("，。、；：")) for _, _, text in body) == CHARS
            assert min(x for x, _, _ in body) == pytest.approx(1588 / 20, abs=1)  # 28 mm margin
