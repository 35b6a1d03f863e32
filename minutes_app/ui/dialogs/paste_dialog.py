"""Paste a meeting report's text to start a new draft from it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..i18n import _


class PasteDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Paste text as new draft"))
        label = QLabel(_("Paste the text of a meeting report or minutes:"), self)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        label.setBuddy(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def text_or_none(self) -> str | None:
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        text = self.editor.toPlainText()
        return text if text.strip() else None
