"""Tell the clerk when the open draft's file is changed by someone else, as it happens.

A QFileSystemWatcher on the draft's file (and its folder: an atomic save by a sync client
replaces the file, and the watcher then forgets it). Every notice is checked against the
identity this editor last read or wrote, so our own saves never raise it; a real change is
announced once per change, and saving still stops to ask (``save_draft(expected=…)``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

from ..storage.draft_file import MAX_BYTES
from ..storage.file_identity import identity_on_disk
from .draft_session import DraftSession


class DiskWatch(QObject):
    changed = Signal(bool)  # the file changed on disk; True when it is gone

    def __init__(self, session: DraftSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self.check)
        self.watcher.directoryChanged.connect(self.check)
        self._announced: object = session.identity  # the last state we told the clerk about
        self.follow()
        session.file_changed.connect(self.follow)

    def follow(self) -> None:
        """Watch the session's current file (after opening, Save As, or a replace)."""
        for old in self.watcher.files() + self.watcher.directories():
            self.watcher.removePath(old)
        path = self.session.path
        if path is None:
            return
        if path.exists():
            self.watcher.addPath(str(path))
        self.watcher.addPath(str(path.parent))

    def check(self, *_args: object) -> bool:
        """Compare the file with what we know; announce a difference. True when it differs."""
        path = self.session.path
        known = self.session.identity
        if path is None or known is None:
            return False
        if str(path) not in self.watcher.files() and path.exists():
            self.watcher.addPath(str(path))  # replaced by a rename: watch the new file
        now = identity_on_disk(Path(path), MAX_BYTES)
        if known.same_content(now):
            self._announced = known
            return False
        if now != self._announced:
            self._announced = now
            self.changed.emit(now is None)
        return True
