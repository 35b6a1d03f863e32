"""Who has a draft open: a lock file beside it, as LibreOffice and novelWriter keep one.

Opening ``report.minutes`` creates ``.~lock.report.minutes#`` in the same folder, holding
who opened it (user, host, process id, time) as one JSON line. A second editor, on this
machine or another that shares the folder, finds it and says who has the draft instead of
letting two people overwrite each other's work. The lock is advisory: it guards editors that
look for it, which is every Minutes editor.

A lock is stale when its owner cannot still hold it: on this host, its process is gone (a
crash, a kill); from another host, where the process cannot be checked, it is older than
``STALE_AFTER`` (the owner refreshes its lock on every save). The lock is created with
``O_CREAT | O_EXCL``, which is atomic on local disks, NFSv3+ and SMB (see docs/reliability.md
for what that guarantees on network shares).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import NamedTuple

from .errors import DraftError

STALE_AFTER = dt.timedelta(hours=24)
MAX_LOCK_BYTES = 4096
_NAME_MAX = 255  # bytes in one file name on every common file system


class LockOwner(NamedTuple):  # not a dataclass: storage is on the start-up path
    user: str
    host: str
    pid: int
    time: dt.datetime

    def to_json(self) -> str:
        return json.dumps(
            {"app": "Minutes", "user": self.user, "host": self.host, "pid": self.pid,
             "time": self.time.isoformat(timespec="seconds")},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> LockOwner | None:
        try:
            data = json.loads(text)
            return cls(str(data["user"]), str(data["host"]), int(data["pid"]),
                       dt.datetime.fromisoformat(str(data["time"])))
        except (ValueError, KeyError, TypeError):
            return None


class DraftLocked(DraftError):
    """The draft is open in another editor; ``owner`` says whose (None: unreadable lock)."""

    def __init__(self, draft: Path, owner: LockOwner | None) -> None:
        self.owner = owner
        who = f"{owner.user} on {owner.host} since {owner.time:%Y-%m-%d %H:%M}" if owner else "another editor"
        super().__init__(draft.name, f"is open in Minutes by {who}")


def this_process() -> LockOwner:
    import getpass  # not at import: the editor's start-up path loads storage

    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in a container
        user = str(os.getuid()) if hasattr(os, "getuid") else "?"
    return LockOwner(user, _host_name(), os.getpid(), _now())


def _host_name() -> str:
    """gethostname(2): on POSIX the node name uname(2) gives, read without loading the socket
    module (3 ms on the editor's start-up path, which takes the lock before the first paint)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def lock_path(draft: Path) -> Path:
    name = f".~lock.{draft.name}#"
    while len(name.encode("utf-8", "surrogateescape")) > _NAME_MAX:
        name = name[:-2] + "#"  # a very long draft name: the lock's name is cut to fit
    return draft.with_name(name)


def read_owner(draft: Path) -> LockOwner | None:
    """The owner named in the draft's lock file, or None when there is none (or unreadable)."""
    try:
        with open(lock_path(draft), encoding="utf-8", errors="replace") as lock:
            return LockOwner.from_json(lock.read(MAX_LOCK_BYTES))
    except OSError:
        return None


def is_stale(owner: LockOwner | None, me: LockOwner, now: dt.datetime | None = None) -> bool:
    """Can this lock be taken over? Unreadable locks are stale only by the file's age."""
    if owner is None:
        return False
    if owner.host == me.host:
        return not _process_alive(owner.pid)
    now = now or dt.datetime.now().astimezone()
    when = owner.time if owner.time.tzinfo else owner.time.astimezone()
    return now - when > STALE_AFTER


def _process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, but another user's
    except OSError:
        return False
    return True


class DraftLock:
    """The lock this editor holds on one draft, from opening it until closing it."""

    def __init__(self, draft: Path, owner: LockOwner) -> None:
        self.draft = draft
        self.path = lock_path(draft)
        self.owner = owner

    @classmethod
    def acquire(cls, draft: Path, me: LockOwner | None = None) -> DraftLock:
        """Take the lock, or raise ``DraftLocked`` naming who holds it. A stale lock is
        taken over; a lock we cannot create (read-only folder) is not an error: the draft
        opens, and saving it will say why it cannot be written."""
        me = me or this_process()
        lock = cls(draft, me)
        for _attempt in range(3):
            try:
                fd = os.open(lock.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                text = _read(lock.path)
                owner = LockOwner.from_json(text) if text is not None else None
                if owner is not None and owner.host == me.host and owner.pid == me.pid:
                    lock.owner = owner
                    return lock  # ours already (the same draft opened again)
                if text is None or not is_stale(owner, me):
                    if text is None:
                        continue  # removed in between: try again
                    raise DraftLocked(draft, owner) from None
                # Stale: remove it only if it is still the lock we judged (another editor
                # may have taken it over meanwhile), then try again.
                if _read(lock.path) == text:
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(lock.path)
                continue
            except OSError:
                return lock  # no lock possible here (read-only folder): nothing to guard
            try:
                os.write(fd, lock.owner.to_json().encode("utf-8"))
            finally:
                os.close(fd)
            return lock
        raise DraftLocked(draft, read_owner(draft))

    def held(self) -> bool:
        """Is the lock file still ours? Another editor may have taken it as stale."""
        owner = read_owner(self.draft)
        return owner is None or (owner.host == self.owner.host and owner.pid == self.owner.pid)

    def check(self) -> None:
        """Before a save: raise ``DraftLocked`` when someone else holds the lock now."""
        owner = read_owner(self.draft)
        if owner is not None and not (owner.host == self.owner.host and owner.pid == self.owner.pid):
            raise DraftLocked(self.draft, owner)

    def refresh(self) -> None:
        """After a save: a fresh time keeps a long-open lock from looking stale elsewhere."""
        if not self.held():
            return
        self.owner = LockOwner(self.owner.user, self.owner.host, self.owner.pid, _now())
        with contextlib.suppress(OSError):
            tmp = self.path.with_name(self.path.name[:-1] + ".tmp#")
            tmp.write_text(self.owner.to_json(), encoding="utf-8")
            os.replace(tmp, self.path)

    def release(self) -> None:
        if self.held():
            with contextlib.suppress(OSError):
                os.unlink(self.path)

    def move_to(self, draft: Path) -> None:
        """Save As: the new file is locked (if it can be), the old one released."""
        new = DraftLock.acquire(draft, self.owner)
        self.release()
        self.draft, self.path, self.owner = new.draft, new.path, new.owner


def _now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)  # as the file keeps it


def _read(path: Path) -> str | None:
    try:
        with open(path, encoding="utf-8", errors="replace") as lock:
            return lock.read(MAX_LOCK_BYTES)
    except FileNotFoundError:
        return None
    except OSError:
        return ""
