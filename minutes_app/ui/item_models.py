"""Qt table models over lists of the document, addressed by path.

The model never holds items itself: it reads the list from the document on demand and turns
the session's change signals into the matching Qt notifications (one ``dataChanged`` for a
typed character, ``beginMoveRows`` for a move). Edits go back as undo commands. Drag and drop
carries the source list path and row, so a person can be dragged to another group's table.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ..model.operations import Path as DocPath
from ..model.operations import PathError
from .draft_session import DraftSession
from .fields import FieldSpec, Kind
from .i18n import _, strip_mnemonic

if TYPE_CHECKING:  # annotations only: each Qt class imported costs its creation at start-up
    from PySide6.QtCore import QMimeData, QPersistentModelIndex

    AnyIndex = QModelIndex | QPersistentModelIndex

ROW_MIME = "application/x-minutes-row"


class DocumentListModel(QAbstractTableModel):
    def __init__(
        self,
        session: DraftSession,
        list_path: DocPath | None,
        columns: Sequence[FieldSpec],
        *,
        drag_kind: str,
        item_name: Callable[[], str] = lambda: _("item"),
    ) -> None:
        super().__init__(session)
        self.session = session
        self.list_path = list_path
        self.columns = tuple(columns)
        self.drag_kind = drag_kind  # rows move only between lists of the same kind
        self.item_name = item_name
        self._fields = {c.name: i for i, c in enumerate(self.columns)}
        self._pending: list[str] = []  # which begin* call awaits its end*
        session.value_changed.connect(self._on_value_changed)
        session.rows_inserting.connect(self._on_inserting)
        session.rows_inserted.connect(self._on_inserted)
        session.rows_removing.connect(self._on_removing)
        session.rows_removed.connect(self._on_removed)
        session.row_moving.connect(self._on_moving)
        session.row_moved.connect(self._on_moved)
        session.structure_changed.connect(self._on_structure_changed)

    # Binding -----------------------------------------------------------------------------

    def set_list_path(self, list_path: DocPath | None) -> None:
        self.beginResetModel()
        self.list_path = list_path
        self.endResetModel()

    def items(self) -> list[Any]:
        if self.list_path is None:
            return []
        try:
            items = self.session.value(self.list_path)
        except PathError:  # the owner has not yet rebound after its ancestor went away
            return []
        return items if isinstance(items, list) else []

    def row_path(self, row: int) -> DocPath:
        assert self.list_path is not None
        return (*self.list_path, row)

    def field_path(self, row: int, column: int) -> DocPath:
        name = self.columns[column].name
        return self.row_path(row) if name is None else (*self.row_path(row), name)

    def column_of(self, name: str) -> int | None:
        return self._fields.get(name)

    def value_at(self, row: int, column: int) -> Any:
        item = self.items()[row]
        name = self.columns[column].name
        return item if name is None else getattr(item, name)

    # Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        spec = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.display(self.value_at(index.row(), index.column()))
        if role == Qt.ItemDataRole.EditRole:
            value = self.value_at(index.row(), index.column())
            return "" if value is None else value
        if role == Qt.ItemDataRole.ToolTipRole and spec.kind == Kind.MULTILINE:
            return str(self.value_at(index.row(), index.column()))[:500]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title if section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled  # dropping onto the empty area appends
        if not index.isValid():
            return base
        flags = base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        if self.columns[index.column()].kind == Kind.TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or not isinstance(value, str):
            return False  # a drag's "clear the source" arrives here as None: never a real edit
        spec = self.columns[index.column()]
        self.session.set(
            self.field_path(index.row(), index.column()),
            value,
            _("Edit %(field)s") % {"field": strip_mnemonic(spec.title)},
            merge=False,
        )
        return True

    def retranslate(self) -> None:
        if self.columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
            self.refresh_rows()

    def refresh_rows(self, first: int = 0, last: int | None = None) -> None:
        count = self.rowCount()
        last = count - 1 if last is None else last
        if count and first <= last and self.columns:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    # Drag and drop: moves go through the undo stack --------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ROW_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        payload = {
            "draft": self.session.draft_id,
            "kind": self.drag_kind,
            "path": list(self.list_path or ()),
            "row": rows[0] if rows else -1,
        }
        from PySide6.QtCore import QMimeData  # on the first drag

        data = QMimeData()
        data.setData(ROW_MIME, json.dumps(payload).encode())
        return data

    def _drag_source(self, data: QMimeData) -> tuple[DocPath, int] | None:
        if self.list_path is None or not data.hasFormat(ROW_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(ROW_MIME).data()).decode())
        except ValueError:
            return None
        if payload.get("draft") != self.session.draft_id or payload.get("kind") != self.drag_kind:
            return None
        row = payload.get("row", -1)
        return (tuple(payload["path"]), row) if isinstance(row, int) and row >= 0 else None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return self._drag_source(data) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        source = self._drag_source(data)
        if source is None:
            return False
        src_path, src_row = source
        if row < 0:
            row = parent.row() if parent.isValid() else self.rowCount()
        if src_path == self.list_path:
            dst = row - 1 if row > src_row else row
            dst = max(0, min(dst, self.rowCount() - 1))
        else:
            dst = max(0, min(row, self.rowCount()))
        assert self.list_path is not None
        self.session.move(
            src_path, src_row, self.list_path, dst, _("Move %(what)s") % {"what": self.item_name()}
        )
        # The move is done; returning False keeps the view from "removing" the dragged rows.
        return False

    # Session notifications -----------------------------------------------------------------

    def _on_value_changed(self, path: DocPath) -> None:
        lp = self.list_path
        if lp is None or len(path) <= len(lp) or path[: len(lp)] != lp:
            return
        row = path[len(lp)]
        if not isinstance(row, int):
            return
        if len(path) > len(lp) + 1:
            column = self._fields.get(path[len(lp) + 1])
            if column is None:
                return  # a field this table does not show
            self.dataChanged.emit(self.index(row, column), self.index(row, column))
        else:
            self.refresh_rows(row, row)

    def _on_inserting(self, path: DocPath, index: int) -> None:
        if path == self.list_path:
            self.beginInsertRows(QModelIndex(), index, index)
            self._pending.append("insert")

    def _on_inserted(self, path: DocPath, index: int) -> None:
        if path == self.list_path and self._pending:
            self._pending.pop()
            self.endInsertRows()

    def _on_removing(self, path: DocPath, index: int) -> None:
        if path == self.list_path:
            self.beginRemoveRows(QModelIndex(), index, index)
            self._pending.append("remove")

    def _on_removed(self, path: DocPath, index: int) -> None:
        if path == self.list_path and self._pending:
            self._pending.pop()
            self.endRemoveRows()

    def _on_moving(self, src_path: DocPath, src: int, dst_path: DocPath, dst: int) -> None:
        mine = self.list_path
        if src_path == mine and dst_path == mine:
            self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), dst + 1 if dst > src else dst)
            self._pending.append("move")
        elif src_path == mine:
            self.beginRemoveRows(QModelIndex(), src, src)
            self._pending.append("remove")
        elif dst_path == mine:
            self.beginInsertRows(QModelIndex(), dst, dst)
            self._pending.append("insert")

    def _on_moved(self, src_path: DocPath, src: int, dst_path: DocPath, dst: int) -> None:
        if self.list_path not in (src_path, dst_path) or not self._pending:
            return
        kind = self._pending.pop()
        {"move": self.endMoveRows, "remove": self.endRemoveRows, "insert": self.endInsertRows}[kind]()

    def _on_structure_changed(self, path: DocPath) -> None:
        lp = self.list_path
        if lp is not None and len(path) < len(lp) and lp[: len(path)] == path:
            # An ancestor list changed: our path may now name another item. Re-read it all.
            self.beginResetModel()
            self.endResetModel()
