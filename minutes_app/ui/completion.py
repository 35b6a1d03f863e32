"""Name completion from the roster: type a few characters of a name, pick it, and the title
comes with it. The roster is read after the window is shown, not on the start-up path; the
item model and the completer classes load with it (or with the first field that completes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from .roster import Roster, RosterEntry

if TYPE_CHECKING:
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QCompleter, QLineEdit

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class NameCompletion(QObject):
    def __init__(self, roster: Roster | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roster = roster
        self._model: QStandardItemModel | None = None

    @property
    def model(self) -> QStandardItemModel:
        if self._model is None:
            from PySide6.QtGui import QStandardItemModel

            self._model = QStandardItemModel(self)
        return self._model

    def load(self) -> None:
        """(Re)read the roster into the completion model."""
        entries = self.roster.entries() if self.roster is not None else []
        self.set_entries(entries)

    def set_entries(self, entries: list[RosterEntry]) -> None:
        from PySide6.QtGui import QStandardItem

        self.model.clear()
        for entry in entries:
            item = QStandardItem(f"{entry.name}　{entry.title}" if entry.title else entry.name)
            item.setData(entry.name, Qt.ItemDataRole.EditRole)
            item.setData(entry.title, TITLE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)

    def remember(self, entries: list[RosterEntry]) -> None:
        """Add names to the roster (when a draft is saved) and to the completions."""
        if self.roster is None or not entries:
            return
        self.roster.add(entries)
        self.load()

    def attach(self, line_edit: QLineEdit, on_pick: Callable[[str, str], None]) -> QCompleter:
        from PySide6.QtCore import QModelIndex
        from PySide6.QtWidgets import QCompleter

        completer = QCompleter(self.model, line_edit)
        completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line_edit.setCompleter(completer)

        def picked(index: QModelIndex) -> None:
            name = index.data(Qt.ItemDataRole.EditRole)
            title = index.data(TITLE_ROLE) or ""
            line_edit.setText(name)
            on_pick(name, title)

        completer.activated[QModelIndex].connect(picked)
        return completer
