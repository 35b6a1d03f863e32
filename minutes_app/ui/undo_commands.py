"""Undo commands: each is a pair of model operations run through the draft session.

``push`` runs ``redo`` at once, so the change happens inside the command and nowhere else.
Items are copied on the way in and out so the stack never shares objects with the document.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from ..model.operations import Path as DocPath

if TYPE_CHECKING:
    from .draft_session import DraftSession

_MERGE_TYPING = 1


def _copy(item: Any) -> Any:
    return copy.deepcopy(item)  # nodes, lists and plain values alike


class SetValueCommand(QUndoCommand):
    """``step``: typing edits with the same step number merge (see typing_steps.py); None
    never merges."""

    def __init__(
        self, session: DraftSession, path: DocPath, value: Any, text: str, *, step: int | None
    ) -> None:
        super().__init__(text)
        self.session = session
        self.path = path
        self.old = _copy(session.value(path))
        self.new = value
        self.step = step

    def redo(self) -> None:
        self.session.apply_set(self.path, _copy(self.new))

    def undo(self) -> None:
        self.session.apply_set(self.path, _copy(self.old))

    def id(self) -> int:
        return _MERGE_TYPING if self.step is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetValueCommand)
            or other.path != self.path
            or other.step is None
            or other.step != self.step
        ):
            return False
        self.new = other.new
        if self.new == self.old:  # typed and deleted again: the step does nothing
            self.setObsolete(True)
        return True


class InsertItemCommand(QUndoCommand):
    def __init__(
        self, session: DraftSession, list_path: DocPath, index: int, item: Any, text: str
    ) -> None:
        super().__init__(text)
        self.session, self.list_path, self.index, self.item = session, list_path, index, item

    def redo(self) -> None:
        self.session.apply_insert(self.list_path, self.index, _copy(self.item))

    def undo(self) -> None:
        self.session.apply_remove(self.list_path, self.index)


class RemoveItemCommand(QUndoCommand):
    """Removing a group removes its people with it; undo puts back the very same group."""

    def __init__(self, session: DraftSession, list_path: DocPath, index: int, text: str) -> None:
        super().__init__(text)
        self.session, self.list_path, self.index = session, list_path, index
        self.item: Any = None

    def redo(self) -> None:
        self.item = self.session.apply_remove(self.list_path, self.index)

    def undo(self) -> None:
        self.session.apply_insert(self.list_path, self.index, _copy(self.item))


class MoveItemCommand(QUndoCommand):
    def __init__(
        self,
        session: DraftSession,
        src_path: DocPath,
        src: int,
        dst_path: DocPath,
        dst: int,
        text: str,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.src_path, self.src, self.dst_path, self.dst = src_path, src, dst_path, dst

    def redo(self) -> None:
        self.session.apply_move(self.src_path, self.src, self.dst_path, self.dst)

    def undo(self) -> None:
        self.session.apply_move(self.dst_path, self.dst, self.src_path, self.src)
