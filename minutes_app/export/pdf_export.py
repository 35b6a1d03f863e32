"""PDF: the standalone HTML page set in pages by WeasyPrint, or our .docx through LibreOffice.

WeasyPrint (HTML/CSS paged media over Pango/HarfBuzz, no office suite and no Qt) lays out the
same markup as the HTML export with the style's print sheet from ``resources/styles/pdf``
(``@page`` size and margins, margin boxes with ``counter(page)``, ``:left``/``:right`` pages for
the GB/T 9704 page numbers). Fonts are embedded as subsets; the text stays selectable; the
title, author and language come from the page's ``<title>``, ``<meta>`` and ``lang``; headings,
paragraphs and tables are tagged (``pdf_tags``). Where LibreOffice is installed, the
``libreoffice`` engine converts our .docx instead (``pdf_libreoffice``), exact to the .docx.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..model.document import MeetingDocument
from ..resources import RESOURCES
from .blocks import RenderedDocument
from .errors import NO_WEASYPRINT, ExportError, naming
from .files import write_atomically
from .options import ExportOptions
from .pdf_fonts import FontChoice, choose_fonts, family_css, installed_families, role_css
from .rendering import render

PDF_STYLE_DIR = RESOURCES / "styles" / "pdf"
ENGINES = ("weasyprint", "libreoffice")


@dataclass(frozen=True, slots=True)
class PdfReport:
    """What a PDF export did: the engine, the faces per role (substituted or not), the pages.
    ``pdf_inspect.embedded_fonts`` reads back the fonts a finished PDF embeds (the proof of
    ``fonts``); it is not part of the export, as it loads every page (about 9 ms each)."""

    engine: str
    fonts: tuple[FontChoice, ...]  # empty for LibreOffice, which substitutes by its own table
    pages: int


@cache
def _print_sheet(style: str) -> str:
    return "\n".join(
        (PDF_STYLE_DIR / name).read_text(encoding="utf-8") for name in ("print.css", f"{style}.css")
    )


def _page_rules(rendered: RenderedDocument, fonts: Iterable[FontChoice]) -> str:
    """Rules that depend on the export: the page numbers' faces (custom properties do not reach
    the page margin boxes), the board's paper and its footer words."""
    faces = {c.role: family_css(c) for c in fonts}
    latin = faces.get("Calibri") or faces.get("Times New Roman", "serif")
    family = f"{latin}, {faces.get('songti', 'serif')}"
    rules = [
        f"@page {{ @bottom-left {{ font-family: {family}; }} @bottom-center {{ font-family: {family}; }}"
        f" @bottom-right {{ font-family: {family}; }} }}"
    ]
    if rendered.style == "board":
        size = "letter" if rendered.locale == "en_US" else "A4"
        if rendered.is_chinese:
            content = '"第 " counter(page) " 页，共 " counter(pages) " 页"'
        else:
            content = '"Page " counter(page) " of " counter(pages)'
        rules.append(f"@page {{ size: {size}; @bottom-center {{ content: {content}; }} }}")
    return "\n".join(rules)


def print_html(
    rendered: RenderedDocument, fonts: Iterable[FontChoice]
) -> str:
    """The HTML page with the PDF's own sheet: font aliases, print rules, page rules."""
    from .html_export import rendered_to_html

    fonts = tuple(fonts)
    css = "\n".join((role_css(fonts), _print_sheet(rendered.style), _page_rules(rendered, fonts)))
    return rendered_to_html(rendered, extra_css=css)


@cache
def _url_fetcher():
    """Only local files: the installed fonts a ``local()`` face names. The page is
    self-contained (user text is escaped), so nothing may reach the network."""
    import weasyprint

    return weasyprint.URLFetcher(allowed_protocols={"file"})


def to_pdf(
    doc: MeetingDocument,
    options: ExportOptions | None = None,
    *,
    families: Callable[[], Iterable[str]] = installed_families,
) -> tuple[bytes, PdfReport]:
    options = options or ExportOptions()
    if options.pdf_engine == "libreoffice":
        from .pdf_libreoffice import docx_to_pdf

        data, pages = docx_to_pdf(doc, options)
        return data, PdfReport("libreoffice", (), pages)
    if options.pdf_engine != "weasyprint":
        raise ExportError(None, f"unknown PDF engine {options.pdf_engine!r}: use {' or '.join(ENGINES)}")
    try:
        import weasyprint
    except ImportError as exc:  # a broken install (Pango missing) says so here
        raise ExportError(
            None, f"WeasyPrint cannot be loaded ({exc}); PDF export needs it", kind=NO_WEASYPRINT
        ) from exc
    rendered = render(doc, options)
    fonts = choose_fonts(rendered.style, families)
    html = print_html(rendered, fonts)
    document = weasyprint.HTML(string=html, url_fetcher=_url_fetcher()).render()
    data = document.write_pdf(pdf_tags=True)
    return data, PdfReport("weasyprint", fonts, len(document.pages))


def write_pdf(
    doc: MeetingDocument, path: str | Path, options: ExportOptions | None = None
) -> PdfReport:
    with naming(path):
        data, report = to_pdf(doc, options)
        write_atomically(path, data)
    return report
