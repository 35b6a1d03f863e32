"""Has the draft changed on disk since we read it? Size, modification time and a hash.

A sync client or a colleague may rewrite the file while it is open; saving over that would
lose their version (and, after a second save, its ``.bak`` too). The editor keeps the identity
of what it loaded or last saved and compares it with the file before each save. The hash
settles what size and time cannot: copies that keep the time, coarse clocks on network shares.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..fileio.bounded_read import UnreadableFile, read_bounded
from .errors import DraftError


class FileIdentity:
    """What a file held: its size, modification time and the SHA-256 of its bytes.

    The hash is taken when first compared, not when the draft is opened: hashlib loads
    OpenSSL (3 ms), which the editor's start-up need not wait for. Until then the identity
    keeps the bytes it was made from (no more than the draft file itself)."""

    __slots__ = ("size", "mtime_ns", "_bytes", "_sha256")

    def __init__(self, data: bytes, mtime_ns: int) -> None:
        self.size = len(data)
        self.mtime_ns = mtime_ns
        self._bytes: bytes | None = data
        self._sha256: str | None = None

    @classmethod
    def of(cls, data: bytes, info: os.stat_result) -> FileIdentity:
        return cls(data, info.st_mtime_ns)

    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            import hashlib

            assert self._bytes is not None
            self._sha256, self._bytes = hashlib.sha256(self._bytes).hexdigest(), None
        return self._sha256

    def same_content(self, other: FileIdentity | None) -> bool:
        return other is not None and self.size == other.size and self.sha256 == other.sha256

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileIdentity):
            return NotImplemented
        return self.mtime_ns == other.mtime_ns and self.same_content(other)

    def __hash__(self) -> int:
        return hash((self.size, self.mtime_ns))

    def __repr__(self) -> str:
        return f"FileIdentity(size={self.size}, mtime_ns={self.mtime_ns})"


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
