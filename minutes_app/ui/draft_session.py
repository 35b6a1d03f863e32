"""One open draft: the document, where it lives on disk, and its undo stack.

The session is the only place that changes the document, and only from inside undo commands
(``apply_*``), so every edit can be undone and every change is announced: ``value_changed``
after a field is set, and ``rows_*`` around structural edits, which item models turn into
``beginInsertRows``/``endMoveRows`` and the like. Widgets never hold the truth; they read the
document again when told.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..model import MeetingDocument
from ..model import operations as ops
from ..model.operations import Path as DocPath
from ..storage import DraftLock, FileIdentity
from .typing_steps import TypingSteps


class DraftSession(QObject):
    value_changed = Signal(object)  # path of the field or list element that was set
    rows_inserting = Signal(object, int)  # list path, index
    rows_inserted = Signal(object, int)
    rows_removing = Signal(object, int)
    rows_removed = Signal(object, int)
    row_moving = Signal(object, int, object, int)  # src list, src, dst list, final dst index
    row_moved = Signal(object, int, object, int)
    structure_changed = Signal(object)  # a list path whose items were inserted/removed/moved
    file_changed = Signal()  # path or title changed (Save As)
    text_cut = Signal(object, int, int)  # path, characters given, characters kept (the limit)

    def __init__(
        self,
        doc: MeetingDocument,
        path: Path | None = None,
        parent: QObject | None = None,
        *,
        identity: FileIdentity | None = None,
        lock: DraftLock | None = None,
        read_only: bool = False,
        typing: TypingSteps | None = None,
    ) -> None:
        super().__init__(parent)
        self.typing = typing or TypingSteps()
        self.doc = doc
        self.path = path.resolve() if path is not None else None
        # What the file held when we read or last wrote it: a save compares it with the disk.
        self.identity = identity
        self.lock = lock  # our lock on the file; None when untitled, read-only or not lockable
        self.read_only = read_only  # opened while another editor has it: saving goes elsewhere
        self.draft_id = uuid.uuid4().hex  # names its recovery file
        self.untitled_number = 0  # "Untitled 2" when there is no path
        self.undo_stack = QUndoStack(self)
        # Leaving a field ends its typing step: the draft's window connects the application's
        # focus changes to ``typing.end_step``. Not the session itself: a session is freed by the
        # collector, and a Python slot on it could be called while PySide tears it down
        # ("Slot 'DraftSession::' not found"); the window is deleted by Qt, which disconnects.

    # Reading -------------------------------------------------------------------------------

    def value(self, path: DocPath) -> Any:
        return ops.get_value(self.doc, path)

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def set_path(self, path: Path, identity: FileIdentity | None = None) -> None:
        self.path = path.resolve()
        self.identity = identity
        self.read_only = False
        self.file_changed.emit()

    def release(self) -> None:
        """The window closes: another editor may have the draft now."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # Edits, each pushed as one undo command ------------------------------------------------

    def set(self, path: DocPath, value: Any, text: str, *, merge: bool = True) -> None:
        """Set a field; typing (``merge``) joins the step being typed (see typing_steps.py).

        A text longer than the field may hold is cut to the limit and the clerk told
        (``text_cut``): the draft never holds what saving it would refuse."""
        if type(value) is str:
            value = self._within_limit(path, value)
        old = self.value(path)
        if old == value:
            return
        step = self.typing.step_for(path, old, value) if merge else None
        from .undo_commands import SetValueCommand  # with the first edit, not at start-up

        self.undo_stack.push(SetValueCommand(self, path, value, text, step=step))

    def _within_limit(self, path: DocPath, value: str) -> str:
        from ..model.limits import text_limit

        limit = text_limit(path)
        if limit is None or len(value) <= limit:
            return value
        self.text_cut.emit(path, len(value), limit)
        return value[:limit]

    def insert(self, list_path: DocPath, index: int, item: Any, text: str) -> None:
        self.typing.end_step()
        from .undo_commands import InsertItemCommand

        self.undo_stack.push(InsertItemCommand(self, list_path, index, item, text))

    def remove(self, list_path: DocPath, index: int, text: str) -> None:
        self.typing.end_step()
        from .undo_commands import RemoveItemCommand

        self.undo_stack.push(RemoveItemCommand(self, list_path, index, text))

    def move(self, src_path: DocPath, src: int, dst_path: DocPath, dst: int, text: str) -> None:
        if src_path == dst_path and src == dst:
            return
        self.typing.end_step()
        from .undo_commands import MoveItemCommand

        self.undo_stack.push(MoveItemCommand(self, src_path, src, dst_path, dst, text))

    @contextlib.contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Several edits undone as one (e.g. a name picked from the roster fills the title)."""
        self.typing.end_step()
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    # Called by the undo commands only -------------------------------------------------------

    def apply_set(self, path: DocPath, value: Any) -> Any:
        old = ops.set_value(self.doc, path, value)
        self.value_changed.emit(path)
        return old

    def apply_insert(self, list_path: DocPath, index: int, item: Any) -> None:
        self.rows_inserting.emit(list_path, index)
        ops.insert_item(self.doc, list_path, index, item)
        self.rows_inserted.emit(list_path, index)
        self.structure_changed.emit(list_path)

    def apply_remove(self, list_path: DocPath, index: int) -> Any:
        self.rows_removing.emit(list_path, index)
        item = ops.remove_item(self.doc, list_path, index)
        self.rows_removed.emit(list_path, index)
        self.structure_changed.emit(list_path)
        return item

    def apply_move(self, src_path: DocPath, src: int, dst_path: DocPath, dst: int) -> None:
        self.row_moving.emit(src_path, src, dst_path, dst)
        ops.move_item(self.doc, src_path, src, dst_path, dst)
        self.row_moved.emit(src_path, src, dst_path, dst)
        self.structure_changed.emit(src_path)
        if dst_path != src_path:
            self.structure_changed.emit(dst_path)
