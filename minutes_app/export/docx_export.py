""".docx export: python-docx for the package, lxml for the body.

python-docx's ``add_paragraph``/``add_run`` cost tens of microseconds each, which for a
1,000-item draft is most of a second, so the body is written as WordprocessingML text (every
paragraph names a style from styles.xml; runs carry only the fonts of that style) and parsed
once. Everything that does not depend on the draft (styles, font table, settings, page setup,
footers) is built once per layout and kept as package bytes.

Chinese text needs three things python-docx does not do (python-docx#154, #346, #1601):
``w:eastAsia`` fonts in docDefaults, every style and every run; no theme font references; a
zh-CN East Asian language (``w:lang`` and ``w:themeFontLang``). Runs of Chinese documents also
carry ``w:hint="eastAsia"`` so that ambiguous characters such as “ ” — … take the Chinese face.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
from functools import cache
from pathlib import Path
from string import Formatter

from ..model.document import DocumentStyle, MeetingDocument
from .blocks import AnyBlock, Block, BlockKind, RenderedDocument, Span, SpanKind, TableBlock
from .docx_styles import (
    GRIDS,
    W_NS,
    Layout,
    chars_wide,
    font_table_xml,
    layout_for,
    mark_size,
    mark_spacing,
    rfonts,
    styles_xml,
)
from .errors import ExportError, naming
from .files import write_atomically
from .locale_text import LocaleText
from .options import ExportOptions
from .rendering import render
from .styles import get_style

_REL_STYLES_WITH_EFFECTS = (
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"
)
_REL_THUMBNAIL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_REL_FONT_TABLE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"
_CT_FONT_TABLE = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"


def write_docx(
    doc: MeetingDocument, path: str | Path, options: ExportOptions | None = None
) -> None:
    options = options or ExportOptions()
    with naming(path):
        if options.grid not in GRIDS:
            raise ExportError(None, f"unknown grid {options.grid!r} (use {' or '.join(GRIDS)})")
        write_atomically(path, docx_bytes(render(doc, options), options.grid))


def docx_bytes(rendered: RenderedDocument, grid: str = "lines") -> bytes:
    from docx import Document
    from docx.oxml.parser import parse_xml

    style = rendered.style
    layout = layout_for(style, rendered.locale, grid)
    template, sect_pr = _template(style, rendered.locale, grid)
    document = Document(io.BytesIO(template))
    writer = _BodyWriter(layout, hint=rendered.is_chinese)
    body_xml = f'<w:body xmlns:w="{W_NS}">{writer.blocks(rendered.blocks)}{sect_pr}</w:body>'
    root = document.element
    root.replace(root.body, parse_xml(body_xml.encode("utf-8")))
    if rendered.page_header:
        _page_header(document, rendered.page_header, writer)
    _core_properties(document, rendered)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _page_header(document, text: str, writer: _BodyWriter) -> None:
    """A line at the top right of every page (board minutes: the chair initials each page of
    the approved minutes)."""
    from docx.oxml.parser import parse_xml

    header = document.sections[0].header
    header.is_linked_to_previous = False
    rpr = writer.rpr("MinutesPageNumber", SpanKind.TEXT)
    ppr = writer.ppr("MinutesPageNumber", '<w:jc w:val="right"/>')
    xml = f'<w:p xmlns:w="{W_NS}">{ppr}{_text_runs(text, rpr)}</w:p>'
    element = header._element
    for child in list(element):
        element.remove(child)
    element.append(parse_xml(xml.encode("utf-8")))


def _core_properties(document, rendered: RenderedDocument) -> None:
    props = document.core_properties
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.title = rendered.title[:255]
    props.author = rendered.author[:255]
    props.last_modified_by = rendered.author[:255]
    props.subject = rendered.subject[:255]
    props.language = rendered.language
    props.keywords = ""
    props.comments = ""
    props.category = ""
    props.revision = 1
    props.created = now
    props.modified = now


# --- the layout template (once per style and locale) ------------------------------------


@cache
def _template(style: str, locale: str, grid: str) -> tuple[bytes, str]:
    """Package bytes with styles, fonts, settings and footers, and the sectPr XML."""
    from docx import Document
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml.parser import parse_xml
    from lxml import etree

    layout = layout_for(style, locale, grid)
    language = locale.replace("_", "-")
    document = Document()
    part = document.part
    # Drop what the stock template carries but we do not want: a second, stale copy of the
    # styles (stylesWithEffects), its page thumbnail and its Japanese-leaning font table.
    for rel_id, rel in list(part.rels.items()):
        if rel.reltype in (_REL_STYLES_WITH_EFFECTS, _REL_FONT_TABLE):
            del part.rels[rel_id]
    for rel_id, rel in list(part.package.rels.items()):
        if rel.reltype == _REL_THUMBNAIL:
            del part.package.rels[rel_id]
    fonts = Part(
        PackURI("/word/fontTable.xml"),
        _CT_FONT_TABLE,
        font_table_xml(layout).encode("utf-8"),
        part.package,
    )
    part.relate_to(fonts, _REL_FONT_TABLE)

    styles = document.styles.element
    for child in list(styles):
        styles.remove(child)
    for child in parse_xml(styles_xml(layout, language).encode("utf-8")):
        styles.append(child)

    _settings(document, layout, language)
    section = document.sections[0]
    writer = _BodyWriter(layout, hint=locale.startswith("zh"))
    page_of = LocaleText(locale, get_style(style).labels).label("board.page_of")
    section.footer.is_linked_to_previous = False
    _fill_footer(section.footer._element, writer.footer(odd=True, page_of=page_of), parse_xml)
    if layout.footer == "gb":
        section.even_page_footer.is_linked_to_previous = False
        _fill_footer(section.even_page_footer._element, writer.footer(odd=False, page_of=page_of), parse_xml)

    sect_pr = section._sectPr
    for child in list(sect_pr):
        if etree.QName(child).localname not in ("headerReference", "footerReference"):
            sect_pr.remove(child)
    page = layout.page
    for xml in (
        f'<w:pgSz xmlns:w="{W_NS}" w:w="{page.width}" w:h="{page.height}"/>',
        f'<w:pgMar xmlns:w="{W_NS}" w:top="{page.top}" w:right="{page.right}" w:bottom="{page.bottom}"'
        f' w:left="{page.left}" w:header="{page.header}" w:footer="{page.footer}" w:gutter="0"/>',
        f'<w:cols xmlns:w="{W_NS}" w:space="425"/>',
        page.grid.replace("<w:docGrid ", f'<w:docGrid xmlns:w="{W_NS}" ', 1),
    ):
        sect_pr.append(parse_xml(xml.encode("utf-8")))
    sect_xml = etree.tostring(sect_pr, encoding="unicode")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), sect_xml


def _settings(document, layout: Layout, language: str) -> None:
    from docx.oxml.ns import qn

    if layout.footer == "gb":
        document.settings.odd_and_even_pages_header_footer = True
    settings = document.settings.element
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)
        theme_lang.set(qn("w:eastAsia"), "zh-CN")
    # Chinese documents on a grid keep full-width punctuation full width.
    spacing = settings.find(qn("w:characterSpacingControl"))
    if spacing is not None:
        spacing.set(qn("w:val"), "doNotCompress" if layout.grid_chars else "compressPunctuation")


def _fill_footer(footer, xml: str, parse_xml) -> None:
    for child in list(footer):
        footer.remove(child)
    for child in parse_xml(f'<w:ftr xmlns:w="{W_NS}">{xml}</w:ftr>'.encode()):
        footer.append(child)


# --- the body ----------------------------------------------------------------------------


def _text_runs(text: str, rpr: str) -> str:
    """A span as runs: line breaks become w:br and tabs w:tab inside one run."""
    # str.replace runs in C; a translate table is a dict lookup per character (slow for CJK).
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\n" in text or "\t" in text:
        text = text.replace("\n", '</w:t><w:br/><w:t xml:space="preserve">')
        text = text.replace("\t", '</w:t><w:tab/><w:t xml:space="preserve">')
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


_BREAK_AFTER = frozenset("暨、，和与及的：")  # natural places to end a title line
_NO_LINE_START = frozenset("，。、；：？！）》」』”’…—·%")


def balanced_lines(text: str, per_line: int) -> list[str]:
    """``text`` in as few lines of ``per_line`` 字 as it needs, of nearly equal width."""
    total = _char_width(text)
    if total <= per_line or per_line < 4 or "\n" in text:
        return [text]
    count = math.ceil(total / per_line)
    lines, rest = [], text
    for _ in range(count - 1):
        target = _char_width(rest) / (count - len(lines))
        best: tuple[float, int] | None = None
        width = 0.0
        for k in range(1, len(rest)):
            width += _char_width(rest[k - 1])
            if width > per_line:
                break
            before, after = rest[k - 1], rest[k]
            if after in _NO_LINE_START or (
                before.isascii() and before.isalnum() and after.isascii() and after.isalnum()
            ):
                continue
            score = abs(width - target) - (1.5 if before in _BREAK_AFTER else 0)
            if best is None or score < best[0]:
                best = (score, k)
        if best is None:
            break
        lines.append(rest[: best[1]])
        rest = rest[best[1] :]
    return [*lines, rest]


def _char_width(text: str) -> float:
    return chars_wide(text)


WORD_JOINER = "\u2060"  # U+2060: no line break on either side (UAX #14 class WJ)
_NAME_LANG = '<w:lang w:eastAsia="zxx"/>'
# Latin words, digits and the punctuation between them: 2024, 1.6, COVID-19, Times New Roman.
_LATIN_RUN = re.compile(r"[0-9A-Za-z\u00c0-\u024f](?:[0-9A-Za-z\u00c0-\u024f.,:/%+'\- ]*[0-9A-Za-z\u00c0-\u024f%])?")
_RTL_RANGES = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
# Right-to-left words and the spaces, digits and marks between them: one rtl run.
_RTL_SEGMENT = re.compile(f"[{_RTL}]+(?:[\\s\\d.,'\"\\-]+[{_RTL}]+)*")


def _has_rtl(text: str) -> bool:
    return _RTL_RANGES.search(text) is not None


def _is_rtl(text: str) -> bool:
    """The paragraph direction Unicode gives ``text``: that of its first strong character."""
    if not _has_rtl(text):
        return False
    import unicodedata

    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


_AFTER_BIDI = re.compile(r"<w:(?:adjustRightInd|snapToGrid|spacing|ind|contextualSpacing|jc)\b")


def _with_bidi(extra: str) -> str:
    """``extra`` (pPr children) with <w:bidi/> where the schema puts it: after frames, borders
    and tabs, before spacing, indents and alignment (Word rejects out-of-order elements)."""
    match = _AFTER_BIDI.search(extra)
    at = match.start() if match else len(extra)
    return f"{extra[:at]}<w:bidi/>{extra[at:]}"


class _BodyWriter:
    def __init__(self, layout: Layout, *, hint: bool) -> None:
        self.layout = layout
        self.hint = hint
        self.bidi = True
        self._styles = {p.style_id for p in layout.paragraphs}
        self._rpr: dict[tuple[str, SpanKind], str] = {}
        self._ppr: dict[str, str] = {}

    def rpr(self, para_style: str, kind: SpanKind) -> str:
        """Run properties: the character style, if any, and the fonts it resolves to."""
        key = (para_style, kind)
        cached = self._rpr.get(key)
        if cached is None:
            char_id = self.layout.spans.get(kind, "")
            if char_id:
                c = self.layout.character(char_id)
                face, latin = c.face, c.latin
                head = f'<w:rStyle w:val="{char_id}"/>'
            else:
                p = self.layout.paragraph(para_style)
                face, latin = p.face, p.latin
                head = ""
            cached = f"<w:rPr>{head}{rfonts(face, latin, hint=self.hint)}</w:rPr>"
            self._rpr[key] = cached
        return cached

    def ppr(self, style_id: str, extra: str = "") -> str:
        if extra:
            return f'<w:pPr><w:pStyle w:val="{style_id}"/>{extra}</w:pPr>'
        cached = self._ppr.get(style_id)
        if cached is None:
            cached = self._ppr[style_id] = f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>'
        return cached

    def blocks(self, blocks: tuple[AnyBlock, ...]) -> str:
        out: list[str] = []
        previous: BlockKind | None = None
        colophon: list[Block] = []
        for i, block in enumerate(blocks):
            if isinstance(block, TableBlock):
                out.append(self.table(block))
            elif block.kind == BlockKind.COLOPHON:
                colophon.append(block)
            else:
                following = blocks[i + 1].kind if i + 1 < len(blocks) else None
                out.append(
                    self.paragraph(
                        block,
                        first_of_kind=block.kind != previous,
                        # A label line stays with its 参会人员 table.
                        last_of_kind=following not in (block.kind, BlockKind.ATTENDANCE_TABLE),
                    )
                )
            previous = block.kind
        if colophon:
            out.append(self.colophon(colophon))
        return "".join(out)

    def style_of(self, block: Block) -> str:
        layout = self.layout
        if block.kind == BlockKind.HEADING:
            return layout.headings[min(block.level, len(layout.headings)) - 1]
        if block.kind == BlockKind.PARAGRAPH and block.level > 1:
            return layout.sub_paragraph
        # Kinds only the 纪要 composes (版记, 附件) read as body text in another layout.
        return layout.blocks.get(block.kind, "BodyText")

    def paragraph(
        self, block: Block, *, first_of_kind: bool, last_of_kind: bool = False, extra: str = ""
    ) -> str:
        style_id = self.style_of(block)
        spans, size = block.spans, ""
        if block.kind == BlockKind.ATTENDANCE:
            extra, spans = self._attendance(block, first_of_kind)
        elif block.kind in (BlockKind.MARK, BlockKind.TITLE):
            extra, size, spans = self._display(block, style_id)
        elif any(s.kind == SpanKind.RIGHT for s in spans):
            spans, extra = _right_tabbed(block, spans, extra)
        elif block.kind == BlockKind.ATTACHMENT_NOTE and block.level > 1:
            extra = self._under_first_name(style_id)
        elif block.kind == BlockKind.SIGNATURE and block.level > 1:
            extra = '<w:spacing w:before="0" w:after="0"/><w:ind w:left="1134"/>'
        if block.kind == BlockKind.ATTACHMENT_NOTE and block.level == 1 and self.layout.grid_chars:
            extra = f'<w:spacing w:before="{self.layout.line}"/>'  # one blank line below the body
        if block.kind == BlockKind.ATTENDANCE and last_of_kind:
            extra = '<w:keepNext w:val="0"/>' + extra  # the block ends here (pPr: keepNext first)
        if self.bidi and _is_rtl(block.text):
            extra = _with_bidi(extra)
        runs = "".join(self._span_runs(span, style_id, size) for span in spans if span.text)
        return f"<w:p>{self.ppr(style_id, extra)}{runs}</w:p>"

    def _span_runs(self, span: Span, style_id: str, size: str) -> str:
        rpr = self.rpr(style_id, span.kind)
        if size:
            rpr = rpr.replace("</w:rPr>", size + "</w:rPr>")
        return self.runs(span, rpr)

    def runs(self, span: Span, rpr: str) -> str:
        """One span as runs: a Chinese name held together, Latin words and digits without
        the East Asian hint (so they take the Latin font), right-to-left text marked."""
        text = span.text
        if self.bidi and _has_rtl(text):
            # Only the right-to-left words are marked w:rtl: a Latin word in an rtl run would
            # be laid out right to left too ("Present: …, דוד כהן, Ann Lee").
            rtl_rpr = rpr.replace("</w:rPr>", "<w:rtl/></w:rPr>")  # after sz, before nothing
            out, start = [], 0
            for match in _RTL_SEGMENT.finditer(text):
                if match.start() > start:
                    out.append(self._ltr_runs(text[start : match.start()], span.kind, rpr))
                out.append(_text_runs(match.group(), rtl_rpr))
                start = match.end()
            if start < len(text):
                out.append(self._ltr_runs(text[start:], span.kind, rpr))
            return "".join(out)
        return self._ltr_runs(text, span.kind, rpr)

    def _ltr_runs(self, text: str, kind: SpanKind, rpr: str) -> str:
        if kind == SpanKind.NAME and self.hint and " " not in text:
            # No line break inside a personal name: word joiners between its characters.
            # LibreOffice's Chinese line breaking ignores them, its generic (ICU) breaking
            # honours them, so a name is also marked as no language to check (zxx, noProof),
            # which is what a name is to a spelling dictionary.
            text = WORD_JOINER.join(text)
            end = rpr.index("/>", rpr.index("<w:rFonts")) + 2  # schema order: noProof next
            rpr = f"{rpr[:end]}<w:noProof/>{rpr[end:]}".replace("</w:rPr>", _NAME_LANG + "</w:rPr>")
            return _text_runs(text, rpr)
        if not self.hint or not _LATIN_RUN.search(text):
            return _text_runs(text, rpr)
        latin_rpr = rpr.replace(' w:hint="eastAsia"', "")
        out, start = [], 0
        for match in _LATIN_RUN.finditer(text):
            if match.start() > start:
                out.append(_text_runs(text[start : match.start()], rpr))
            out.append(_text_runs(match.group(), latin_rpr))
            start = match.end()
        if start < len(text):
            out.append(_text_runs(text[start:], rpr))
        return "".join(out)

    def _under_first_name(self, style_id: str) -> str:
        """A later line of the 附件说明: aligned under the first attachment's number."""
        p = self.layout.paragraph(style_id)
        return f'<w:ind w:leftChars="{p.left_chars}" w:left="{p.left}" w:firstLine="0"/>'

    def colophon(self, blocks: list[Block]) -> str:
        """版记 (GB/T 9704 §7.4) at the foot of the text area of the last page, its last line on
        the last line: 0.35 mm rules above and below, a 0.25 mm rule between its lines, 4号仿宋,
        印发机关 1 字 in and 印发日期 1 字 from the right.

        Each line is a frame at a computed distance from the top margin (frames are what both
        Word and LibreOffice place at an absolute position; LibreOffice does not float a
        full-width table, and it draws the framed paragraphs of one frame as one border box)."""
        style_id = "MinutesColophon" if "MinutesColophon" in self._styles else "BodyText"
        page = self.layout.page
        width, pitch = page.text_width, self.layout.line
        char = 280  # 1 字 of 4号 (14 pt)
        per_line = (width - 2 * char) / char
        heights = []
        for block in blocks:
            label = sum(_char_width(s.text) for s in block.spans if s.kind == SpanKind.LABEL)
            rest = _char_width(block.text) - label
            room = per_line - label
            lines = 1 if rest <= room or room <= 0 else 1 + math.ceil((rest - room) / room)
            heights.append(lines * pitch)
        y = page.height - page.top - page.bottom - sum(heights)
        rule = '<w:{0} w:val="single" w:sz="{1}" w:space="{2}" w:color="000000"/>'
        out = []
        for i, (block, height) in enumerate(zip(blocks, heights, strict=True)):
            frame = (
                f'<w:framePr w:w="{width}" w:h="{height}" w:hRule="exact" w:wrap="notBeside"'
                f' w:vAnchor="margin" w:hAnchor="margin" w:x="0" w:y="{y}"/>'
            )
            borders = rule.format("top", 8 if i == 0 else 6, 0)
            if i == len(blocks) - 1:
                borders += rule.format("bottom", 8, 0)
            ind = '<w:ind w:left="280" w:right="280" w:hanging="0"/>' if block.level > 1 else ""
            extra = f"{frame}<w:pBdr>{borders}</w:pBdr>{ind}"
            paragraph = self.paragraph(block, first_of_kind=False, extra=extra)
            out.append(paragraph.replace(
                f'<w:pStyle w:val="{self.style_of(block)}"/>', f'<w:pStyle w:val="{style_id}"/>', 1
            ))
            if i < len(blocks) - 1:
                # A tiny paragraph between two frames: LibreOffice places only the last of
                # directly consecutive framed paragraphs (measured with 7.4), Word ignores it.
                out.append('<w:p><w:pPr><w:spacing w:line="20" w:lineRule="exact"/></w:pPr></w:p>')
            y += height
        return "".join(out)

    def _display(self, block: Block, style_id: str) -> tuple[str, str, tuple[Span, ...]]:
        """Mark and title lines: (paragraph extras, run size, spans).

        The red mark takes the largest of 小初 36 / 一号 26 / 二号 22 pt that fits one line. A
        Chinese title longer than a line is broken where the lines come out even (GB/T 9704
        §7.3.1 sets multi-line titles as a trapezoid or diamond, not a full line and a stub).
        """
        p = self.layout.paragraph(style_id)
        width_pt = self.layout.page.text_width / 20
        size, extra, size_xml = p.size, "", ""
        if block.kind == BlockKind.MARK:
            size = mark_size(block.text, width_pt)
            if size != p.size:
                before, line = mark_spacing(size)
                extra = (
                    f'<w:spacing w:before="{before}" w:after="{p.after}"'
                    f' w:line="{line}" w:lineRule="exact"/>'
                )
                size_xml = f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
        spans = block.spans
        if self.hint and len(spans) == 1:
            lines = balanced_lines(spans[0].text, int(width_pt // size))
            spans = (Span("\n".join(lines), spans[0].kind),)
        return extra, size_xml, spans

    def _attendance(self, block: Block, first: bool) -> tuple[str, tuple[Span, ...]]:
        """Hanging indent aligned after the label's colon; one blank line before the first."""
        layout = self.layout
        spans = block.spans
        before = f'<w:spacing w:before="{layout.line}"/>' if first and layout.grid_chars else ""
        if layout.attendance_tab:
            spans = tuple(
                Span(s.text.rstrip() + "\t", s.kind) if s.kind == SpanKind.LABEL else s
                for s in spans
            )
            return before, spans
        label = next((s.text for s in spans if s.kind == SpanKind.LABEL), "")
        hanging = round(_char_width(label) * 100)
        if hanging == 300 and not before:
            return "", spans
        p = layout.paragraph("MinutesAttendance")
        char_tw = p.size * 20
        ind = (
            f'<w:ind w:leftChars="{200 + hanging}" w:left="{round((2 + hanging / 100) * char_tw)}"'
            f' w:hangingChars="{hanging}" w:hanging="{round(hanging / 100 * char_tw)}"/>'
        )
        return before + ind, spans

    def table(self, block: TableBlock) -> str:
        layout = self.layout
        width = layout.page.text_width
        attendance = block.kind == BlockKind.ATTENDANCE_TABLE
        if attendance:
            cols = _attendance_columns(block, width, layout.size * 20)
        else:
            shares = (
                (0.08, 0.52, 0.2, 0.2)
                if len(block.header) == 4
                else (1 / len(block.header),) * len(block.header)
            )
            cols = [round(width * share) for share in shares]
        head_rpr = self.rpr("MinutesTableHeading", SpanKind.TEXT)
        cell_rpr = self.rpr("MinutesTableText", SpanKind.TEXT)
        # A 参会人员 table has no caption (its label line precedes it) and the plain black
        # rules of an official document, in the table's own width (within the text block).
        borders = (
            "<w:tblBorders>"
            + "".join(
                f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders>"
            if attendance
            else ""
        )
        table_w = (
            # Word (without a compatibility mode) and LibreOffice put the first cell's text at
            # the indent: indenting by the cell margin sets the left rule on the margin.
            f'<w:tblW w:w="{sum(cols)}" w:type="dxa"/><w:tblInd w:w="100" w:type="dxa"/>'
            if attendance
            else '<w:tblW w:w="5000" w:type="pct"/>'
        )
        out = [
            ""
            if attendance and not block.caption
            else f"<w:p>{self.ppr('MinutesTableCaption')}"
            f"{_text_runs(block.caption, self.rpr('MinutesTableCaption', SpanKind.TEXT))}</w:p>",
            f'<w:tbl><w:tblPr><w:tblStyle w:val="MinutesTable"/>{table_w}{borders}'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0"'
            ' w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr><w:tblGrid>',
            *(f'<w:gridCol w:w="{w}"/>' for w in cols),
            "</w:tblGrid>",
        ]

        def row(cells: tuple[str, ...], style: str, rpr: str, header: bool) -> str:
            tr_pr = (
                "<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
                if header
                else "<w:trPr><w:cantSplit/></w:trPr>"
            )
            shade = (
                '<w:shd w:val="clear" w:color="auto" w:fill="EDEDED"/>'
                if header and not attendance
                else ""
            )
            tcs = []
            for n, (text, w) in enumerate(zip(cells, cols, strict=False)):
                # The name column: one line, each name held together like a NAME span.
                name = attendance and n == 0 and not header
                kind = SpanKind.NAME if name else SpanKind.TEXT
                no_wrap = "<w:noWrap/>" if name else ""
                runs = self.runs(Span(text, kind), rpr) if text else ""
                tcs.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/>{shade}{no_wrap}</w:tcPr>'
                    f"<w:p>{self.ppr(style)}{runs}</w:p></w:tc>"
                )
            return f"<w:tr>{tr_pr}{''.join(tcs)}</w:tr>"

        out.append(row(block.header, "MinutesTableHeading", head_rpr, True))
        out.extend(row(r, "MinutesTableText", cell_rpr, False) for r in block.rows)
        out.append("</w:tbl>")
        # Word needs a paragraph between a table and whatever follows; an empty one is invisible.
        out.append(f"<w:p>{self.ppr('BodyText')}</w:p>")
        return "".join(out)

    # --- footers ---------------------------------------------------------------------------

    def footer(self, *, odd: bool, page_of: str) -> str:
        """``page_of``: the board footer's words around {page} and {pages} (labels.py)."""
        layout = self.layout
        number = layout.paragraph("MinutesPageNumber")
        rpr = f"<w:rPr>{rfonts(number.face, number.latin, hint=self.hint)}</w:rPr>"
        if layout.style == DocumentStyle.BOARD:
            parts = _page_runs(page_of, rpr)
            extra = ""
        else:
            # GB/T 9704 §7.5: "— 1 —", 4号宋体, odd pages right and even pages left, 1 字 in.
            parts = [_text_runs("— ", rpr), _field("PAGE", rpr), _text_runs(" —", rpr)]
            if layout.footer == "gb":
                extra = (
                    '<w:ind w:right="280"/><w:jc w:val="right"/>'
                    if odd
                    else '<w:ind w:left="280"/><w:jc w:val="left"/>'
                )
            else:
                extra = ""
        return f"<w:p>{self.ppr('MinutesPageNumber', extra)}{''.join(parts)}</w:p>"


def _attendance_columns(block: TableBlock, width: int, em: int) -> list[int]:
    """Twips per column of a 参会人员 table: the name column fits the longest name (and its
    cell margins) so no name wraps, a 备注 column up to a quarter of the line, the 职务 column
    the rest; together exactly the text block's width."""
    margins = 2 * 100 + em // 2  # MinutesTable's cell margins and a half-character of play
    longest = max((chars_wide(row[0]) for row in block.rows), default=0)
    name = min(round(max(longest, 4) * em) + margins, width // 2)
    if len(block.header) == 1:
        return [width]
    if len(block.header) == 2:
        return [name, width - name]
    note = min(round(max(chars_wide(row[2]) for row in block.rows) * em) + margins, width // 4)
    note = max(note, 3 * em + margins)
    return [name, width - name - note, note]


def _page_runs(pattern: str, rpr: str) -> list[str]:
    """ "Page {page} of {pages}" as text runs around PAGE and NUMPAGES fields."""
    fields = {"page": "PAGE", "pages": "NUMPAGES"}
    runs = []
    for text, name, _spec, _conversion in Formatter().parse(pattern):
        if text:
            runs.append(_text_runs(text, rpr))
        if name is not None:
            runs.append(_field(fields[name], rpr))
    return runs


def _right_tabbed(block: Block, spans: tuple[Span, ...], extra: str) -> tuple[tuple[Span, ...], str]:
    """Right-aligned spans after a tab; the issuer and a 期号 that shares its line with the
    签发人 start at the left tab stop, 1 字 in, as GB/T 9704 sets them."""
    spans = tuple(Span("\t" + s.text, s.kind) if s.kind == SpanKind.RIGHT else s for s in spans)
    if block.kind in (BlockKind.ISSUER, BlockKind.ISSUE):
        spans = (Span("\t"), *spans)
        if block.kind == BlockKind.ISSUE:
            extra = '<w:jc w:val="left"/>'
    return spans, extra


def _field(instruction: str, rpr: str) -> str:
    """A complex field (fldChar begin/instr/separate/result/end): Word and LibreOffice both
    update it on open; the cached result is 1 until then."""
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>1</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )
