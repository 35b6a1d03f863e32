"""Every modal question the editor asks, in one place so tests can answer them.

Messages show user text (file names, DraftError texts) as plain text, never as rich text.
Qt's message box and file dialog classes load when first asked for, not on the start-up path.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from .i18n import _

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Prompts:
    def ask_unsaved(self, parent: QWidget | None, name: str) -> Answer:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(
            parent,
            QMessageBox.Icon.Warning,
            _("Unsaved changes"),
            _("Save the changes to “%(name)s” before closing?") % {"name": name},
        )
        box.setInformativeText(_("Your changes will be lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        choice = box.exec()
        if choice == QMessageBox.StandardButton.Save:
            return Answer.SAVE
        if choice == QMessageBox.StandardButton.Discard:
            return Answer.DISCARD
        return Answer.CANCEL

    def error(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Critical, title, message)
        if details:
            box.setDetailedText(details)
        box.exec()

    def info(self, parent: QWidget | None, title: str, message: str, details: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Information, title, message)
        if details:
            box.setDetailedText(details)
        box.exec()

    def open_files(self, parent: QWidget | None, caption: str, folder: str, filters: str) -> list[str]:
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(parent, caption, folder, filters)
        return list(paths)

    def save_file(self, parent: QWidget | None, caption: str, path: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getSaveFileName(parent, caption, path, filters)
        return chosen or None

    def choose_recovered(self, parent: QWidget | None, drafts: Sequence) -> list | None:
        """Which recovered drafts to restore: a list (maybe empty = discard all), or None = later."""
        from .dialogs.recovery_dialog import RecoveryDialog

        return RecoveryDialog(drafts, parent).choose()

    def choose_export(
        self, parent: QWidget | None, fmt: str, style: str | None, locale: str | None, grid: str
    ):
        from .dialogs.export_dialog import ExportDialog

        return ExportDialog(fmt, style, locale, grid, parent).choose()

    def review_import(
        self, parent: QWidget | None, doc, warnings: list[str], source: str
    ) -> list | None:
        """The corrections made while reviewing an import ([] for none), or None to cancel."""
        from .dialogs.import_review_dialog import ImportReviewDialog

        return ImportReviewDialog(doc, warnings, source, parent).review()

    def paste_text(self, parent: QWidget | None) -> str | None:
        from .dialogs.paste_dialog import PasteDialog

        return PasteDialog(parent).text_or_none()

    @staticmethod
    def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box
