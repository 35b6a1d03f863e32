"""The parts of a complete 纪要 (GB/T 9704-2012, issue 12) in the blocks and the .docx: 密级 and
紧急程度 lines, 签发人, run-in （一） items, titles per group, the 附件 note and pages, the 版记."""

from __future__ import annotations

from pathlib import Path

import pytest
from export_helpers import NS, docx_xml, paragraph_text, w

from minutes_app.export import ExportOptions, render, to_html, write_docx
from minutes_app.export.blocks import BlockKind, SpanKind
from minutes_app.export.docx_styles import PageSetup
from minutes_app.model import MeetingDocument
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft


@pytest.fixture
def jiyao() -> MeetingDocument:
    doc = load_draft(EXAMPLES / "jiyao-example.minutes")
    doc.header.classification, doc.header.urgency, doc.header.signer = "秘密★1年", "特急", "陈建华"
    return doc


def paragraphs(doc: MeetingDocument, tmp_path: Path) -> list[tuple[str, str, object]]:
    path = tmp_path / "jiyao.docx"
    write_docx(doc, path, ExportOptions())
    out = []
    for p in docx_xml(path).find("w:body", NS).iterfind("w:p", NS):
        style = p.find("w:pPr/w:pStyle", NS)
        out.append((style.get(w("val")) if style is not None else "", paragraph_text(p), p))
    return out


def test_head_notes_and_signer_open_the_document(jiyao: MeetingDocument, tmp_path: Path) -> None:
    blocks = render(jiyao).blocks
    assert [(b.kind, b.text) for b in blocks[:3]] == [
        (BlockKind.HEAD_NOTE, "秘密★1年"),
        (BlockKind.HEAD_NOTE, "特急"),
        (BlockKind.MARK, "云川市人民政府常务会议纪要"),
    ]
    issue = next(b for b in blocks if b.kind == BlockKind.ISSUE)
    assert [(s.kind, s.text) for s in issue.spans] == [
        (SpanKind.TEXT, "第12期"),
        (SpanKind.RIGHT, "签发人："),
        (SpanKind.SIGNER, "陈建华"),
    ]
    styles = [(s, t) for s, t, _ in paragraphs(jiyao, tmp_path)]
    assert styles[:2] == [("MinutesHeadNote", "秘密★1年"), ("MinutesHeadNote", "特急")]
    assert ("MinutesIssue", "\t第12期\t签发人：陈建华") in styles  # 1 字 in, signer at the right


def run_faces(p) -> list[tuple[str, str, str]]:
    """(text, character style, East Asian face) of each run with text in paragraph ``p``."""
    out = []
    for r in p.iterfind("w:r", NS):
        text = paragraph_text(r)
        if text.strip():
            style, fonts = r.find("w:rPr/w:rStyle", NS), r.find("w:rPr/w:rFonts", NS)
            out.append((text, style.get(w("val")) if style is not None else "", fonts.get(w("eastAsia"))))
    return out


def test_the_signer_is_in_kaiti_after_a_label_in_the_body_face(
    jiyao: MeetingDocument, tmp_path: Path
) -> None:
    """GB/T 9704 §7.2.6: 签发人 in 3号仿宋, a full-width colon, the name in 3号楷体."""
    (issue,) = [p for s, _t, p in paragraphs(jiyao, tmp_path) if s == "MinutesIssue"]
    assert run_faces(issue)[-2:] == [
        ("\t签发人：", "", "仿宋_GB2312"),
        ("陈建华", "MinutesSigner", "楷体_GB2312"),
    ]
    styles = docx_xml(tmp_path / "jiyao.docx", "word/styles.xml")
    signer = next(s for s in styles.iterfind("w:style", NS) if s.get(w("styleId")) == "MinutesSigner")
    assert signer.get(w("type")) == "character"
    assert signer.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "楷体_GB2312"
    html = to_html(jiyao)
    assert '<span class="right">签发人：</span><span class="signer">陈建华</span></p>' in html
    assert '<span class="signer">陈建华</span>' in to_html(jiyao, preview=True)


def test_a_latin_signer_keeps_the_latin_face(jiyao: MeetingDocument, tmp_path: Path) -> None:
    """Latin letters of a name take Times New Roman, as everywhere in a Chinese document."""
    jiyao.header.signer = "Anna Li"
    (issue,) = [p for s, _t, p in paragraphs(jiyao, tmp_path) if s == "MinutesIssue"]
    (run,) = [r for r in issue.iterfind("w:r", NS) if paragraph_text(r) == "Anna Li"]
    assert run.find("w:rPr/w:rStyle", NS).get(w("val")) == "MinutesSigner"
    fonts = run.find("w:rPr/w:rFonts", NS)
    assert fonts.get(w("ascii")) == "Times New Roman" and fonts.get(w("hint")) is None


def test_an_english_signer_line_is_unchanged(jiyao: MeetingDocument, tmp_path: Path) -> None:
    """English minutes print "Signed by: name" in the body face, one right-hand span."""
    jiyao.header.locale = "en_GB"
    issue = next(b for b in render(jiyao).blocks if b.kind == BlockKind.ISSUE)
    assert [(s.kind, s.text) for s in issue.spans] == [
        (SpanKind.TEXT, "No. 12"),
        (SpanKind.RIGHT, "Signed by: 陈建华"),
    ]
    (p,) = [p for s, _t, p in paragraphs(jiyao, tmp_path) if s == "MinutesIssue"]
    assert [style for _t, style, _f in run_faces(p)] == ["", ""]


def test_numbered_items_run_into_their_paragraph(jiyao: MeetingDocument, tmp_path: Path) -> None:
    """（一）关于……。正文…… in one paragraph, the number and heading in the 楷体 character style."""
    blocks = render(jiyao).blocks
    assert not [b for b in blocks if b.kind == BlockKind.HEADING and b.level == 2]
    found = [(s, t, p) for s, t, p in paragraphs(jiyao, tmp_path) if t.startswith("（二）市财政局")]
    (_style, text, p), = found
    assert text.startswith("（二）市财政局要于6月15日前落实市级配套资金1.6亿元。按照上级补助")
    styled = [
        paragraph_text(r) for r in p.findall("w:r", NS)
        if (s := r.find("w:rPr/w:rStyle", NS)) is not None and s.get(w("val")) == "MinutesRunIn"
    ]
    assert "".join(styled) == "（二）市财政局要于6月15日前落实市级配套资金1.6亿元。"


def test_titles_print_per_group(jiyao: MeetingDocument) -> None:
    def attendance() -> dict[str, str]:
        blocks = render(jiyao).blocks
        return {b.spans[0].text: b.text for b in blocks if b.kind == BlockKind.ATTENDANCE}

    lines = attendance()
    assert lines["出席："] == "出席：陈建华、刘志强、王丽、赵国庆、孙海峰、周敏"
    assert lines["列席："].startswith("列席：市政府副秘书长吴建军、市政府办公室主任郑红、")
    jiyao.people.groups[0].print_titles = True
    jiyao.people.groups[2].print_titles = False
    lines = attendance()
    assert lines["出席："].startswith("出席：市长陈建华、")
    assert lines["列席："].startswith("列席：吴建军、郑红、")


def test_attachment_note_and_pages(jiyao: MeetingDocument, tmp_path: Path) -> None:
    found = paragraphs(jiyao, tmp_path)
    note = [(s, t, p) for s, t, p in found if s == "MinutesAttachmentNote"]
    assert [t for _, t, _ in note] == ["附件：1. 云川市2024年城镇老旧小区改造项目清单", "2. 云川市防汛责任人名单"]
    first, second = (p.find("w:pPr/w:ind", NS) for _, _, p in note)
    assert first is None and second.get(w("leftChars")) == "500"  # under the first name
    labels = [t for s, t, _ in found if s == "MinutesAttachmentLabel"]
    titles = [t for s, t, _ in found if s == "MinutesAttachmentTitle"]
    assert labels == ["附件1"] and titles == ["云川市2024年城镇老旧小区改造项目清单"]
    styles = docx_xml(tmp_path / "jiyao.docx", "word/styles.xml")
    label_style = next(
        s for s in styles.iterfind("w:style", NS) if s.get(w("styleId")) == "MinutesAttachmentLabel"
    )
    assert label_style.find("w:pPr/w:pageBreakBefore", NS) is not None  # a page of its own


def test_colophon_lines_fill_the_foot_of_the_text_area(
    jiyao: MeetingDocument, tmp_path: Path
) -> None:
    found = paragraphs(jiyao, tmp_path)
    colophon = [(t, p) for s, t, p in found if s == "MinutesColophon"]
    assert [t for t, _ in colophon] == [
        "抄送：市委办公室，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。",
        "云川市人民政府办公室\t2024年5月10日印发",
    ]
    assert found[-1][0] == "MinutesColophon"  # the document's last paragraph
    page = PageSetup()
    frames = [p.find("w:pPr/w:framePr", NS) for _, p in colophon]
    tops = [int(f.get(w("y"))) for f in frames]
    heights = [int(f.get(w("h"))) for f in frames]
    assert heights == [2 * 579, 579]  # the 抄送 line wraps once at 4号
    assert tops[1] == tops[0] + heights[0]
    assert tops[-1] + heights[-1] == page.height - page.top - page.bottom  # its last line last
    rules = [
        {side.tag: side.get(w("sz")) for side in p.find("w:pPr/w:pBdr", NS)} for _, p in colophon
    ]
    assert rules == [{w("top"): "8"}, {w("top"): "6", w("bottom"): "8"}]  # 0.35 / 0.25 mm
