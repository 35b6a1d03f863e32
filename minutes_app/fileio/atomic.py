"""Atomic file replacement that never damages the previous file: the one writer of drafts,
recovery files, settings and exports (standard library only, so every layer may use it).

Write a temporary file in the target's folder, fsync it, keep the old file as ``NAME.bak``
(a hard link where the file system allows, so no copy), ``os.replace`` the new file in, then
fsync the folder so the rename itself is durable. Any failure before the replace leaves the old
file as it was and removes the temporary files.

The data goes out through ``os.write`` on a raw descriptor (no buffered layer), so every write
that can fail is a call the fault-injection tests can reach.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from pathlib import Path

_REPLACE_RETRIES = 5  # Windows: an indexer or antivirus may hold the target for a moment
_NEW_FILE_MODE = 0o666  # the umask applies, as for any file the user creates
# A temp file this old was left by a save that was killed (power cut, SIGKILL); any save still
# running has a fresh one, so the next successful save of the same file may remove it.
STALE_TEMP_SECONDS = 600


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + ".bak")


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, backup: bool = True) -> None:
    """Replace ``path`` by ``data`` all at once; keep the previous content as ``NAME.bak``
    (unless ``backup`` is false). The file keeps its permissions; a new one gets the umask's."""
    # Saving through a symlink updates the file it points to (as QSaveFile does), not the link.
    path = Path(os.path.realpath(path))
    folder = path.parent
    fd, tmp = _create_temp(path)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if path.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, path.stat().st_mode & 0o7777)
            if backup:
                _keep_backup(path)
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)
    _sweep_stale_temps(path)


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new, exclusive ``.NAME.XXXXXXXX.tmp`` beside ``path`` (hidden, so nobody opens it)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(tmp, flags, _NEW_FILE_MODE), tmp
        except FileExistsError:
            continue


def _sweep_stale_temps(path: Path) -> None:
    """Remove the hidden temp files that killed saves of ``path`` (or of its .bak) left."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for pattern in (f".{path.name}.*.tmp", f".{path.name}.bak.*.tmp"):
        for tmp in path.parent.glob(pattern):
            with contextlib.suppress(OSError):  # best effort: the save itself has succeeded
                if tmp.stat().st_mtime < cutoff:
                    tmp.unlink()


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _keep_backup(path: Path) -> None:
    """Make ``NAME.bak`` the current content of ``path`` (atomically, via a temporary name)."""
    bak = backup_path(path)
    staging = bak.with_name(f".{bak.name}.{os.urandom(4).hex()}.tmp")
    try:
        try:
            os.link(path, staging)
        except OSError:  # FAT, some network shares: no hard links
            shutil.copy2(path, staging)
        os.replace(staging, bak)
    except BaseException:
        with contextlib.suppress(OSError):
            staging.unlink()
        raise


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
    # Best effort: some file systems refuse it, and the new draft is already in place, so
    # nothing here may turn a finished save into a reported failure.
    with contextlib.suppress(OSError):
        os.fsync(fd)
    with contextlib.suppress(OSError):
        os.close(fd)
