"""Any Unicode exports: XML-invalid characters are dropped, everything else survives."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest

from minutes_app.export import ExportOptions, to_html, write_docx, write_html
from minutes_app.model import MeetingDocument, Section
from minutes_app.model.document import DocumentStyle

# Assignment is not validated, so an edited document can hold what a loaded one cannot.
HOSTILE = "A\x00B\x01\x08\x1f\x7f\x85\ud800\udfff\ufffe\uffffC"
KEEP = "𠮷野家 😀👍🏽 שלום مرحبا \u202eRTL\u202c 中文“引号”—…"
FORBIDDEN = ["\x00", "\x01", "\x08", "\x1f", "\x7f", "\x85", "\ud800", "\udfff", "\ufffe", "\uffff"]


def hostile(seed: MeetingDocument) -> MeetingDocument:
    doc = seed
    doc.header.title = HOSTILE + KEEP
    doc.header.deck = [KEEP, HOSTILE]
    doc.header.reporter = "\ud83d"  # half an emoji
    doc.people.presiders[0].name = KEEP
    doc.body.sections.append(Section(heading=HOSTILE, body=f"{KEEP}\n{HOSTILE}\tTAB"))
    doc.body.remarks[0].text = HOSTILE
    doc.body.closing_notes = ["soft\x0bbreak\x0cand page break"]  # pasted from a word processor
    return doc


@pytest.mark.parametrize("style", list(DocumentStyle))
def test_docx_with_hostile_text(
    seed_doc: MeetingDocument, tmp_path: Path, style: DocumentStyle
) -> None:
    path = tmp_path / "hostile.docx"
    write_docx(hostile(seed_doc), path, ExportOptions(style=style))
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert not any(ch in xml for ch in FORBIDDEN)
    # Runs split by script (Latin words take the Latin font): compare the paragraphs' text.
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert KEEP.split()[0] in text and "😀👍🏽" in text and "שלום" in text and "\u202eRTL" in text
    assert "ABC" in xml  # the text around removed characters stays joined
    # Vertical tab and form feed become paragraphs or line breaks, never lost words.
    assert "soft" in xml and "break" in xml and "and page break" in xml
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "𠮷野家" in text


def test_html_with_hostile_text(seed_doc: MeetingDocument, tmp_path: Path) -> None:
    doc = hostile(seed_doc)
    for style in DocumentStyle:
        for preview in (False, True):
            html = to_html(doc, ExportOptions(style=style), preview=preview)
            html.encode("utf-8")  # no lone surrogate survives
            assert not any(ch in html for ch in FORBIDDEN)
            assert "𠮷野家" in html and "مرحبا" in html
    target = tmp_path / "hostile.html"
    write_html(doc, target)
    assert "😀" in target.read_text(encoding="utf-8")
    assert "unicode-bidi: plaintext" in target.read_text(
        encoding="utf-8"
    )  # RTL paragraphs read right
