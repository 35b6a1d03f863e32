"""Standalone HTML: one self-contained page (CSS inline, no external loads) from the blocks.

Jinja2 runs with ``autoescape=True``; user text is only ever inserted as escaped text (line
breaks become ``<br>`` after escaping), so a ``<script>`` typed into any field prints as text.
The same markup serves the editor's live preview: ``preview=True`` swaps the browser style sheet
for one written in the CSS subset QTextBrowser understands (no ``em`` indents, floats, grid or
``@page``) and adds ``<a name>`` anchors so the preview can scroll to the block being edited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from ..model.document import DocumentStyle, MeetingDocument
from ..resources import RESOURCES
from .blocks import BlockKind, RenderedDocument, SpanKind, TableBlock
from .errors import naming
from .files import write_atomically
from .options import ExportOptions
from .rendering import render

STYLE_DIR = RESOURCES / "styles" / "html"

# Blocks that open the document and go into <header>.
_HEAD_KINDS = frozenset(
    {
        BlockKind.HEAD_NOTE,
        BlockKind.MARK,
        BlockKind.ISSUE,
        BlockKind.ISSUER,
        BlockKind.TITLE,
        BlockKind.DECK,
        BlockKind.META,
    }
)
_TITLE_BREAKS = frozenset("暨、，和与及：")
_SPAN_TAGS = {
    SpanKind.TEXT: "",
    SpanKind.LABEL: "strong",
    SpanKind.NUMBER: "span",
    SpanKind.HEADING: "span",
    SpanKind.BYLINE: "span",
    SpanKind.RIGHT: "span",
    SpanKind.BLANK: "span",
    SpanKind.NAME: "span",  # white-space: nowrap: a Chinese name is never broken
    SpanKind.RUN_IN: "span",
    SpanKind.SIGNER: "span",  # the 签发人's name, in 楷体 after its RIGHT label
}


@dataclass(frozen=True, slots=True)
class _View:
    """A block as the template writes it. ``open``/``close`` and each span's wrapper are markup
    built here from our own tag and class names (the model path is escaped too); every text
    from the document goes through the template's autoescaping, never through these."""

    open: Any  # Markup
    close: Any
    path: str
    spans: tuple[tuple[Any, str, Any], ...] = ()  # (opening markup, text, closing markup)
    title: bool = False
    table: TableBlock | None = None


def _views(rendered: RenderedDocument, preview: bool) -> tuple[list[_View], list[_View]]:
    from markupsafe import Markup, escape

    has_title = any(b.kind == BlockKind.TITLE for b in rendered.blocks)
    wrappers = {}
    for kind, tag in _SPAN_TAGS.items():
        gap = "&emsp;&emsp;" if preview and kind == SpanKind.RIGHT else ""  # no floats in Qt
        opening = f'{gap}<{tag} class="{kind.value}">' if tag else gap
        wrappers[kind] = (Markup(opening), Markup(f"</{tag}>" if tag else ""))
    head: list[_View] = []
    body: list[_View] = []
    for block in rendered.blocks:
        kind = block.kind
        path = escape(block.path)
        if isinstance(block, TableBlock):
            view = _View(Markup(""), Markup(""), path, table=block)
        else:
            if kind == BlockKind.TITLE or (kind == BlockKind.MARK and not has_title):
                tag = "h1"
            elif kind == BlockKind.HEADING:
                tag = f"h{min(block.level + 1, 6)}"
            else:
                tag = "p"
            css = kind.value if kind != BlockKind.HEADING else f"heading level{block.level}"
            if block.level > 1 and kind != BlockKind.HEADING:
                css += f" level{block.level}"
            spans = tuple(
                (wrappers[s.kind][0], s.text, wrappers[s.kind][1]) for s in block.spans
            )
            if kind == BlockKind.ATTENDANCE:
                spans = _names_together(spans, Markup)
            opening = Markup(f'<{tag} class="{css}" data-path="{path}">')
            view = _View(opening, Markup(f"</{tag}>"), path, spans, title=tag == "h1")
        (head if kind in _HEAD_KINDS and not body else body).append(view)
    _colophon_together(rendered, body, Markup)
    return head, body


def _colophon_together(rendered: RenderedDocument, body: list[_View], markup: Any) -> None:
    """The 版记's lines in one <div class="colophon_block">: the PDF sets it as one footnote
    at the foot of the last page (WeasyPrint reserves room for one footnote of several lines,
    not for several footnotes called together)."""
    paths = [b.path for b in rendered.blocks if b.kind == BlockKind.COLOPHON]
    if not paths:
        return
    at = [i for i, view in enumerate(body) if view.open and 'class="colophon' in view.open]
    if not at:
        return
    first, last = body[at[0]], body[at[-1]]
    body[at[0]] = replace(first, open=markup('<div class="colophon_block">') + first.open)
    last = body[at[-1]]
    body[at[-1]] = replace(last, close=last.close + markup("</div>"))


@cache
def _environment():  # -> jinja2.Environment; Jinja2 loads on first export, not at start-up
    import jinja2
    from markupsafe import Markup, escape

    def lines(text: str) -> Markup:
        if "\n" not in text:
            return escape(text)
        return Markup("<br>\n").join(escape(part) for part in text.split("\n"))

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(STYLE_DIR),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )

    def title_lines(text: str) -> Markup:
        """Chinese headlines break only after 暨、，和与及 (with word-break: keep-all in the CSS),
        so a two-line title splits between phrases, not inside a word."""
        parts, start = [], 0
        for i, ch in enumerate(text):
            if ch in _TITLE_BREAKS and 0 < i < len(text) - 1:
                parts.append(text[start : i + 1])
                start = i + 1
        parts.append(text[start:])
        return Markup("<wbr>").join(lines(part) for part in parts)

    env.filters["lines"] = lines
    env.filters["title_lines"] = title_lines
    return env


@cache
def _style_sheet(name: str, preview: bool, letter: bool = False):  # -> Markup: our CSS only
    from markupsafe import Markup

    from .styles import get_style

    files = [STYLE_DIR / "preview.css"] if preview else [STYLE_DIR / "document.css", get_style(name).css]
    css = "\n".join(f.read_text(encoding="utf-8") for f in files)
    if letter and not preview:  # as the .docx: US board minutes on Letter paper
        css += "\n@page { size: letter; }"
    # Comments stay in the source files: QTextBrowser's parser gives up on the whole sheet at
    # some of them, and readers of the page do not need them.
    css = re.sub(r"/\*.*?\*/\s*", "", css, flags=re.S)
    return Markup(css)


def rendered_to_html(
    rendered: RenderedDocument, *, preview: bool = False, extra_css: str = ""
) -> str:
    """``extra_css`` (our own rules, never user text) follows the style sheet: the PDF export
    adds its page rules there (``pdf_export``)."""
    head, body = _views(rendered, preview)
    return _page(rendered, head, body, preview, extra_css)


def _page(
    rendered: RenderedDocument,
    head: list[_View],
    body: list[_View],
    preview: bool,
    extra_css: str = "",
) -> str:
    from markupsafe import Markup

    template = _environment().get_template("document.html.j2")
    letter = rendered.style == DocumentStyle.BOARD.value and rendered.locale == "en_US"
    css = _style_sheet(rendered.style, preview, letter)
    if extra_css:
        css = css + Markup("\n") + Markup(extra_css)
    return template.render(doc=rendered, head=head, body=body, css=css, preview=preview)


def to_html(
    doc: MeetingDocument, options: ExportOptions | None = None, *, preview: bool = False
) -> str:
    return rendered_to_html(render(doc, options), preview=preview)


PIECE_CHARS = 12_000  # about 10 ms of QTextDocument parsing here


def to_preview_pieces(
    doc: MeetingDocument, options: ExportOptions | None = None, *, piece_chars: int = PIECE_CHARS
) -> list[str]:
    """The preview page cut into standalone pages of about ``piece_chars`` characters of text.

    The first carries the header; each later one holds the next body blocks in the same
    scaffolding and style sheet. Inserted one after another into a QTextDocument (each as a new
    block) they give the page of ``to_html(preview=True)``, while no single parse holds the GUI
    thread for long: a thousand-section page is a quarter of a second to parse in one go.
    """
    rendered = render(doc, options)
    head, body = _views(rendered, True)
    groups: list[list[_View]] = [[]]
    size = 0
    for view in body:
        if size >= piece_chars:
            groups.append([])
            size = 0
        groups[-1].append(view)
        size += _view_chars(view)
    return [_page(rendered, head if i == 0 else [], group, True) for i, group in enumerate(groups)]


def _names_together(spans: tuple, markup: Any) -> tuple:
    """An attendance line's names (each a span of its own) in one <span class="names">, the
    second column beside the label: the 纪要's grid aligns wrapped names after the colon."""
    first = next((i for i, (opening, _t, _c) in enumerate(spans) if 'class="label"' not in opening), None)
    if first is None:
        return spans
    opening, text, closing = spans[first]
    out = list(spans)
    out[first] = (markup('<span class="names">') + opening, text, closing)
    opening, text, closing = out[-1]
    out[-1] = (opening, text, closing + markup("</span>"))
    return tuple(out)


def _view_chars(view: _View) -> int:
    if view.table is not None:
        return sum(len(cell) for row in view.table.rows for cell in row) + 100 * len(view.table.rows)
    return sum(len(text) for _open, text, _close in view.spans) + 100  # the markup around it


def write_html(
    doc: MeetingDocument, path: str | Path, options: ExportOptions | None = None
) -> None:
    with naming(path):
        write_atomically(path, to_html(doc, options).encode("utf-8"))
