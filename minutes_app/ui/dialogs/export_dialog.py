"""Export options: format, style and language of the exported document."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ..i18n import N_, _
from ..labels import DOCUMENT_LOCALES, DOCUMENT_STYLES

FORMAT_NAMES = {"docx": "Word (.docx)", "html": "HTML (.html)"}
# The 纪要 page grid (ExportOptions.grid): the line grid gives 22 × 28 in every office suite;
# GB/T 9704's character grid only in Word and WPS (LibreOffice cannot fit the glyphs in it).
# The choice is remembered per machine (Preferences.export_grid).
GRID_NAMES = {
    "lines": N_("22 × 28 line grid (Word, WPS and LibreOffice)"),
    "chars": N_("22 × 28 character grid (Word and WPS only)"),
}


class ExportDialog(QDialog):
    def __init__(
        self,
        fmt: str,
        style: str | None,
        locale: str | None,
        grid: str = "lines",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Export"))
        self.format_box = QComboBox(self)
        for key, name in FORMAT_NAMES.items():
            self.format_box.addItem(name, key)
        self.style_box = QComboBox(self)
        for value, message in DOCUMENT_STYLES.items():
            self.style_box.addItem(_(message), value.value)
        self.locale_box = QComboBox(self)
        for code, message in DOCUMENT_LOCALES.items():
            self.locale_box.addItem(_(message), code)
        self.grid_box = QComboBox(self)
        for key, message in GRID_NAMES.items():
            self.grid_box.addItem(_(message), key)
        boxes = (
            (self.format_box, fmt),
            (self.style_box, style),
            (self.locale_box, locale),
            (self.grid_box, grid),
        )
        for box, value in boxes:
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)
        form = QFormLayout(self)
        form.addRow(_("&Format:"), self.format_box)
        form.addRow(_("&Style:"), self.style_box)
        form.addRow(_("&Language:"), self.locale_box)
        form.addRow(_("&Page grid:"), self.grid_box)
        # The grid only shapes the 纪要 .docx; hide it where it does not apply.
        self.format_box.currentIndexChanged.connect(self._update_grid)
        self.style_box.currentIndexChanged.connect(self._update_grid)
        self._form = form
        # Room for the longest grid name, the arrow and the frame. The metrics of the primary
        # font understate CJK glyphs drawn from a fallback font, hence the generous margin.
        metrics = self.grid_box.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.grid_box.itemText(i)) for i in range(self.grid_box.count()))
        self.grid_box.setMinimumWidth(int(widest * 1.25) + 3 * metrics.height())
        self._update_grid()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _update_grid(self) -> None:
        applies = self.format_box.currentData() == "docx" and self.style_box.currentData() == "jiyao"
        self._form.setRowVisible(self.grid_box, applies)

    def choose(self) -> tuple[str, str, str, str] | None:
        """(format, style, locale, grid), or None when cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return (
            self.format_box.currentData(),
            self.style_box.currentData(),
            self.locale_box.currentData(),
            self.grid_box.currentData(),
        )
