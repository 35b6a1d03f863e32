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
import glob
import os
import shutil
import time
from pathlib import Path

_REPLACE_RETRIES = 5  # Windows: an indexer or antivirus may hold the target for a moment
_NEW_FILE_MODE = 0o666  # the umask applies, as for any file the user creates
# A temp file this old was left by a save that was killed (power cut, SIGKILL); any save still
# running has a fresh one, so the next successful save of the same file may remove it.
STALE_TEMP_SECONDS = 600


NAME_MAX = 255  # bytes in one file name on every common file system


def fitted_name(name: str, suffix: str, prefix: str = "") -> str:
    """``prefix + name + suffix`` cut to fit ``NAME_MAX`` bytes: a draft whose name is near
    the limit must still get its temp file and its backup (issue 15, D13)."""
    room = NAME_MAX - len((prefix + suffix).encode("utf-8", "surrogateescape"))
    encoded = name.encode("utf-8", "surrogateescape")
    if len(encoded) > room:
        name = encoded[:room].decode("utf-8", "ignore")  # never half a character
    return prefix + name + suffix


def backup_path(path: Path) -> Path:
    return path.with_name(fitted_name(path.name, ".bak"))


def _temp_name(path: Path) -> Path:
    """A hidden ``.NAME.XXXXXXXX.tmp`` beside ``path``, short enough for any name."""
    return path.with_name(fitted_name(path.name, f".{os.urandom(4).hex()}.tmp", "."))


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, backup: bool = True, mode: int | None = None
) -> None:
    """Replace ``path`` by ``data`` all at once; keep the previous content as ``NAME.bak``.

    ``mode`` (0o600 for recovery files) is the new file's mode whatever it was before;
    without it a new file gets the umask's and a replaced one keeps its own."""
    # Saving through a symlink updates the file it points to (as QSaveFile does), not the link.
    path = Path(os.path.realpath(path))
    folder = path.parent
    fd, tmp = _create_temp(path, _NEW_FILE_MODE if mode is None else mode)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if mode is not None:
            os.chmod(tmp, mode)  # exactly this, whatever the umask or the old file said
        elif path.exists():
            _copy_ownership(path, tmp)
            if backup:
                _keep_backup(path)
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _fsync_folder(folder)
    sweep_stale_temps(path)


def _copy_ownership(old: Path, new: Path) -> None:
    """The new file keeps the old one's group (a shared folder's group must not change to the
    saver's) and mode; the owner too when we may (root). Best effort, before the replace."""
    info = old.stat()
    if hasattr(os, "chown"):
        with contextlib.suppress(OSError):
            os.chown(new, info.st_uid, info.st_gid)  # only root may give a file away
        with contextlib.suppress(OSError):
            os.chown(new, -1, info.st_gid)  # the owner may set any group they belong to
    with contextlib.suppress(OSError):
        os.chmod(new, info.st_mode & 0o7777)  # after chown, which may clear set-id bits


def _create_temp(path: Path, mode: int) -> tuple[int, Path]:
    """A new, exclusive ``.NAME.XXXXXXXX.tmp`` beside ``path`` (hidden, so nobody opens it)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        tmp = _temp_name(path)
        try:
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue


def sweep_stale_temps(path: Path, max_age: float = STALE_TEMP_SECONDS) -> None:
    """Remove the hidden temp files that killed saves of ``path`` (or of its .bak) left;
    called after each save and when a draft is opened."""
    cutoff = time.time() - max_age
    for name in (path.name, backup_path(path).name):
        stem = fitted_name(name, ".00000000.tmp", ".")[: -len(".00000000.tmp")]
        for tmp in path.parent.glob(glob.escape(stem) + ".*.tmp"):
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
    staging = _temp_name(bak)
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
