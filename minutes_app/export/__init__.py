"""Exports: the shared rendering pass and one module per format (docx, html).

The editor imports this package at start-up for the live preview, so the heavy libraries
(Babel data, python-docx, Jinja2) load on first use inside the functions, not here.

- ``render(doc, options)`` -> ``RenderedDocument``: typed blocks with numbers, dates, lists and
  labels resolved (``rendering``).
- ``to_html(doc, options, preview=False)`` / ``write_html(doc, path, options)`` (``html_export``);
  ``to_preview_pieces`` cuts the preview page for the editor to show a piece at a time.
- ``write_docx(doc, path, options)`` (``docx_export``).
- ``write_pdf(doc, path, options)`` -> ``PdfReport`` (engine, faces used or substituted, pages);
  ``to_pdf`` gives the bytes (``pdf_export``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ExportError
from .options import ExportOptions

if TYPE_CHECKING:
    from ..model.document import MeetingDocument
    from .blocks import RenderedDocument


def render(doc: MeetingDocument, options: ExportOptions | None = None) -> RenderedDocument:
    from .rendering import render as _render

    return _render(doc, options)


def to_html(
    doc: MeetingDocument, options: ExportOptions | None = None, *, preview: bool = False
) -> str:
    """A standalone HTML page; ``preview=True`` gives the QTextBrowser-friendly variant."""
    from .html_export import to_html as _to_html

    return _to_html(doc, options, preview=preview)


def to_preview_pieces(doc: MeetingDocument, options: ExportOptions | None = None) -> list[str]:
    """The preview page in pieces that a QTextDocument can take one event-loop turn at a time."""
    from .html_export import to_preview_pieces as _pieces

    return _pieces(doc, options)


def write_html(
    doc: MeetingDocument, path: str | Path, options: ExportOptions | None = None
) -> None:
    from .html_export import write_html as _write_html

    _write_html(doc, path, options)


def write_docx(
    doc: MeetingDocument, path: str | Path, options: ExportOptions | None = None
) -> None:
    from .docx_export import write_docx as _write_docx

    _write_docx(doc, path, options)


def write_pdf(doc: MeetingDocument, path: str | Path, options: ExportOptions | None = None):
    """Write a PDF; returns the ``PdfReport`` (engine, fonts used and substituted, pages)."""
    from .pdf_export import write_pdf as _write_pdf

    return _write_pdf(doc, path, options)


def to_pdf(doc: MeetingDocument, options: ExportOptions | None = None):
    """The PDF's bytes and its ``PdfReport``."""
    from .pdf_export import to_pdf as _to_pdf

    return _to_pdf(doc, options)


FORMATS: dict[str, Callable[..., object]] = {
    "docx": write_docx,
    "html": write_html,
    "pdf": write_pdf,
}

__all__ = [
    "FORMATS",
    "ExportError",
    "ExportOptions",
    "render",
    "to_html",
    "to_pdf",
    "to_preview_pieces",
    "write_docx",
    "write_html",
    "write_pdf",
]
