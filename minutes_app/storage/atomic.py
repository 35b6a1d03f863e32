"""Atomic file replacement that never damages the previous file.

Write a temporary file in the target's folder, fsync it, keep the old file as ``NAME.bak``
(a hard link where the file system allows, so no copy), ``os.replace`` the new file in, then
fsync the folder so the rename itself is durable. Any failure before the replace leaves the old
file as it was and removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path

_REPLACE_RETRIES = 5  # Windows: an indexer or antivirus may hold the target for a moment


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write_bytes(path: Path, data: bytes, *, backup: bool = True) -> None:
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o777)
            if backup:
                _keep_backup(path)
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)


def _keep_backup(path: Path) -> None:
    """Make ``NAME.bak`` the current content of ``path`` (atomically, via a temporary name)."""
    bak = backup_path(path)
    staging = bak.with_name(bak.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    try:
        os.link(path, staging)
    except OSError:
        shutil.copy2(path, staging)
    os.replace(staging, bak)


def _replace(src: Path, dst: Path) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if os.name != "nt" or attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems do not support it; the data itself is already synced
    finally:
        os.close(fd)
