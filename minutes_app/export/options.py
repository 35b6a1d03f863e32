"""What an export is asked to produce."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the editor imports this package at start-up: keep it light
    from ..model.document import DocumentStyle


@dataclass(frozen=True)
class ExportOptions:
    """``None`` means the document header's own style or locale."""

    style: DocumentStyle | None = None
    locale: str | None = None  # zh_CN / en_GB / en_US
    # 纪要 .docx page grid. "chars": GB/T 9704's 22 lines x 28 characters as Word and WPS lay it
    # out (docGrid linesAndChars, charSpace -849). LibreOffice cannot fit a 16 pt glyph in the
    # 15.79 pt character cell and puts 14 characters on a line, so "lines" gives the same
    # 22 x 28 page everywhere with a line grid and characters condensed by 0.25 pt.
    grid: str = "chars"
    # PDF: "weasyprint" lays out the HTML page (no office suite needed); "libreoffice" converts
    # the .docx with a local LibreOffice (the 纪要 with the "lines" grid, which it lays out right).
    pdf_engine: str = "weasyprint"
