"""SIGTERM (a logout, a shutdown, ``kill``) quits the editor as Quit does, without questions.

Python runs a signal handler only between bytecodes, and Qt's event loop runs in C++: the
signal's wake-up byte goes to a socket that a ``QSocketNotifier`` watches, which brings the
interpreter in; the handler then queues the quit on the event loop.
"""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

_kept: list[object] = []  # the socket pair and the notifier live as long as the process


def quit_on_sigterm(parent: QObject, quit_now: Callable[[], None]) -> bool:
    """Call ``quit_now`` from the event loop when SIGTERM arrives; False where unsupported."""
    if os.name == "nt" or not hasattr(signal, "SIGTERM"):
        return False
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, parent)
    notifier.activated.connect(lambda *_args: _drain(reader))
    signal.signal(signal.SIGTERM, lambda *_args: QTimer.singleShot(0, quit_now))
    _kept.extend((reader, writer, notifier))
    return True


def _drain(reader: socket.socket) -> None:
    try:
        while reader.recv(64):
            pass
    except OSError:  # nothing more to read
        pass
