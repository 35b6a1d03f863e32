"""签发人 on the rendered 纪要 page (GB/T 9704-2012 §7.2.6): on the 第X期 line, the number 1 字 in
from the left and `签发人：姓名` 1 字 from the right, the label in the body face (3号仿宋) and the
name in 3号楷体. Checked on the PDF of each output: the .docx through LibreOffice (the office
faces mapped to their free stand-ins, pdf_pages.OFFICE_FONT_ALIASES), the built-in WeasyPrint
PDF and the standalone HTML printed by Chromium. pdfplumber names each glyph's face; a 楷体 is
any face called Kai (AR PL UKai, KaiTi, STKaiti, Kaiti SC)."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pdfplumber
import pytest
from pdf_pages import CHROMIUM, MM, libreoffice_pdfs, print_to_pdf

from minutes_app.export import ExportOptions, write_docx, write_html, write_pdf
from minutes_app.model import MeetingDocument
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

SIGNER = "陈建华"
LINE = "第12期签发人：" + SIGNER
KAI = re.compile(r"kai", re.I)
CHAR = 16.0  # 1 字 of 3号, pt
TEXT_LEFT, TEXT_RIGHT = 28 * MM, (28 + 156) * MM  # the GB/T 9704 text area


def signed() -> MeetingDocument:
    doc = load_draft(EXAMPLES / "jiyao-example.minutes")
    doc.header.signer = SIGNER
    return doc


def _libreoffice(doc: MeetingDocument, out: Path) -> Path:
    docx = out / "signed.docx"
    write_docx(doc, docx, ExportOptions(style=DocumentStyle.JIYAO))
    libreoffice_pdfs([docx], out, office_fonts=True)
    return docx.with_suffix(".pdf")


def _weasyprint(doc: MeetingDocument, out: Path) -> Path:
    pdf = out / "signed.pdf"
    write_pdf(doc, pdf, ExportOptions(style=DocumentStyle.JIYAO))
    return pdf


def _chromium(doc: MeetingDocument, out: Path) -> Path:
    html, pdf = out / "signed.html", out / "signed.pdf"
    write_html(doc, html, ExportOptions(style=DocumentStyle.JIYAO))
    print_to_pdf(html, pdf)
    return pdf


ENGINES = {
    "libreoffice": pytest.param(
        _libreoffice,
        marks=pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed"),
    ),
    "weasyprint": pytest.param(_weasyprint),
    "chromium": pytest.param(
        _chromium, marks=pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
    ),
}


def text(chars: list[dict]) -> str:
    """The glyphs' text; Chromium's PDF maps some to the radical of the same shape (⼈ for 人)."""
    return "".join(
        unicodedata.normalize("NFKC", c["text"]) if "\u2e80" <= c["text"] <= "\u2fdf" else c["text"]
        for c in chars
    )


def issue_line(pdf: Path) -> list[dict]:
    """The glyphs of page 1 on the baseline of 签发人, left to right."""
    with pdfplumber.open(pdf) as document:
        chars = [c for c in document.pages[0].chars if c["text"].strip()]
    sign = next(c for c in chars if c["text"] == "签")
    baseline = sign["matrix"][5]
    return sorted((c for c in chars if abs(c["matrix"][5] - baseline) < 1), key=lambda c: c["x0"])


def has_kaiti() -> bool:
    if shutil.which("fc-list") is None:
        return False
    families = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True).stdout
    return "AR PL UKai CN" in families


@pytest.fixture(scope="module", params=ENGINES.values(), ids=ENGINES.keys())
def line(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """The 签发人's line on page 1 of the PDF each engine makes of the signed 纪要."""
    return issue_line(request.param(signed(), tmp_path_factory.mktemp("signer")))


def test_the_signer_is_at_the_right_of_the_issue_line(line: list[dict]) -> None:
    """As the .docx sets it at its tab stops; the HTML once centred number and 签发人 together."""
    assert text(line) == LINE  # the whole line: number, label, name
    number, label, name = line[:4], line[4:8], line[8:]
    # The number 1 字 in, the name 1 字 from the right edge, the label right before the name.
    assert number[0]["x0"] == pytest.approx(TEXT_LEFT + CHAR, abs=2)
    assert name[-1]["x1"] == pytest.approx(TEXT_RIGHT - CHAR, abs=2)
    assert name[0]["x0"] - label[-1]["x1"] == pytest.approx(0, abs=2)


@pytest.mark.skipif(not has_kaiti(), reason="no 楷体 stand-in installed (fonts-arphic-ukai)")
def test_the_signer_is_set_in_kaiti_after_a_label_in_the_body_face(line: list[dict]) -> None:
    number, label, name = line[:4], line[4:8], line[8:]
    body = number[0]["fontname"]  # 第
    faces = [(c["text"], c["fontname"]) for c in line]
    assert not KAI.search(body), faces
    assert all(c["fontname"] == body for c in label), faces  # 签发人： in 仿宋
    assert all(KAI.search(c["fontname"]) for c in name), faces  # 陈建华 in 楷体
