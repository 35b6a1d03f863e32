"""The .docx as Word reads it: page, grid, fonts, styles, footers, properties (XML assertions)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import docx
import pytest
from export_helpers import NS, docx_part_names, docx_xml, paragraph_text, w
from lxml import etree

from minutes_app.export import ExportError, ExportOptions, render, write_docx
from minutes_app.export.blocks import BlockKind, TableBlock
from minutes_app.export.styles import get_style, register_style, unregister_style
from minutes_app.model import DocumentStyle, MeetingDocument

THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def export(doc: MeetingDocument, tmp_path: Path, style: DocumentStyle, **options: str) -> Path:
    path = (
        tmp_path
        / f"{style.value}-{options.get('locale', 'own')}-{options.get('grid', 'chars')}.docx"
    )
    write_docx(doc, path, ExportOptions(style=style, **options))
    return path


@pytest.fixture
def jiyao_docx(seed_doc: MeetingDocument, tmp_path: Path) -> Path:
    seed_doc.header.issue_number = 3
    return export(seed_doc, tmp_path, DocumentStyle.JIYAO)


def test_the_default_jiyao_grid_is_the_line_grid_every_office_suite_lays_out(
    jiyao_docx: Path,
) -> None:
    """22 lines of 579 tw, 28 characters of 16 - 0.25 pt = 15.75 pt in the 442.2 pt line:
    Word and WPS by the OOXML rules, LibreOffice as measured (tests/export/test_render_pdf)."""
    grid = docx_xml(jiyao_docx).find("w:body/w:sectPr/w:docGrid", NS)
    assert (grid.get(w("type")), grid.get(w("linePitch")), grid.get(w("charSpace"))) == (
        "lines",
        "579",
        None,
    )
    defaults = docx_xml(jiyao_docx, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:spacing", NS).get(w("val")) == "-5"  # twentieths of a point
    width_pt = (11906 - 1588 - 1474) / 20
    assert 28 * (16 - 5 / 20) <= width_pt < 29 * (16 - 5 / 20)


def styles_by_id(path: Path) -> dict[str, etree._Element]:
    root = docx_xml(path, "word/styles.xml")
    return {s.get(w("styleId")): s for s in root.iterfind("w:style", NS)}


def test_jiyao_page_follows_gb_t_9704(seed_doc: MeetingDocument, tmp_path: Path) -> None:
    chars_docx = export(seed_doc, tmp_path, DocumentStyle.JIYAO, grid="chars")
    sect = docx_xml(chars_docx).find("w:body/w:sectPr", NS)
    size, margins, grid = (sect.find(f"w:{tag}", NS) for tag in ("pgSz", "pgMar", "docGrid"))
    assert (size.get(w("w")), size.get(w("h"))) == ("11906", "16838")  # A4
    assert {k: margins.get(w(k)) for k in ("top", "left", "bottom", "right")} == {
        "top": "2098",
        "left": "1588",
        "bottom": "1984",
        "right": "1474",
    }
    assert (grid.get(w("type")), grid.get(w("linePitch")), grid.get(w("charSpace"))) == (
        "linesAndChars",
        "579",
        "-849",
    )
    # 156 x 225 mm text area: 28 characters of 15.79 pt and 22 lines of 28.95 pt.
    width = 11906 - 1588 - 1474
    assert abs(width / 20 / 28 - (16 - 849 / 4096)) < 0.01
    assert abs((16838 - 2098 - 1984) / 579 - 22) < 0.05


def test_exact_line_spacing_and_east_asian_fonts_everywhere(jiyao_docx: Path) -> None:
    styles = docx_xml(jiyao_docx, "word/styles.xml")
    defaults = styles.find("w:docDefaults", NS)
    spacing = defaults.find("w:pPrDefault/w:pPr/w:spacing", NS)
    assert (spacing.get(w("line")), spacing.get(w("lineRule"))) == ("579", "exact")
    fonts = defaults.find("w:rPrDefault/w:rPr/w:rFonts", NS)
    assert fonts.get(w("eastAsia")) == "仿宋_GB2312" and fonts.get(w("ascii")) == "Times New Roman"
    lang = defaults.find("w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(w("eastAsia")) == "zh-CN"
    size = defaults.find("w:rPrDefault/w:rPr/w:sz", NS)
    assert size.get(w("val")) == "32" and defaults.find("w:rPrDefault/w:rPr/w:szCs", NS) is not None
    for style in styles.iterfind("w:style", NS):
        # Word's own "Default Paragraph Font" is defined empty: it means "no character style".
        if style.get(w("type")) in ("paragraph", "character") and style.get(w("default")) != "1":
            rfonts = style.find("w:rPr/w:rFonts", NS)
            assert rfonts is not None and rfonts.get(w("eastAsia")), style.get(w("styleId"))
    body = docx_xml(jiyao_docx)
    runs = body.findall(".//w:r", NS)
    assert len(runs) > 20
    latin = 0
    for run in runs:
        rfonts = run.find("w:rPr/w:rFonts", NS)
        assert rfonts is not None and rfonts.get(w("eastAsia"))
        text = paragraph_text(run)
        if text and all(ch.isascii() for ch in text) and any(ch.isalnum() for ch in text):
            # Latin letters and digits (2020, 24): no East Asian hint, so they take the
            # Latin font (Times New Roman) as in Word and WPS templates.
            assert rfonts.get(w("hint")) is None and rfonts.get(w("ascii")) == "Times New Roman"
            latin += 1
        elif text:
            assert rfonts.get(w("hint")) == "eastAsia", text  # “ ” — … take the Chinese face
    assert latin >= 3
    for part in ("word/styles.xml", "word/document.xml"):
        xml = docx_xml(jiyao_docx, part)
        for element in xml.iter(w("rFonts")):
            assert not any(element.get(w(a)) for a in THEME_ATTRS), part
    settings = docx_xml(jiyao_docx, "word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(w("eastAsia")) == "zh-CN"
    assert settings.find("w:evenAndOddHeaders", NS) is not None


def test_font_table_names_fallbacks(jiyao_docx: Path) -> None:
    fonts = docx_xml(jiyao_docx, "word/fontTable.xml")
    alt = {
        f.get(w("name")): f.find("w:altName", NS).get(w("val"))
        for f in fonts.iterfind("w:font", NS)
    }
    assert alt["仿宋_GB2312"] == "仿宋" and alt["楷体_GB2312"] == "楷体"
    assert alt["黑体"] == "SimHei" and alt["方正小标宋简体"] == "华文中宋"
    assert "MS Mincho" not in alt and "ＭＳ 明朝" not in alt
    # The stock template's stale second copy of the styles and its thumbnail are gone.
    names = docx_part_names(jiyao_docx)
    assert "word/stylesWithEffects.xml" not in names and "docProps/thumbnail.jpeg" not in names


def test_heading_styles_and_outline_levels(jiyao_docx: Path) -> None:
    styles = styles_by_id(jiyao_docx)
    expected = {
        "Heading1": ("0", "黑体"),
        "Heading2": ("1", "楷体_GB2312"),
        "Heading3": ("2", "仿宋_GB2312"),
        "Heading4": ("3", "仿宋_GB2312"),
    }
    for style_id, (level, font) in expected.items():
        style = styles[style_id]
        assert style.find("w:name", NS).get(w("val")) == f"heading {int(level) + 1}"
        assert style.find("w:pPr/w:outlineLvl", NS).get(w("val")) == level
        assert style.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == font
        assert style.find("w:rPr/w:sz", NS).get(w("val")) == "32"
        assert style.find("w:rPr/w:b", NS) is None  # GB/T 9704: no added bold
        ind = style.find("w:pPr/w:ind", NS)
        assert ind.get(w("firstLineChars")) == "200"
    body = styles["BodyText"]
    ind = body.find("w:pPr/w:ind", NS)
    assert (ind.get(w("firstLineChars")), ind.get(w("firstLine"))) == ("200", "640")
    mark = styles["MinutesMark"]
    assert mark.find("w:rPr/w:color", NS).get(w("val")) == "FF0000"
    assert mark.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "方正小标宋简体"
    label = styles["MinutesLabel"]
    assert (
        label.get(w("type")) == "character"
        and label.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "黑体"
    )


def _paragraphs(path: Path) -> list[tuple[str, str, etree._Element]]:
    body = docx_xml(path).find("w:body", NS)
    out = []
    for p in body.iterfind("w:p", NS):
        style = p.find("w:pPr/w:pStyle", NS)
        out.append((style.get(w("val")) if style is not None else "", paragraph_text(p), p))
    return out


def test_every_paragraph_names_a_defined_style(jiyao_docx: Path) -> None:
    styles = styles_by_id(jiyao_docx)
    paragraphs = _paragraphs(jiyao_docx)
    assert all(style in styles for style, _, _ in paragraphs)
    by_style = {}
    for style, text, _ in paragraphs:
        by_style.setdefault(style, []).append(text)
    assert by_style["MinutesMark"] == ["中共吕梁市委专题会议纪要"]
    assert by_style["MinutesIssue"] == ["第3期"]
    assert by_style["MinutesIssuer"] == ["\t中共吕梁市委\t2020年3月13日"]
    assert by_style["Heading1"][0] == "一、疫情防控要丝毫不松" and len(by_style["Heading1"]) == 6
    assert by_style["MinutesLead"][0].startswith("2020年3月13日，市委书记")


def test_attendance_label_and_hanging_indent(seed_doc: MeetingDocument, tmp_path: Path) -> None:
    from minutes_app.model import AttendeeGroup, GroupRole, Person

    seed_doc.people.groups.append(
        AttendeeGroup(role=GroupRole.CUSTOM, label="特邀代表", people=[Person(name="周八")])
    )
    path = export(seed_doc, tmp_path, DocumentStyle.JIYAO)
    style = styles_by_id(path)["MinutesAttendance"]
    ind = style.find("w:pPr/w:ind", NS)
    assert (ind.get(w("leftChars")), ind.get(w("hangingChars"))) == ("500", "300")
    assert (ind.get(w("left")), ind.get(w("hanging"))) == ("1600", "960")
    attendance = [
        (text, p) for style_id, text, p in _paragraphs(path) if style_id == "MinutesAttendance"
    ]
    (present, p1), (custom, p2) = attendance
    assert present.replace("\u2060", "").startswith("出席：市领导张广勇")
    # Each name is held together by word joiners and marked as no language to check.
    assert "市领导张\u2060广\u2060勇、张\u2060稳\u2060科" in present
    name_run = next(r for r in p1.findall("w:r", NS) if "\u2060" in paragraph_text(r))
    assert name_run.find("w:rPr/w:noProof", NS) is not None
    assert name_run.find("w:rPr/w:lang", NS).get(w("eastAsia")) == "zxx"
    label_run = p1.find("w:r", NS)
    assert label_run.find("w:rPr/w:rStyle", NS).get(w("val")) == "MinutesLabel"
    assert paragraph_text(label_run) == "出席："
    names_run = p1.findall("w:r", NS)[1]
    assert names_run.find("w:rPr/w:rStyle", NS) is None
    assert names_run.find("w:rPr/w:rFonts", NS).get(w("eastAsia")) == "仿宋_GB2312"
    # One blank line above the first block, none above the next.
    assert p1.find("w:pPr/w:spacing", NS).get(w("before")) == "579"
    # A five-character label 特邀代表： hangs five characters.
    ind2 = p2.find("w:pPr/w:ind", NS)
    assert custom.replace("\u2060", "") == "特邀代表：周八"
    assert (ind2.get(w("leftChars")), ind2.get(w("hangingChars"))) == ("700", "500")
    assert p2.find("w:pPr/w:spacing", NS) is None


def _footer_parts(path: Path) -> dict[str, etree._Element]:
    document = docx_xml(path)
    rels = docx_xml(path, "word/_rels/document.xml.rels")
    targets = {r.get("Id"): r.get("Target") for r in rels}
    refs = document.find("w:body/w:sectPr", NS).iterfind("w:footerReference", NS)
    rid = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    return {ref.get(w("type")): docx_xml(path, "word/" + targets[ref.get(rid)]) for ref in refs}


def _field_instructions(footer: etree._Element) -> list[str]:
    return [t.text.strip() for t in footer.iter(w("instrText"))]


def test_gb_page_numbers_in_odd_and_even_footers(jiyao_docx: Path) -> None:
    footers = _footer_parts(jiyao_docx)
    assert set(footers) == {"default", "even"}
    for kind, (jc, side) in {"default": ("right", "right"), "even": ("left", "left")}.items():
        p = footers[kind].find("w:p", NS)
        assert p.find("w:pPr/w:jc", NS).get(w("val")) == jc
        assert p.find("w:pPr/w:ind", NS).get(w(side)) == "280"  # 1 字 of 14 pt in from the edge
        assert _field_instructions(footers[kind]) == ["PAGE"]
        text = paragraph_text(p)
        assert text == "— 1 —", text  # em dashes around the (cached) page number
        fonts = p.find("w:r/w:rPr/w:rFonts", NS)
        assert fonts.get(w("eastAsia")) == "宋体" and fonts.get(w("ascii")) == "宋体"
    number = styles_by_id(jiyao_docx)["MinutesPageNumber"]
    assert number.find("w:rPr/w:sz", NS).get(w("val")) == "28"  # 4号 14 pt


def test_board_footer_words_come_from_the_labels(board_doc: MeetingDocument, tmp_path: Path) -> None:
    """The words around the page fields are the export language's (labels.py) or a registered
    style's own, never fixed in the writer."""
    path = export(board_doc, tmp_path, DocumentStyle.BOARD, locale="zh_CN")
    footer = _footer_parts(path)["default"]
    assert _field_instructions(footer) == ["PAGE", "NUMPAGES"]
    assert paragraph_text(footer.find("w:p", NS)) == "第 1 页，共 1 页"
    board = get_style("board")
    sheet = dataclasses.replace(
        board, name="board-sheets", labels={"en": {"board.page_of": "Sheet {page}/{pages}"}}
    )
    register_style(sheet)
    try:
        path = tmp_path / "sheets.docx"
        write_docx(board_doc, path, ExportOptions(style="board-sheets", locale="en_GB"))
    finally:
        unregister_style("board-sheets")
    footer = _footer_parts(path)["default"]
    assert _field_instructions(footer) == ["PAGE", "NUMPAGES"]
    assert paragraph_text(footer.find("w:p", NS)) == "Sheet 1/1"


def test_core_properties(seed_doc: MeetingDocument, tmp_path: Path) -> None:
    for style, title, author, language in (
        (
            DocumentStyle.NEWS,
            "市委第二十四次专题会议暨市疫情防控工作领导小组会议召开",
            "李雅萍",
            "zh-CN",
        ),
        (DocumentStyle.JIYAO, "中共吕梁市委专题会议纪要", "中共吕梁市委", "zh-CN"),
    ):
        props = docx.Document(str(export(seed_doc, tmp_path, style))).core_properties
        assert (props.title, props.author, props.language) == (title, author, language)
        assert props.subject == "市委第二十四次专题会议暨市疫情防控工作领导小组会议"
        assert props.revision == 1 and props.created is not None


def test_news_docx(seed_doc: MeetingDocument, tmp_path: Path) -> None:
    path = export(seed_doc, tmp_path, DocumentStyle.NEWS)
    paragraphs = _paragraphs(path)
    assert [s for s, _, _ in paragraphs[:5]] == [
        "Title",
        "MinutesMeta",
        "Subtitle",
        "Subtitle",
        "MinutesLead",
    ]
    lead = paragraphs[4][2]
    byline = lead.find("w:r", NS)
    assert byline.find("w:rPr/w:rStyle", NS).get(w("val")) == "MinutesByline"
    assert paragraph_text(byline) == "（记者 李雅萍）"
    # A headline longer than a line breaks where the two lines come out even, after 暨.
    assert paragraphs[0][1] == "市委第二十四次专题会议暨\n市疫情防控工作领导小组会议召开"
    sections = [t for s, t, _ in paragraphs if s == "MinutesSection"]
    assert len(sections) == 6 and sections[2].startswith("三是脱贫攻坚要尽锐出战。")
    footers = _footer_parts(path)
    assert set(footers) == {"default"}
    assert paragraph_text(footers["default"].find("w:p", NS)) == "— 1 —"
    assert _field_instructions(footers["default"]) == ["PAGE"]


def test_board_docx(board_doc: MeetingDocument, tmp_path: Path) -> None:
    path = export(board_doc, tmp_path, DocumentStyle.BOARD)
    paragraphs = _paragraphs(path)
    styles = [s for s, _, _ in paragraphs]
    assert styles[:5] == ["Subtitle", "Title", "MinutesMeta", "MinutesMeta", "MinutesAttendance"]
    present = paragraphs[4][2]
    assert (
        paragraph_text(present) == "Present:\tRuth Evans (Chair), Dev Patel (Treasurer) and Ann Lee"
    )
    headings = [(s, t) for s, t, _ in paragraphs if s.startswith("Heading")]
    assert headings[:3] == [
        ("Heading1", "1. Reports"),
        ("Heading1", "2. Water budget 2025"),
        ("Heading2", "(a) Tank"),
    ]
    motions = [p for s, _, p in paragraphs if s == "MinutesMotion"]
    assert (
        len(motions) == 2 and motions[0].find(".//w:br", NS) is not None
    )  # result on its own line
    table = docx_xml(path).find("w:body/w:tbl", NS)
    rows = table.findall("w:tr", NS)
    assert rows[0].find("w:trPr/w:tblHeader", NS) is not None  # repeats on every page
    assert [paragraph_text(tc) for tc in rows[1].findall("w:tc", NS)] == [
        "2",
        "Order the tank",
        "Dev Patel",
        "15 January 2025",
    ]
    assert table.find("w:tblPr/w:tblStyle", NS).get(w("val")) == "MinutesTable"
    signatures = [t for s, t, _ in paragraphs if s == "Signature"]
    assert [t.split(":")[0] for t in signatures if ":" in t] == ["Chair", "Secretary"]
    assert [t for t in signatures if ":" not in t] == ["Ruth Evans", "Sam Okoro"]
    footer = _footer_parts(path)["default"]
    assert _field_instructions(footer) == ["PAGE", "NUMPAGES"]
    assert paragraph_text(footer.find("w:p", NS)) == "Page 1 of 1"
    # English runs carry no East Asian hint: curly quotes stay in the Latin face.
    assert all(r.get(w("hint")) is None for r in docx_xml(path).iter(w("rFonts")))
    props = docx.Document(str(path)).core_properties
    assert (props.title, props.author, props.language) == (
        "Minutes of the Committee Meeting",
        "Sam Okoro",
        "en-GB",
    )


def test_us_board_minutes_go_on_letter_paper(board_doc: MeetingDocument, tmp_path: Path) -> None:
    size = docx_xml(export(board_doc, tmp_path, DocumentStyle.BOARD, locale="en_US")).find(
        "w:body/w:sectPr/w:pgSz", NS
    )
    assert (size.get(w("w")), size.get(w("h"))) == ("12240", "15840")


def test_lines_grid_profile(seed_doc: MeetingDocument, tmp_path: Path) -> None:
    path = export(seed_doc, tmp_path, DocumentStyle.JIYAO, grid="lines")
    grid = docx_xml(path).find("w:body/w:sectPr/w:docGrid", NS)
    assert (grid.get(w("type")), grid.get(w("linePitch")), grid.get(w("charSpace"))) == (
        "lines",
        "579",
        None,
    )
    condensed = docx_xml(path, "word/styles.xml").find(
        "w:docDefaults/w:rPrDefault/w:rPr/w:spacing", NS
    )
    assert condensed.get(w("val")) == "-5"  # 15.75 pt a character: 28 fit the 156 mm line
    with pytest.raises(ExportError, match="unknown grid 'dots'"):
        write_docx(seed_doc, tmp_path / "x.docx", ExportOptions(grid="dots"))


# The paragraph style each kind of block takes: Word's own names where Word has one (its
# navigation pane and outline read Title and Heading n), the documents' own otherwise.
STYLE_OF_KIND = {
    BlockKind.MARK: "Minutes Mark",
    BlockKind.ISSUE: "Minutes Issue",
    BlockKind.ISSUER: "Minutes Issuer",
    BlockKind.LEAD: "Minutes Lead",
    BlockKind.TITLE: "Title",
    BlockKind.DECK: "Subtitle",
    BlockKind.META: "Minutes Meta",
    BlockKind.ATTENDANCE: "Minutes Attendance",
    BlockKind.PARAGRAPH: "Body Text",
    BlockKind.SECTION: "Minutes Section",
    BlockKind.MOTION: "Minutes Motion",
    BlockKind.CLOSING: "Minutes Closing",
    BlockKind.SIGNATURE: "Signature",
}
SUB_ITEM_TEXT = {"jiyao": "Body Text", "news": "Body Text", "board": "Minutes Sub-item Text"}


def _expected_styles(block, style: str) -> list[str]:
    if isinstance(block, TableBlock):  # caption, the table, an empty paragraph Word needs
        return ["Minutes Table Caption", "Body Text"]
    return [_expected_style(block, style)]


def _expected_style(block, style: str) -> str:
    if block.kind == BlockKind.HEADING:
        return f"Heading {block.level}"
    if block.kind == BlockKind.PARAGRAPH and block.level > 1:
        return SUB_ITEM_TEXT[style]
    return STYLE_OF_KIND[block.kind]


def test_documents_open_in_python_docx(
    seed_doc: MeetingDocument, board_doc: MeetingDocument, tmp_path: Path
) -> None:
    """Each paragraph python-docx reads has the named style of the block it was written from."""
    seen = set()
    for doc in (seed_doc, board_doc):
        for style in DocumentStyle:
            opened = docx.Document(str(export(doc, tmp_path, style)))
            blocks = render(doc, ExportOptions(style=style)).blocks
            expected = [name for b in blocks for name in _expected_styles(b, style.value)]
            assert [p.style.name for p in opened.paragraphs] == expected, style
            assert len(expected) > 5
            seen.update((style.value, name) for name in expected)
    assert {("jiyao", "Minutes Mark"), ("news", "Title"), ("board", "Heading 1")} <= seen
    assert ("board", "Minutes Table Caption") in seen and ("board", "Signature") in seen


def test_failed_write_keeps_the_previous_file(seed_doc: MeetingDocument, tmp_path: Path) -> None:
    target = tmp_path / "out.docx"
    target.write_bytes(b"previous")
    with pytest.raises(ExportError, match="out.docx: unsupported locale") as caught:
        write_docx(seed_doc, target, ExportOptions(locale="xx_XX"))
    del caught
    assert target.read_bytes() == b"previous"
    with pytest.raises(ExportError, match="does not exist"):
        write_docx(seed_doc, tmp_path / "missing" / "out.docx")
    with pytest.raises(ExportError, match="is a folder"):
        write_docx(seed_doc, tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["out.docx"]  # no temporary left behind


def test_balanced_title_lines() -> None:
    from minutes_app.export.docx_export import balanced_lines

    assert balanced_lines("云川市人民政府常务会议纪要", 20) == ["云川市人民政府常务会议纪要"]
    three = balanced_lines("关于" + "加强安全生产工作" * 6 + "的通知", 20)
    assert len(three) == 3 and all(len(line) <= 20 for line in three)
    assert max(map(len, three)) - min(map(len, three)) <= 2
    # Never a line that starts with a closing mark, never a split inside a Latin word.
    assert not any(line[0] in "，。、）" for line in balanced_lines("第一，第二，第三，" * 4, 10))
    lines = balanced_lines("年度Minutes报告会议纪要" * 3, 12)
    assert len(lines) > 1 and "".join(lines) == "年度Minutes报告会议纪要" * 3
    for left, right in zip(lines, lines[1:], strict=False):
        assert not (
            left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum()
        )


def test_right_to_left_paragraphs_and_runs_carry_their_direction(
    board_doc: MeetingDocument, tmp_path: Path
) -> None:
    """A paragraph written in Hebrew or Arabic is a right-to-left paragraph (w:bidi) and its
    runs are marked w:rtl, so Word and LibreOffice do not reorder the words; an English
    paragraph quoting a Hebrew name stays left-to-right."""
    board_doc.body.sections[0].body = "שלום לכולם, הישיבה נפתחה."
    board_doc.body.sections[0].sub_items = []
    board_doc.people.groups[0].people[2].name = "דוד כהן"
    path = export(board_doc, tmp_path, DocumentStyle.BOARD)
    paragraphs = _paragraphs(path)
    hebrew = next(p for _, text, p in paragraphs if text.startswith("שלום"))
    ppr = [child.tag for child in hebrew.find("w:pPr", NS)]
    assert w("bidi") in ppr and ppr.index(w("bidi")) > ppr.index(w("pStyle"))
    present = next(p for _, text, p in paragraphs if "דוד כהן" in text)
    assert present.find("w:pPr/w:bidi", NS) is None  # "Present: …" starts in English
    for run in [*hebrew.findall("w:r", NS), *present.findall("w:r", NS)]:
        text = paragraph_text(run)
        rtl = run.find("w:rPr/w:rtl", NS) is not None
        # Hebrew words are rtl runs; a Latin word never is (it would be laid out reversed).
        assert rtl == any("\u0590" <= ch <= "\u05ff" for ch in text), text
    assert "שלום לכולם, הישיבה נפתחה" in [paragraph_text(r) for r in hebrew.findall("w:r", NS)]


def test_the_chairs_initials_box_heads_every_page_when_asked(tmp_path: Path) -> None:
    from minutes_app.resources import EXAMPLES
    from minutes_app.storage import load_draft

    doc = load_draft(EXAMPLES / "board-minutes.minutes")
    assert doc.header.initials_in_header
    path = export(doc, tmp_path, DocumentStyle.BOARD)
    section = docx.Document(str(path)).sections[0]
    assert [p.text for p in section.header.paragraphs] == ["Chair's initials ________  Date ________"]
    doc.header.initials_in_header = False
    (tmp_path / "without").mkdir()
    path = export(doc, tmp_path / "without", DocumentStyle.BOARD)
    assert not "".join(p.text for p in docx.Document(str(path)).sections[0].header.paragraphs)
