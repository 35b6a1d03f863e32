"""Helpers for export tests: read the parts of a written .docx; the seed article's text."""

from __future__ import annotations

import zipfile
from pathlib import Path

from lxml import etree

SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "seed-article.txt"

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def w(name: str) -> str:
    return f"{{{W}}}{name}"


def docx_xml(path: Path, part: str = "word/document.xml") -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(part))


def docx_part_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def paragraph_text(p: etree._Element) -> str:
    """Text as Word shows it: w:t text, w:tab as a tab, w:br as a newline; field codes left out."""
    out = []
    for element in p.iter(w("t"), w("tab"), w("br")):
        if element.tag == w("t"):
            out.append(element.text or "")
        elif element.tag == w("tab") and element.getparent().tag == w("r"):
            out.append("\t")
        elif element.tag == w("br"):
            out.append("\n")
    return "".join(out)
