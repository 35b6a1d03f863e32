"""What an export is asked to produce."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportOptions:
    """``None`` means the document header's own style or locale."""

    style: str | None = None  # a registered export style's name (export.styles)
    locale: str | None = None  # zh_CN / en_GB / en_US
    # 纪要 .docx page grid. "lines" (default): a line grid of 22 lines (pitch 579 tw, exact
    # spacing) with characters condensed by 0.25 pt, so 28 characters of 15.75 pt fill the
    # 156 mm line: the same 22 x 28 page in Word, WPS and LibreOffice (docs/exports.md shows the
    # arithmetic). "chars": GB/T 9704's character grid (docGrid linesAndChars, charSpace -849),
    # right in Word and WPS only; LibreOffice gives each 16 pt glyph two 15.79 pt cells.
    grid: str = "lines"
    # PDF: "weasyprint" lays out the HTML page (no office suite needed); "libreoffice" converts
    # the .docx with a local LibreOffice (the 纪要 with the "lines" grid, which it lays out right).
    pdf_engine: str = "weasyprint"
