"""Export options: format, style and language of the exported document; for a PDF, the engine
and the faces it will be set in (which of the named faces are installed, which stand in)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from ...export.styles import registered_styles
from ..i18n import N_, _
from ..labels import DOCUMENT_LOCALES

FORMAT_NAMES = {"docx": "Word (.docx)", "html": "HTML (.html)", "pdf": "PDF (.pdf)"}
# The 纪要 page grid (ExportOptions.grid): the line grid gives 22 × 28 in every office suite;
# GB/T 9704's character grid only in Word and WPS (LibreOffice cannot fit the glyphs in it).
# The choice is remembered per machine (Preferences.export_grid).
GRID_NAMES = {
    "lines": N_("22 × 28 line grid (Word, WPS and LibreOffice)"),
    "chars": N_("22 × 28 character grid (Word and WPS only)"),
}
ENGINE_NAMES = {
    "weasyprint": N_("Built in (same page as the .docx)"),
    "libreoffice": N_("PDF via LibreOffice (converts the .docx)"),
}


class ExportDialog(QDialog):
    def __init__(
        self,
        fmt: str,
        style: str | None,
        locale: str | None,
        grid: str = "lines",
        parent: QWidget | None = None,
        *,
        pdf_engine: str = "weasyprint",
        libreoffice: bool | None = None,
    ) -> None:
        from ...export.pdf_libreoffice import soffice_path

        super().__init__(parent)
        self.setWindowTitle(_("Export"))
        self.format_box = QComboBox(self)
        for key, name in FORMAT_NAMES.items():
            self.format_box.addItem(name, key)
        self.style_box = QComboBox(self)
        for registered in registered_styles():  # the built-in styles and any added
            self.style_box.addItem(_(registered.title), registered.name)
        self.locale_box = QComboBox(self)
        for code, message in DOCUMENT_LOCALES.items():
            self.locale_box.addItem(_(message), code)
        self.grid_box = QComboBox(self)
        for key, message in GRID_NAMES.items():
            self.grid_box.addItem(_(message), key)
        self.engine_box = QComboBox(self)
        for key, message in ENGINE_NAMES.items():
            self.engine_box.addItem(_(message), key)
        has_libreoffice = soffice_path() is not None if libreoffice is None else libreoffice
        if not has_libreoffice:  # offered, but not choosable: say why
            index = self.engine_box.findData("libreoffice")
            self.engine_box.setItemText(index, _("PDF via LibreOffice (not installed)"))
            self.engine_box.model().item(index).setEnabled(False)
            if pdf_engine == "libreoffice":
                pdf_engine = "weasyprint"
        boxes = (
            (self.format_box, fmt),
            (self.style_box, style),
            (self.locale_box, locale),
            (self.grid_box, grid),
            (self.engine_box, pdf_engine),
        )
        for box, value in boxes:
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)
        self.fonts_label = QLabel(self)
        self.fonts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.fonts_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(_("&Format:"), self.format_box)
        form.addRow(_("&Style:"), self.style_box)
        form.addRow(_("&Language:"), self.locale_box)
        form.addRow(_("&Page grid:"), self.grid_box)
        form.addRow(_("PDF &engine:"), self.engine_box)
        form.addRow(_("Fonts:"), self.fonts_label)
        # The grid only shapes the 纪要 .docx, the engine and fonts only the PDF: hide the rows
        # where they do not apply.
        for box in (self.format_box, self.style_box, self.engine_box):
            box.currentIndexChanged.connect(self._update_rows)
        self._form = form
        # Room for the longest grid name, the arrow and the frame. The metrics of the primary
        # font understate CJK glyphs drawn from a fallback font, hence the generous margin.
        metrics = self.grid_box.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(box.itemText(i))
            for box in (self.grid_box, self.engine_box)
            for i in range(box.count())
        )
        self.grid_box.setMinimumWidth(int(widest * 1.25) + 3 * metrics.height())
        self._update_rows()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _update_rows(self) -> None:
        fmt, style = self.format_box.currentData(), self.style_box.currentData()
        self._form.setRowVisible(self.grid_box, fmt == "docx" and style == "jiyao")
        pdf = fmt == "pdf"
        self._form.setRowVisible(self.engine_box, pdf)
        built_in = self.engine_box.currentData() == "weasyprint"
        self._form.setRowVisible(self.fonts_label, pdf and built_in)
        if pdf and built_in:
            self.fonts_label.setText(font_report_text(style))

    def choose(self) -> tuple[str, str, str, str, str] | None:
        """(format, style, locale, grid, PDF engine), or None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return (
            self.format_box.currentData(),
            self.style_box.currentData(),
            self.locale_box.currentData(),
            self.grid_box.currentData(),
            self.engine_box.currentData(),
        )


def font_report_text(style: str) -> str:
    """One line a face the style names: installed, or which installed face stands in."""
    from ...export.pdf_fonts import choose_fonts

    lines = []
    for choice in choose_fonts(style):
        values = {"named": choice.requested, "used": choice.used}
        if not choice.used:
            lines.append(_("%(named)s: not installed, and no substitute found") % values)
        elif choice.substituted:
            lines.append(_("%(named)s → %(used)s (substituted)") % values)
        else:
            lines.append(_("%(named)s (installed)") % values)
    return "\n".join(lines)
