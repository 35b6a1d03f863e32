"""Has the draft changed on disk since we read it? Size, modification time and a hash.

A sync client or a colleague may rewrite the file while it is open; saving over that would
lose their version (and, after a second save, its ``.bak`` too). The editor keeps the identity
of what it loaded or last saved and compares it with the file before each save. The hash
settles what size and time cannot: copies that keep the time, coarse clocks on network shares.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import NamedTuple

from ..fileio.bounded_read import UnreadableFile, read_bounded
from .errors import DraftError


class FileIdentity(NamedTuple):  # not a dataclass: storage is on the start-up path
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, data: bytes, info: os.stat_result) -> FileIdentity:
        return cls(len(data), info.st_mtime_ns, hashlib.sha256(data).hexdigest())

    def same_content(self, other: FileIdentity | None) -> bool:
        return other is not None and (self.size, self.sha256) == (other.size, other.sha256)


class DraftChangedOnDisk(DraftError):
    """The file is not what this editor read or wrote last: someone else changed it."""

    def __init__(self, path: Path, now: FileIdentity | None) -> None:
        self.now = now
        what = "was deleted or moved" if now is None else "was changed by another program"
        super().__init__(path.name, f"{what} since it was opened here")


def identity_on_disk(path: Path, limit: int) -> FileIdentity | None:
    """The file's identity now, or None when it is gone (or not a readable file)."""
    try:
        info = os.stat(path)
        data = read_bounded(path, limit)
    except (OSError, UnreadableFile):
        return None
    return FileIdentity.of(data, info)
