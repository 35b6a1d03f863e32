"""The python-docx script most people write: one paragraph and one run at a time, the East Asian
font set run by run (``run.font.name`` plus ``rFonts/@w:eastAsia``), as the python-docx issues
and blog recipes teach. No page setup, styles or footers: strictly less than our exporter does.
"""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

# kind -> (font, size in pt)
FONTS = {"title": ("方正小标宋简体", 22), "heading": ("黑体", 16), "body": ("仿宋_GB2312", 16)}


def write_docx(paragraphs: list[tuple[str, str]], path: str | Path) -> None:
    document = Document()
    for kind, text in paragraphs:
        paragraph = document.add_paragraph()
        if kind == "title":
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            paragraph.paragraph_format.first_line_indent = Pt(32)
        run = paragraph.add_run(text)
        font, size = FONTS[kind]
        run.font.name = font
        run.font.size = Pt(size)
        run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
    document.save(str(path))
