"""Edit the roster of names offered for completion: add, change, remove; saved on OK."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..i18n import _
from ..roster import RosterEntry


class RosterDialog(QDialog):
    def __init__(self, entries: list[RosterEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Roster of names"))
        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([_("Name"), _("Title / position")])
        for entry in entries:
            self.model.appendRow([QStandardItem(entry.name), QStandardItem(entry.title)])
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(_("Filter…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setTabKeyNavigation(False)
        add = QPushButton(_("&Add"), self)
        remove = QPushButton(_("&Remove"), self)
        add.clicked.connect(self.add_row)
        remove.clicked.connect(self.remove_row)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self.table, self.add_row)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table, self.remove_row)
        bar = QHBoxLayout()
        bar.addWidget(add)
        bar.addWidget(remove)
        bar.addStretch(1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def _apply_filter(self, text: str) -> None:
        for row in range(self.model.rowCount()):
            cells = (self.model.item(row, c).text() for c in range(2))
            self.table.setRowHidden(row, bool(text) and not any(text in c for c in cells))

    def add_row(self) -> None:
        self.model.appendRow([QStandardItem(""), QStandardItem("")])
        index = self.model.index(self.model.rowCount() - 1, 0)
        self.table.setCurrentIndex(index)
        self.table.edit(index)

    def remove_row(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.removeRow(index.row())

    def entries(self) -> list[RosterEntry]:
        return [
            RosterEntry(self.model.item(r, 0).text(), self.model.item(r, 1).text())
            for r in range(self.model.rowCount())
        ]

    def choose(self) -> list[RosterEntry] | None:
        return self.entries() if self.exec() == QDialog.DialogCode.Accepted else None
