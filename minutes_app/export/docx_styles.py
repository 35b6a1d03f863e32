"""Page setup and named styles of the three .docx layouts, written once into styles.xml.

Paragraphs in the body only name their style (plus, for runs, the fonts of that style: see
``docx_export``), so a clerk can restyle the whole document in Word by editing one style, and
screen readers and Word's navigation pane see real headings (``w:outlineLvl``).

GB/T 9704-2012 numbers for the 纪要 (see ../shared/reference/official-formats.md §1, §5):
A4 11906 x 16838 tw, margins top 2098 / left 1588 / bottom 1984 / right 1474 (text area
156 x 225 mm), ``docGrid linesAndChars`` with linePitch 579 (28.95 pt: 22 lines) and
charSpace -849 (28 characters of 15.79 pt), exact 579 line spacing, 3号 (16 pt) 仿宋 body.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.sax.saxutils import quoteattr

from ..model.document import DocumentStyle
from .blocks import BlockKind, SpanKind
from .fonts import LATIN_SANS, LATIN_SERIF, Face, font_table_entries, name

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

GB_LINE = 579  # 28.95 pt in twips: 22 lines fill the 225 mm text area
GB_CHAR_SPACE = -849  # (15.79 pt - 16 pt) x 4096: 28 characters fill the 156 mm line


@dataclass(frozen=True)
class PageSetup:
    width: int = 11906  # A4 in twips
    height: int = 16838
    top: int = 2098
    right: int = 1474
    bottom: int = 1984
    left: int = 1588
    header: int = 851
    footer: int = 1418  # puts the page number ~7 mm under the text area (GB/T 9704 §7.5)
    grid: str = (
        f'<w:docGrid w:type="linesAndChars" w:linePitch="{GB_LINE}" w:charSpace="{GB_CHAR_SPACE}"/>'
    )

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right


# The red mark of a 纪要 takes the largest of 小初 36 / 一号 26 / 二号 22 pt that fits one line;
# a longer mark stays at 22 pt and wraps (the checks warn past two lines).
MARK_SIZES = (36, 26, 22)


def chars_wide(text: str) -> float:
    """Width in 字: CJK and full-width forms count one, everything else half."""
    return sum(1.0 if ord(ch) >= 0x2E80 else 0.5 for ch in text)


# GB/T 9704 §7.2.4: the mark's top edge 35 mm below the top of the text area. The mark's line is
# exactly 1.25 em; LibreOffice sets the glyphs' ink 0.175 em below that line's top (measured:
# 6.1 pt at 36 pt, 4.6 pt at 26 pt, tests/export/test_rendered_pages.py), so the space before
# the line is 35 mm less 0.175 em, for every size.
MARK_TOP_MM = 35
MARK_INK_EM = 0.175


def mark_spacing(size: int) -> tuple[int, int]:
    """(space before, exact line height) of a red mark of ``size`` pt, in twips."""
    before_pt = MARK_TOP_MM * 72 / 25.4 - MARK_INK_EM * size
    return round(before_pt * 20), size * 25


def mark_size(text: str, width_pt: float) -> int:
    """The point size of the red mark ``text`` on a line ``width_pt`` wide."""
    chars = chars_wide(text)
    return next((s for s in MARK_SIZES if chars * s <= width_pt), MARK_SIZES[-1])


LINES_GRID = f'<w:docGrid w:type="lines" w:linePitch="{GB_LINE}"/>'
GRIDS = ("chars", "lines")
LETTER = dict(width=12240, height=15840)


@dataclass(frozen=True)
class ParaStyle:
    style_id: str
    name: str
    face: Face
    latin: str
    size: float  # pt
    based_on: str = "Normal"
    next: str = ""
    bold: bool = False
    color: str = ""
    jc: str = "both"
    first_line_chars: int = 0  # hundredths of a character (200 = 2 字)
    left_chars: int = 0
    hanging_chars: int = 0
    left: int = 0  # twips, for layouts without a character grid
    hanging: int = 0
    line: int = 0  # twips; 0 inherits the document default
    line_rule: str = "exact"
    before: int = 0
    after: int = 0
    outline: int | None = None
    keep_next: bool = False
    keep_lines: bool = False  # the paragraph's lines on one page
    snap: bool = True
    borders: str = ""  # raw <w:pBdr> content
    shading: str = ""  # fill colour
    tabs: tuple[tuple[str, int], ...] = ()
    right: int = 0  # right indent, twips
    page_break: bool = False  # starts a new page (an attachment)


@dataclass(frozen=True)
class CharStyle:
    style_id: str
    name: str
    face: Face
    latin: str
    bold: bool = False
    color: str = ""


@dataclass(frozen=True)
class Layout:
    """Everything about how one document style looks in Word."""

    style: str  # the export style's name (a DocumentStyle for the built-in ones)
    page: PageSetup
    face: Face  # default East Asian face (docDefaults)
    latin: str
    size: float
    line: int
    line_rule: str
    after: int
    paragraphs: tuple[ParaStyle, ...]
    characters: tuple[CharStyle, ...]
    blocks: dict[BlockKind, str]  # block kind -> paragraph style id
    headings: tuple[str, ...]  # heading level 1.. -> style id
    sub_paragraph: str  # PARAGRAPH blocks at level 2
    spans: dict[SpanKind, str] = field(default_factory=dict)  # span kind -> character style id
    footer: str = "gb"  # gb (odd right / even left), centre (— N —), page_of (Page N of M)
    condensed: int = 0  # character spacing in twentieths of a point (the "lines" grid: -5)
    attendance_tab: bool = False  # label, tab, names (board) instead of a character hanging indent
    grid_chars: bool = True  # indents in characters (the 纪要 grid) rather than twips

    def paragraph(self, style_id: str) -> ParaStyle:
        return next(p for p in self.paragraphs if p.style_id == style_id)

    def character(self, style_id: str) -> CharStyle:
        return next(c for c in self.characters if c.style_id == style_id)


def _gb_common(latin: str = LATIN_SERIF) -> dict:
    return dict(latin=latin, size=16)


# The 纪要 and the news report share the GB/T 9704 body; these build the styles they have in
# common from the few values that differ, so each layout lists only its own styles.


def _gb_body(body: Face, *, lead_before: int) -> tuple[ParaStyle, ...]:
    c = _gb_common()
    return (
        ParaStyle("Normal", "Normal", body, based_on="", **c),
        ParaStyle("BodyText", "Body Text", body, first_line_chars=200, **c),
        ParaStyle(
            "MinutesLead",
            "Minutes Lead",
            body,
            first_line_chars=200,
            based_on="BodyText",
            before=lead_before,
            **c,
        ),
    )


def _gb_title(*, after: int) -> ParaStyle:
    return ParaStyle(
        "Title",
        "Title",
        Face.XIAOBIAOSONG,
        latin=LATIN_SERIF,
        size=22,
        jc="center",
        line=700,
        after=after,
        next="BodyText",
        snap=False,
    )


def _gb_headings(body: Face, levels: int) -> tuple[ParaStyle, ...]:
    """一、 in 黑体, (一) in 楷体, 1. and (1) in the body face (GB/T 9704 §7.3.3)."""
    faces = (Face.HEITI, Face.KAITI, body, body)
    return tuple(
        ParaStyle(
            f"Heading{n}",
            f"heading {n}",
            faces[n - 1],
            first_line_chars=200,
            outline=n - 1,
            keep_next=True,
            next="BodyText",
            **_gb_common(),
        )
        for n in range(1, levels + 1)
    )


def _gb_closing(body: Face, *, page_number_jc: str) -> tuple[ParaStyle, ...]:
    c = _gb_common()
    return (
        ParaStyle(
            "MinutesMotion", "Minutes Motion", body, first_line_chars=200, based_on="BodyText", **c
        ),
        ParaStyle(
            "MinutesClosing",
            "Minutes Closing",
            body,
            first_line_chars=200,
            based_on="BodyText",
            **c,
        ),
        # 出席：names — label 2 字 from the margin, wrapped names aligned after the colon.
        ParaStyle(
            "MinutesAttendance",
            "Minutes Attendance",
            body,
            jc="left",  # names are never broken: justifying would stretch the short lines
            # The attendance block stays together on a page when it fits (the last paragraph
            # of the block drops keep_next: docx_export).
            keep_next=True,
            keep_lines=True,
            left_chars=500,
            hanging_chars=300,
            left=1600,
            hanging=960,
            **c,
        ),
        ParaStyle(
            "MinutesPageNumber",
            "Minutes Page Number",
            Face.SONGTI,
            latin=name(Face.SONGTI),
            size=14,
            jc=page_number_jc,
            snap=False,
            line=240,
            line_rule="auto",
        ),
    )


def _jiyao(letter: bool, grid: str) -> Layout:
    del letter  # GB/T 9704 is A4 only
    body = Face.FANGSONG
    c = _gb_common()
    paragraphs = (
        *_gb_body(body, lead_before=0),
        ParaStyle(
            "MinutesMark",
            "Minutes Mark",
            Face.XIAOBIAOSONG,
            latin=LATIN_SERIF,
            size=36,
            color="FF0000",
            jc="center",
            line=mark_spacing(36)[1],
            snap=False,
            before=mark_spacing(36)[0],
            after=0,
        ),
        # 第X期 centred; with a 签发人 the number goes 1 字 in and the signer to the right tab.
        ParaStyle(
            "MinutesIssue", "Minutes Issue", body, jc="center", before=290,
            tabs=(("left", 320), ("right", PageSetup().text_width - 320)), **c,
        ),
        ParaStyle(
            "MinutesIssuer",
            "Minutes Issuer",
            body,
            jc="left",
            after=GB_LINE,
            before=290,
            borders='<w:bottom w:val="single" w:sz="12" w:space="11" w:color="FF0000"/>',
            tabs=(("left", 320), ("right", PageSetup().text_width - 320)),
            **c,
        ),
        _gb_title(after=GB_LINE),
        *_gb_headings(body, 4),
        *_gb_closing(body, page_number_jc="right"),
        # 密级 / 紧急程度: 3号黑体, flush left at the top of the text area (GB/T 9704 §7.2.2).
        ParaStyle("MinutesHeadNote", "Minutes Head Note", Face.HEITI, jc="left", **c),
        # 附件：1. 名称 — one blank line below the body, 2 字 in (GB/T 9704 §7.3.4).
        ParaStyle(
            "MinutesAttachmentNote", "Minutes Attachment Note", body, jc="left",
            left_chars=500, hanging_chars=300, left=1600, hanging=960, **c,
        ),
        ParaStyle(
            "MinutesAttachmentLabel", "Minutes Attachment Label", Face.HEITI, jc="left",
            page_break=True, **c,
        ),
        ParaStyle(
            "MinutesAttachmentTitle", "Minutes Attachment Title", Face.XIAOBIAOSONG,
            latin=LATIN_SERIF, size=22, jc="center", before=GB_LINE, after=GB_LINE,
            next="BodyText",
        ),
        # 参会人员 table cells: the body face and size, no indents; the header row in 黑体.
        ParaStyle("MinutesTableText", "Minutes Table Text", body, jc="left", **c),
        ParaStyle(
            "MinutesTableHeading", "Minutes Table Heading", Face.HEITI, jc="center",
            keep_next=True, **c,
        ),
        # 版记: 4号仿宋, 1 字 (of 14 pt) in from both sides; wrapped lines after the colon.
        ParaStyle(
            "MinutesColophon", "Minutes Colophon", body, latin=LATIN_SERIF, size=14, jc="left",
            left=280 + 840, hanging=840, right=280, line=GB_LINE, snap=False,
            tabs=(("right", PageSetup().text_width - 280),),
        ),
    )
    characters = (
        CharStyle("MinutesLabel", "Minutes Label", Face.HEITI, LATIN_SERIF),
        # （一）关于……。 run into its paragraph, in the 楷体 of the second heading level.
        CharStyle("MinutesRunIn", "Minutes Run-in Heading", Face.KAITI, LATIN_SERIF),
        # 签发人：姓名 on the 第X期 line: the name in 楷体 after the label in the body face.
        CharStyle("MinutesSigner", "Minutes Signer", Face.KAITI, LATIN_SERIF),
    )
    return Layout(
        style=DocumentStyle.JIYAO,
        page=PageSetup() if grid == "chars" else PageSetup(grid=LINES_GRID),
        condensed=0 if grid == "chars" else -5,
        face=body,
        latin=LATIN_SERIF,
        size=16,
        line=GB_LINE,
        line_rule="exact",
        after=0,
        paragraphs=paragraphs,
        characters=characters,
        blocks={
            BlockKind.MARK: "MinutesMark",
            BlockKind.ISSUE: "MinutesIssue",
            BlockKind.ISSUER: "MinutesIssuer",
            BlockKind.TITLE: "Title",
            BlockKind.DECK: "MinutesIssue",
            BlockKind.META: "MinutesIssue",
            BlockKind.LEAD: "MinutesLead",
            BlockKind.SECTION: "BodyText",
            BlockKind.PARAGRAPH: "BodyText",
            BlockKind.ATTENDANCE: "MinutesAttendance",
            BlockKind.MOTION: "MinutesMotion",
            BlockKind.CLOSING: "MinutesClosing",
            BlockKind.SIGNATURE: "MinutesClosing",
            BlockKind.HEAD_NOTE: "MinutesHeadNote",
            BlockKind.ATTACHMENT_NOTE: "MinutesAttachmentNote",
            BlockKind.ATTACHMENT_LABEL: "MinutesAttachmentLabel",
            BlockKind.ATTACHMENT_TITLE: "MinutesAttachmentTitle",
            BlockKind.COLOPHON: "MinutesColophon",
        },
        headings=("Heading1", "Heading2", "Heading3", "Heading4"),
        sub_paragraph="BodyText",
        spans={
            SpanKind.LABEL: "MinutesLabel",
            SpanKind.RUN_IN: "MinutesRunIn",
            SpanKind.SIGNER: "MinutesSigner",
        },
        footer="gb",
    )


def _news(letter: bool, grid: str) -> Layout:
    del letter, grid
    body = Face.FANGSONG
    c = _gb_common()
    paragraphs = (
        *_gb_body(body, lead_before=290),
        _gb_title(after=120),
        ParaStyle(
            "MinutesMeta",
            "Minutes Meta",
            body,
            latin=LATIN_SERIF,
            size=12,
            jc="center",
            color="595959",
            line=400,
            after=160,
        ),
        ParaStyle("Subtitle", "Subtitle", Face.KAITI, jc="center", **c),
        ParaStyle(
            "MinutesSection",
            "Minutes Section",
            body,
            first_line_chars=200,
            based_on="BodyText",
            **c,
        ),
        *_gb_headings(body, 2),
        *_gb_closing(body, page_number_jc="center"),
    )
    characters = (
        CharStyle("MinutesLabel", "Minutes Label", Face.HEITI, LATIN_SERIF),
        CharStyle("MinutesByline", "Minutes Byline", Face.KAITI, LATIN_SERIF),
    )
    return Layout(
        style=DocumentStyle.NEWS,
        page=PageSetup(grid=LINES_GRID),
        # 28 characters of 15.75 pt a line as in the 纪要's line grid. At 16 pt only 27 fit and
        # LibreOffice drops a comma it hangs past the 28th place (3 of the seed's, issue 12).
        condensed=-5,
        face=body,
        latin=LATIN_SERIF,
        size=16,
        line=GB_LINE,
        line_rule="exact",
        after=0,
        paragraphs=paragraphs,
        characters=characters,
        blocks={
            BlockKind.MARK: "Title",
            BlockKind.ISSUE: "Subtitle",
            BlockKind.ISSUER: "MinutesMeta",
            BlockKind.TITLE: "Title",
            BlockKind.DECK: "Subtitle",
            BlockKind.META: "MinutesMeta",
            BlockKind.LEAD: "MinutesLead",
            BlockKind.SECTION: "MinutesSection",
            BlockKind.PARAGRAPH: "BodyText",
            BlockKind.ATTENDANCE: "MinutesAttendance",
            BlockKind.MOTION: "MinutesMotion",
            BlockKind.CLOSING: "MinutesClosing",
            BlockKind.SIGNATURE: "MinutesClosing",
        },
        headings=("Heading1", "Heading2"),
        sub_paragraph="BodyText",
        spans={SpanKind.LABEL: "MinutesLabel", SpanKind.BYLINE: "MinutesByline"},
        footer="centre",
        grid_chars=True,
    )


def _board(letter: bool, grid: str) -> Layout:
    del grid
    body, latin = Face.SONGTI, LATIN_SANS
    indent = 425  # 0.75 cm for sub-items and motions
    page = PageSetup(
        **(LETTER if letter else {}),
        top=1418,
        bottom=1418,
        left=1418,
        right=1418,
        header=709,
        footer=709,
        grid='<w:docGrid w:linePitch="360"/>',
    )
    b = dict(latin=latin, size=11)
    paragraphs = (
        ParaStyle("Normal", "Normal", body, based_on="", jc="left", **b),
        ParaStyle("BodyText", "Body Text", body, jc="left", after=120, **b),
        ParaStyle(
            "MinutesSubText",
            "Minutes Sub-item Text",
            body,
            jc="left",
            left=indent,
            after=120,
            based_on="BodyText",
            **b,
        ),
        ParaStyle(
            "MinutesOrganisation",
            "Minutes Organisation",
            body,
            latin=latin,
            size=12,
            jc="center",
            color="404040",
            after=40,
        ),
        ParaStyle(
            "Title",
            "Title",
            Face.HEITI,
            latin=latin,
            size=18,
            bold=True,
            jc="center",
            after=80,
            next="BodyText",
        ),
        ParaStyle("Subtitle", "Subtitle", body, jc="center", after=40, **b),
        ParaStyle("MinutesMeta", "Minutes Meta", body, jc="center", after=240, **b),
        ParaStyle(
            "MinutesAttendance",
            "Minutes Attendance",
            body,
            jc="left",
            left=1985,
            hanging=1985,
            after=60,
            tabs=(("left", 1985),),
            **b,
        ),
        ParaStyle(
            "Heading1",
            "heading 1",
            Face.HEITI,
            latin=latin,
            size=12.5,
            bold=True,
            jc="left",
            before=280,
            after=80,
            outline=0,
            keep_next=True,
            next="BodyText",
        ),
        ParaStyle(
            "Heading2",
            "heading 2",
            Face.HEITI,
            latin=latin,
            size=11,
            bold=True,
            jc="left",
            left=indent,
            before=160,
            after=60,
            outline=1,
            keep_next=True,
            next="MinutesSubText",
        ),
        ParaStyle(
            "MinutesMotion",
            "Minutes Motion",
            body,
            jc="left",
            left=indent,
            before=80,
            after=160,
            borders='<w:left w:val="single" w:sz="18" w:space="8" w:color="4A6A8A"/>',
            shading="F2F5F8",
            **b,
        ),
        ParaStyle("MinutesClosing", "Minutes Closing", body, jc="left", before=120, after=120, **b),
        ParaStyle("Signature", "Signature", body, jc="left", before=600, after=0, **b),
        ParaStyle(
            "MinutesTableCaption",
            "Minutes Table Caption",
            Face.HEITI,
            latin=latin,
            size=12.5,
            bold=True,
            jc="left",
            before=280,
            after=80,
            keep_next=True,
        ),
        ParaStyle("MinutesTableText", "Minutes Table Text", body, latin=latin, size=10, jc="left"),
        ParaStyle(
            "MinutesTableHeading",
            "Minutes Table Heading",
            Face.HEITI,
            latin=latin,
            size=10,
            bold=True,
            jc="left",
            keep_next=True,
        ),
        ParaStyle(
            "MinutesPageNumber",
            "Minutes Page Number",
            body,
            latin=latin,
            size=9,
            jc="center",
            color="595959",
        ),
    )
    characters = (CharStyle("MinutesLabel", "Minutes Label", Face.HEITI, latin, bold=True),)
    return Layout(
        style=DocumentStyle.BOARD,
        page=page,
        face=body,
        latin=latin,
        size=11,
        line=264,
        line_rule="auto",
        after=0,
        paragraphs=paragraphs,
        characters=characters,
        blocks={
            BlockKind.MARK: "Title",
            BlockKind.ISSUE: "Subtitle",
            BlockKind.ISSUER: "Subtitle",
            BlockKind.TITLE: "Title",
            BlockKind.DECK: "Subtitle",
            BlockKind.META: "MinutesMeta",
            BlockKind.LEAD: "BodyText",
            BlockKind.SECTION: "BodyText",
            BlockKind.PARAGRAPH: "BodyText",
            BlockKind.ATTENDANCE: "MinutesAttendance",
            BlockKind.MOTION: "MinutesMotion",
            BlockKind.CLOSING: "MinutesClosing",
            BlockKind.SIGNATURE: "Signature",
        },
        headings=("Heading1", "Heading2"),
        sub_paragraph="MinutesSubText",
        spans={SpanKind.LABEL: "MinutesLabel"},
        footer="page_of",
        attendance_tab=True,
        grid_chars=False,
    )


# The built-in styles' layouts, by (locale, grid): US board minutes go on Letter paper,
# everything else on A4. ``export.styles`` registers them with the rest of each style.
BUILT_IN_LAYOUTS = {
    DocumentStyle.JIYAO: lambda locale, grid: _jiyao(False, grid),
    DocumentStyle.NEWS: lambda locale, grid: _news(False, grid),
    DocumentStyle.BOARD: lambda locale, grid: _board(locale == "en_US", grid),
}


def layout_for(style: str, locale: str, grid: str = "lines") -> Layout:
    """The .docx layout of a registered export style."""
    from .styles import get_style

    return get_style(style).docx_layout(locale, grid)


# --- XML ---------------------------------------------------------------------------------


def rfonts(face: Face, latin: str, *, hint: bool = False) -> str:
    east = quoteattr(name(face))
    lat = quoteattr(latin)
    extra = ' w:hint="eastAsia"' if hint else ""
    return f"<w:rFonts w:ascii={lat} w:hAnsi={lat} w:eastAsia={east} w:cs={lat}{extra}/>"


def _size(pt: float) -> str:
    half = round(pt * 2)
    return f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'


def _lang(language: str) -> str:
    return f'<w:lang w:val="{language}" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'


def ppr_inner(p: ParaStyle, layout: Layout) -> str:
    """pPr children in schema order (Word rejects out-of-order elements)."""
    out = []
    if p.keep_next:
        out.append("<w:keepNext/>")
    if p.keep_lines:
        out.append("<w:keepLines/>")
    if p.page_break:
        out.append("<w:pageBreakBefore/>")
    if p.borders:
        out.append(f"<w:pBdr>{p.borders}</w:pBdr>")
    if p.shading:
        out.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{p.shading}"/>')
    if p.tabs:
        stops = "".join(f'<w:tab w:val="{kind}" w:pos="{pos}"/>' for kind, pos in p.tabs)
        out.append(f"<w:tabs>{stops}</w:tabs>")
    if layout.style != DocumentStyle.BOARD:
        # Keep digits and Latin on the character grid; no automatic CJK/Latin spacing.
        out.append('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>')
    if not p.snap:
        out.append('<w:snapToGrid w:val="0"/>')
    spacing = f' w:before="{p.before}" w:after="{p.after}"'
    if p.line:
        spacing += f' w:line="{p.line}" w:lineRule="{p.line_rule}"'
    out.append(f"<w:spacing{spacing}/>")
    ind = _indent_attrs(p)
    if ind:
        out.append(f"<w:ind{ind}/>")
    out.append(f'<w:jc w:val="{p.jc}"/>')
    if p.outline is not None:
        out.append(f'<w:outlineLvl w:val="{p.outline}"/>')
    return "".join(out)


def _indent_attrs(p: ParaStyle) -> str:
    """The w:ind attributes: first line, left, right and hanging indents (in characters too)."""
    ind = ""
    if p.first_line_chars:
        ind += f' w:firstLineChars="{p.first_line_chars}" w:firstLine="{round(p.first_line_chars * p.size * 20 / 100)}"'
    if p.left_chars or p.left:
        if p.left_chars:
            ind += f' w:leftChars="{p.left_chars}"'
        ind += f' w:left="{p.left}"'
    if p.right:
        ind += f' w:right="{p.right}"'
    if p.hanging_chars or p.hanging:
        if p.hanging_chars:
            ind += f' w:hangingChars="{p.hanging_chars}"'
        ind += f' w:hanging="{p.hanging}"'
    return ind


def _rpr_inner(face: Face, latin: str, size: float | None, bold: bool, color: str) -> str:
    out = [rfonts(face, latin)]
    if bold:
        out.append("<w:b/><w:bCs/>")
    if color:
        out.append(f'<w:color w:val="{color}"/>')
    if size:
        out.append(_size(size))
    return "".join(out)


def styles_xml(layout: Layout, language: str) -> str:
    ids = {p.style_id for p in layout.paragraphs}
    parts = [
        f'<w:styles xmlns:w="{W_NS}">',
        "<w:docDefaults><w:rPrDefault><w:rPr>",
        rfonts(layout.face, layout.latin),
        f'<w:spacing w:val="{layout.condensed}"/>' if layout.condensed else "",
        '<w:kern w:val="2"/>' if layout.style != DocumentStyle.BOARD else "",
        _size(layout.size),
        _lang(language),
        "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>",
        f'<w:spacing w:before="0" w:after="{layout.after}" w:line="{layout.line}" w:lineRule="{layout.line_rule}"/>',
        "</w:pPr></w:pPrDefault></w:docDefaults>",
    ]
    for p in layout.paragraphs:
        default = ' w:default="1"' if p.style_id == "Normal" else ""
        parts.append(f'<w:style w:type="paragraph"{default} w:styleId="{p.style_id}">')
        parts.append(f'<w:name w:val="{p.name}"/>')
        if p.based_on and p.based_on in ids:
            parts.append(f'<w:basedOn w:val="{p.based_on}"/>')
        if p.next and p.next in ids:
            parts.append(f'<w:next w:val="{p.next}"/>')
        if p.outline is not None:
            parts.append(f'<w:uiPriority w:val="{9}"/>')
        parts.append("<w:qFormat/>")
        parts.append(f"<w:pPr>{ppr_inner(p, layout)}</w:pPr>")
        parts.append(f"<w:rPr>{_rpr_inner(p.face, p.latin, p.size, p.bold, p.color)}</w:rPr>")
        parts.append("</w:style>")
    for c in layout.characters:
        parts.append(f'<w:style w:type="character" w:styleId="{c.style_id}">')
        parts.append(
            f'<w:name w:val="{c.name}"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/>'
        )
        parts.append(
            f"<w:rPr>{_rpr_inner(c.face, c.latin, None, c.bold, c.color)}</w:rPr></w:style>"
        )
    parts.append(
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "<w:unhideWhenUsed/></w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:styleId="MinutesTable"><w:name w:val="Minutes Table"/>'
        '<w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:tblPr><w:tblBorders>'
        + "".join(
            f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
            for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
        )
        + '</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/>'
        '<w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    )
    parts.append("</w:styles>")
    return "".join(parts)


def faces_used(layout: Layout) -> tuple[set[Face], set[str]]:
    faces = (
        {layout.face} | {p.face for p in layout.paragraphs} | {c.face for c in layout.characters}
    )
    latin = (
        {layout.latin} | {p.latin for p in layout.paragraphs} | {c.latin for c in layout.characters}
    )
    latin -= {name(face) for face in faces}
    return faces, latin


def font_table_xml(layout: Layout) -> str:
    faces, latin = faces_used(layout)
    parts = [f'<w:fonts xmlns:w="{W_NS}">']
    for e in font_table_entries(faces, latin):
        parts.append(f"<w:font w:name={quoteattr(e.name)}>")
        if e.alt_name:
            parts.append(f"<w:altName w:val={quoteattr(e.alt_name)}/>")
        parts.append(
            f'<w:panose1 w:val="{e.panose}"/><w:charset w:val="{e.charset}"/>'
            f'<w:family w:val="{e.family}"/><w:pitch w:val="{e.pitch}"/></w:font>'
        )
    parts.append("</w:fonts>")
    return "".join(parts)
