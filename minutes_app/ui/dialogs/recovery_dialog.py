"""After a crash: which recovered drafts to open again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import _
from ..recovery import RecoveredDraft


class RecoveryDialog(QDialog):
    def __init__(self, drafts: Sequence[RecoveredDraft], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drafts = list(drafts)
        self.setWindowTitle(_("Recover drafts"))
        intro = QLabel(
            _(
                "Minutes did not close properly last time. These drafts have changes that "
                "were not saved. Restore the ones you want; restored drafts open as unsaved."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        for draft in self.drafts:
            where = str(draft.original_path) if draft.original_path else _("never saved")
            text = f"{draft.title}    {draft.saved_at:%Y-%m-%d %H:%M}    ({where})"
            item = QListWidgetItem(text, self.list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        buttons = QDialogButtonBox(self)
        restore = buttons.addButton(_("&Restore checked"), QDialogButtonBox.ButtonRole.AcceptRole)
        discard = QPushButton(_("&Discard all"), self)
        buttons.addButton(discard, QDialogButtonBox.ButtonRole.DestructiveRole)
        later = buttons.addButton(_("&Later"), QDialogButtonBox.ButtonRole.RejectRole)
        restore.setDefault(True)
        restore.clicked.connect(self.accept)
        discard.clicked.connect(lambda: self.done(2))
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def checked(self) -> list[RecoveredDraft]:
        return [
            draft
            for i, draft in enumerate(self.drafts)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose(self) -> list[RecoveredDraft] | None:
        result = self.exec()
        if result == QDialog.DialogCode.Accepted:
            return self.checked()
        return [] if result == 2 else None
