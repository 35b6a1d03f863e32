"""Every modal question the editor asks, in one place so tests can answer them.

Messages show user text (file names, DraftError texts) as plain text, never as rich text.
Qt's message box and file dialog classes load when first asked for, not on the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from .i18n import _

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(StrEnum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
    READ_ONLY = "read_only"  # a draft open elsewhere: look at it without saving over it
    COPY = "copy"  # ... or work on a copy (an untitled draft)
    RELOAD = "reload"  # a draft changed on disk: take the version on disk
    SAVE_COPY = "save_copy"  # ... or save ours under another name
    OVERWRITE = "overwrite"  # ... or replace theirs (kept as NAME.bak)


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

    def ask_locked(self, parent: QWidget | None, name: str, who: str) -> Answer:
        """The draft is open in another editor: READ_ONLY, COPY or CANCEL."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(
            parent,
            QMessageBox.Icon.Warning,
            _("Draft in use"),
            _("“%(name)s” is open in Minutes by %(who)s.") % {"name": name, "who": who},
        )
        box.setInformativeText(
            _("If you both save it, one of you loses work. Open it read-only to look at it, "
              "or open a copy to work on under another name.")
        )
        read_only = box.addButton(_("Open &Read-Only"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(_("Open a &Copy"), QMessageBox.ButtonRole.ActionRole)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        return Answer.READ_ONLY if clicked is read_only else Answer.COPY if clicked is copy else Answer.CANCEL

    def ask_changed_on_disk(self, parent: QWidget | None, name: str, deleted: bool) -> Answer:
        """The file is not what we read: RELOAD, SAVE_COPY, OVERWRITE or CANCEL."""
        from PySide6.QtWidgets import QMessageBox

        text = (
            _("“%(name)s” was deleted or moved by another program since you opened it.")
            if deleted
            else _("“%(name)s” was changed by another program (a sync client, a colleague) "
                   "since you opened it.")
        ) % {"name": name}
        box = self._box(parent, QMessageBox.Icon.Warning, _("Draft changed on disk"), text)
        box.setInformativeText(
            _("Saving now would replace that version. Save yours as a copy to keep both, "
              "reload to take the version on disk (your changes here are dropped), or "
              "overwrite it (the other version is kept as a .bak file).")
        )
        copy = box.addButton(_("Save as &Copy…"), QMessageBox.ButtonRole.AcceptRole)
        reload = None if deleted else box.addButton(_("&Reload"), QMessageBox.ButtonRole.DestructiveRole)
        overwrite = box.addButton(_("&Overwrite"), QMessageBox.ButtonRole.DestructiveRole)
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(copy)
        box.exec()
        clicked = box.clickedButton()
        if clicked is copy:
            return Answer.SAVE_COPY
        if reload is not None and clicked is reload:
            return Answer.RELOAD
        if clicked is overwrite:
            return Answer.OVERWRITE
        return Answer.CANCEL

    def ask_import(self, parent: QWidget | None, name: str) -> bool:
        """A Word or text file was opened: import it as a new draft?"""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(
            parent,
            QMessageBox.Icon.Question,
            _("Import this file?"),
            _("“%(name)s” is a Word or text file, not a Minutes draft.") % {"name": name},
        )
        box.setInformativeText(
            _("Minutes can import it as a new draft: it finds the header, the people and the "
              "sections, and lists what it was unsure of.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(_("&Import"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        return box.exec() == QMessageBox.StandardButton.Yes

    def ask_save_elsewhere(self, parent: QWidget | None, title: str, message: str) -> bool:
        """The draft cannot be saved where it is (read-only, in use): offer Save As."""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(parent, QMessageBox.Icon.Warning, title, message)
        box.setInformativeText(_("Save your changes under another name?"))
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Save).setText(_("Save &As…"))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box.exec() == QMessageBox.StandardButton.Save

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

    def show_table(
        self, parent: QWidget | None, title: str, headers: Sequence[str], rows: Sequence[tuple[str, str]]
    ) -> None:
        from .dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(title, headers, rows, parent).exec()

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
        self,
        parent: QWidget | None,
        fmt: str,
        style: str | None,
        locale: str | None,
        grid: str,
        *,
        pdf_engine: str = "weasyprint",
    ):
        from .dialogs.export_dialog import ExportDialog

        return ExportDialog(fmt, style, locale, grid, parent, pdf_engine=pdf_engine).choose()

    def print_dialog(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Qt's print dialog on ``printer``; True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def print_preview(
        self, parent: QWidget | None, printer: QPrinter, paint: Callable[[QPrinter], None]
    ) -> None:
        """Qt's print preview: ``paint`` draws the pages on the printer it is given."""
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, parent)
        dialog.paintRequested.connect(paint)
        dialog.exec()

    def export_anyway(self, parent: QWidget | None, errors: Sequence[str]) -> bool:
        """The draft has errors (``minutes_app.checks``): export it all the same?"""
        from PySide6.QtWidgets import QMessageBox

        box = self._box(
            parent,
            QMessageBox.Icon.Warning,
            _("Export anyway?"),
            _("The checks found %(count)d errors in this draft. Export it anyway?")
            % {"count": len(errors)},
        )
        box.setInformativeText(_("The Checks panel (View > Checks) lists them with their fields."))
        box.setDetailedText("\n".join(errors))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(_("&Export anyway"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

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
