"""Recovery files: every open draft's latest state, kept until it is really saved or discarded.

Each running editor owns one folder ``sessions/<id>/`` under the recovery root and holds a lock
file in it. A folder whose lock is stale (its process died) holds the drafts of a crashed
session; the next start offers them back. Files are written with the storage layer's atomic
writer, so a crash during an autosave leaves the previous autosave intact.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import shutil
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..fileio.atomic import STALE_TEMP_SECONDS, atomic_write_bytes
from ..model import MeetingDocument
from ..storage import DraftError, dumps_draft, load_draft

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

log = logging.getLogger(__name__)

LOCK_NAME = "session.lock"
FOLDER_MODE = 0o700  # recovery files hold the drafts' text and paths: the user's only
FILE_MODE = 0o600


class RecoveredDraft(NamedTuple):
    draft_file: Path
    original_path: Path | None  # where the draft was saved before, None for untitled ones
    title: str
    saved_at: dt.datetime

    def load(self) -> MeetingDocument:
        return load_draft(self.draft_file)


class RecoveryStore:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.sessions = self.root / "sessions"
        self.folder = self.sessions / uuid.uuid4().hex
        self._lock: QLockFile | None = None
        self._claimed: list[tuple[Path, QLockFile]] = []
        # False when the folder could not be made at start (read-only data folder, no free
        # inodes): the editor runs without autosave and says so once; ``error`` says why.
        self.available = True
        self.error: OSError | None = None

    def start(self) -> bool:
        try:
            self._make_folder()
        except OSError as exc:
            self.available, self.error = False, exc
            log.warning("autosave is off: cannot make %s: %s", self.folder, exc)
            return False
        self._sweep_stale_temps()
        return True

    def _make_folder(self) -> None:
        """Make (or make again: it may be deleted while we run) our private session folder."""
        self.root.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        for folder in (self.root, self.sessions, self.folder):
            folder.mkdir(mode=FOLDER_MODE, exist_ok=True)
            if folder.stat().st_mode & 0o077:
                os.chmod(folder, FOLDER_MODE)  # made by an older version, world-readable
        if self._lock is not None and (self.folder / LOCK_NAME).exists():
            return
        if self._lock is not None:
            self._lock.unlock()  # the folder was deleted: lock the new one
        from PySide6.QtCore import QLockFile  # after the first paint (start() runs then)

        self._lock = QLockFile(str(self.folder / LOCK_NAME))
        self._lock.setStaleLockTime(0)
        if not self._lock.tryLock(0):
            log.warning("could not lock the recovery folder %s", self.folder)

    def _sweep_stale_temps(self) -> None:
        """Temp files of autosaves killed midway, in any session folder."""
        cutoff = time.time() - STALE_TEMP_SECONDS
        for tmp in self.sessions.glob("*/.*.tmp"):
            with contextlib.suppress(OSError):
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()

    # Our own drafts ------------------------------------------------------------------------

    def write(self, draft_id: str, doc: MeetingDocument, original: Path | None, title: str) -> None:
        if not self.available:
            raise OSError(self.error.errno if self.error else 0, "autosave is off")
        if self._lock is None or not self.folder.is_dir():
            self._make_folder()
        atomic_write_bytes(
            self.folder / f"{draft_id}.minutes", dumps_draft(doc).encode(), backup=False, mode=FILE_MODE
        )
        meta = {
            "original_path": str(original) if original else None,
            "title": title,
            "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
        }
        atomic_write_bytes(
            self.folder / f"{draft_id}.json",
            json.dumps(meta, ensure_ascii=False).encode(),
            backup=False,
            mode=FILE_MODE,
        )

    def remove(self, draft_id: str) -> None:
        for suffix in (".minutes", ".json"):
            with contextlib.suppress(FileNotFoundError):
                (self.folder / f"{draft_id}{suffix}").unlink()

    def has(self, draft_id: str) -> bool:
        return (self.folder / f"{draft_id}.minutes").exists()

    def close(self) -> None:
        """A clean exit: nothing left to recover, so the folder goes."""
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        if self.folder.exists() and not any(p.suffix == ".minutes" for p in self.folder.iterdir()):
            shutil.rmtree(self.folder, ignore_errors=True)

    # Drafts left by crashed sessions ------------------------------------------------------------

    def orphans(self) -> list[RecoveredDraft]:
        """Drafts of sessions whose process is gone; their folders stay locked by us until
        ``forget`` or ``release``."""
        from PySide6.QtCore import QLockFile

        found: list[RecoveredDraft] = []
        if not self.sessions.is_dir():
            return found
        for folder in sorted(self.sessions.iterdir()):
            if folder == self.folder or not folder.is_dir():
                continue
            lock = QLockFile(str(folder / LOCK_NAME))
            lock.setStaleLockTime(0)  # stale only when its process is dead, however old
            if not lock.tryLock(0):
                continue  # another editor is running and owns these
            drafts = [self._describe(p) for p in sorted(folder.glob("*.minutes"))]
            if not drafts:  # a crashed session with nothing to recover: its folder goes
                lock.unlock()
                shutil.rmtree(folder, ignore_errors=True)
                continue
            self._claimed.append((folder, lock))
            found.extend(d for d in drafts if d is not None)
        found.sort(key=lambda d: d.saved_at, reverse=True)
        return found

    def forget_orphans(self) -> None:
        """The orphans were restored or discarded: delete their folders."""
        for folder, lock in self._claimed:
            lock.unlock()
            shutil.rmtree(folder, ignore_errors=True)
        self._claimed.clear()

    def release_orphans(self) -> None:
        """Keep the orphans for a later start."""
        for _folder, lock in self._claimed:
            lock.unlock()
        self._claimed.clear()

    @staticmethod
    def _describe(draft_file: Path) -> RecoveredDraft | None:
        meta_file = draft_file.with_suffix(".json")
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        if not isinstance(meta, dict):
            meta = {}
        try:
            saved_at = dt.datetime.fromisoformat(str(meta.get("saved_at")))
        except ValueError:
            saved_at = dt.datetime.fromtimestamp(os.path.getmtime(draft_file))
        original = meta.get("original_path")
        return RecoveredDraft(
            draft_file=draft_file,
            original_path=Path(original) if isinstance(original, str) and original else None,
            title=str(meta.get("title") or draft_file.stem),
            saved_at=saved_at,
        )


__all__ = ["DraftError", "RecoveredDraft", "RecoveryStore"]
