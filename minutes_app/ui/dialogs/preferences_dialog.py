"""Preferences: the UI language (applied at once) and the autosave pause."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from ..i18n import LANGUAGE_NAMES, _


class PreferencesDialog(QDialog):
    def __init__(self, language: str, autosave_seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Preferences"))
        self.language_box = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(0, self.language_box.findData(language)))
        self.autosave_box = QSpinBox(self)
        self.autosave_box.setRange(1, 600)
        self.autosave_box.setValue(autosave_seconds)
        self.autosave_box.setSuffix(_(" s"))
        note = QLabel(
            _("The language of documents is set per draft, in the header (Language of the document)."),
            self,
        )
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(_("&Interface language:"), self.language_box)
        form.addRow(_("&Autosave after a pause of:"), self.autosave_box)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choose(self) -> tuple[str, int] | None:
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.language_box.currentData(), self.autosave_box.value()
