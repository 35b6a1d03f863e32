"""Measure a PDF's pages with pdfplumber: text lines, their pitch and length, margins, numbers.

Positions are in PDF points from the page's top-left (pdfplumber's ``top``/``x0``).
"""

from __future__ import annotations

import shutil
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


# The office faces a .docx names, each mapped to the free face that stands in for it on Linux
# (as a Chinese desktop's fontconfig does): without these aliases
# LibreOffice falls back glyph by glyph and sets 仿宋 and 楷体 alike in one CJK face, so which
# face a run asked for cannot be read from the page.
OFFICE_FONT_ALIASES = {
    "Noto Serif CJK SC": (
        "仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "方正小标宋简体", "方正小标宋_GBK", "华文中宋",
        "宋体", "SimSun",
    ),
    "Noto Sans CJK SC": ("黑体", "SimHei"),
    "AR PL UKai CN": ("楷体_GB2312", "楷体", "KaiTi", "STKaiti"),
}


def office_fonts_conf(out: Path) -> Path:
    """A fontconfig file: the system's configuration plus OFFICE_FONT_ALIASES."""
    aliases = "".join(
        f"<alias binding=\"same\"><family>{office}</family><prefer><family>{free}</family></prefer></alias>"
        for free, names in OFFICE_FONT_ALIASES.items()
        for office in names
    )
    conf = out / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f'<include ignore_missing="yes">/etc/fonts/fonts.conf</include>{aliases}</fontconfig>',
        encoding="utf-8",
    )
    return conf


def libreoffice_pdfs(
    docx_files: list[Path], out: Path, timeout: float = 300, *, office_fonts: bool = False
) -> None:
    """Convert .docx files to PDFs in ``out`` with LibreOffice, in a profile of their own
    (parallel test workers must not share one). ``office_fonts``: the office faces drawn with
    their free stand-ins (``office_fonts_conf``), so each face is told apart on the page."""
    env = None
    if office_fonts:
        import os

        env = {**os.environ, "FONTCONFIG_FILE": str(office_fonts_conf(out))}
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
        env=env,
    )


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def print_to_pdf(html: Path, pdf: Path) -> None:
    """Print an HTML file to PDF with headless Chromium (no header and footer lines)."""
    subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            f"--user-data-dir={html.parent / 'chromium-profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
