"""Read a whole file that came from outside, safely: regular files only, never more than a limit.

``Path.read_bytes`` on ``/dev/zero`` reads until memory runs out, and opening a FIFO waits for
a writer forever. So the file is opened without blocking, checked with ``fstat`` on the open
descriptor (no race with a rename in between), and read up to ``limit + 1`` bytes.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class UnreadableFile(Exception):
    """Why a file cannot be read, in plain words (the caller adds the file's name);
    ``size`` is set when the file is too large, so the caller may say it its own way."""

    def __init__(self, message: str, size: int | None = None, *, reason: str = "not_file") -> None:
        super().__init__(message)
        self.size = size
        # missing, denied, io or not_file (a folder, a device): callers say it their own way
        self.reason = reason


def read_bounded(path: str | os.PathLike[str], limit: int) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(Path(path), flags)
    except IsADirectoryError:
        raise UnreadableFile("is a folder, not a file") from None
    except FileNotFoundError:
        raise UnreadableFile("no such file", reason="missing") from None
    except PermissionError:
        raise UnreadableFile("permission denied: you may not read this file", reason="denied") from None
    except OSError as exc:
        raise UnreadableFile(f"cannot be read: {exc.strerror or exc}", reason="io") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadableFile("is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableFile("is not a regular file (a device, pipe or socket); choose a file")
        if info.st_size > limit:
            raise UnreadableFile(_too_large(info.st_size, limit), info.st_size)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # regular files never block; clear the flag for reads
        chunks: list[bytes] = []
        left = limit + 1  # the file may grow after fstat: never read past the limit
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise UnreadableFile(f"cannot be read: {exc.strerror or exc}", reason="io") from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise UnreadableFile(_too_large(len(data), limit), len(data))
    return data


def _too_large(size: int, limit: int) -> str:
    return f"is too large ({size / 1_048_576:.0f} MB; at most {limit // 1_048_576} MB)"
