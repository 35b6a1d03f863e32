"""Export options: format, style and language of the exported document."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ..i18n import _
from ..labels import DOCUMENT_LOCALES, DOCUMENT_STYLES

FORMAT_NAMES = {"docx": "Word (.docx)", "html": "HTML (.html)"}


class ExportDialog(QDialog):
    def __init__(self, fmt: str, style: str | None, locale: str | None, parent: QWidget | None = None) -> None:
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
        for box, value in ((self.format_box, fmt), (self.style_box, style), (self.locale_box, locale)):
            index = box.findData(value)
            if index >= 0:
                box.setCurrentIndex(index)
        form = QFormLayout(self)
        form.addRow(_("&Format:"), self.format_box)
        form.addRow(_("&Style:"), self.style_box)
        form.addRow(_("&Language:"), self.locale_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choose(self) -> tuple[str, str, str] | None:
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return (
            self.format_box.currentData(),
            self.style_box.currentData(),
            self.locale_box.currentData(),
        )
