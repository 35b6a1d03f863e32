"""Measure a PDF's pages with pdfplumber: text lines, their pitch and length, margins, numbers.

Positions are in PDF points from the page's top-left (pdfplumber's ``top``/``x0``).
"""

from __future__ import annotations

import subprocess
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

MM = 72 / 25.4


@dataclass
class Line:
    baseline: float  # from the page's top
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    sizes: set[float]


@dataclass
class PageMeasure:
    number: int
    width: float
    height: float
    lines: list[Line]  # every text line, top to bottom


def is_cjk(ch: str) -> bool:
    return ord(ch) >= 0x2E80


def measure(path: str | Path) -> list[PageMeasure]:
    import pdfplumber

    pages = []
    with pdfplumber.open(str(path)) as pdf:
        for page in pdf.pages:
            rows: dict[float, list[dict]] = defaultdict(list)
            for ch in page.chars:
                if ch["text"].strip():
                    # The baseline (the glyph origin), not the box: faces differ in ascent.
                    rows[round(float(page.height) - ch["matrix"][5], 0)].append(ch)
            lines = []
            for _key, chars in sorted(rows.items()):
                chars.sort(key=lambda c: c["x0"])
                lines.append(
                    Line(
                        baseline=float(page.height) - chars[0]["matrix"][5],
                        top=min(c["top"] for c in chars),
                        bottom=max(c["bottom"] for c in chars),
                        x0=chars[0]["x0"],
                        x1=chars[-1]["x1"],
                        text="".join(c["text"] for c in chars),
                        sizes={round(c["size"], 1) for c in chars},
                    )
                )
            pages.append(PageMeasure(page.page_number, float(page.width), float(page.height), lines))
    return pages


def body_lines(page: PageMeasure, top_mm: float, bottom_mm: float) -> list[Line]:
    """The lines inside the text block (between the top and bottom margins)."""
    top, bottom = top_mm * MM, page.height - bottom_mm * MM
    return [ln for ln in page.lines if ln.top >= top - 2 and ln.bottom <= bottom + 2]


def footer_lines(page: PageMeasure, bottom_mm: float) -> list[Line]:
    bottom = page.height - bottom_mm * MM
    return [ln for ln in page.lines if ln.top > bottom + 2]


def libreoffice_pdfs(docx_files: list[Path], out: Path, timeout: float = 300) -> None:
    """Convert .docx files to PDFs in ``out`` with LibreOffice, in a profile of their own
    (parallel test workers must not share one)."""
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(out / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, docx_files),
        ],
        check=True,
        capture_output=True,
        timeout=timeout,
    )
