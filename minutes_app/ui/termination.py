"""SIGTERM (a logout, a shutdown, ``kill``) quits the editor as Quit does, without questions.

Python runs a signal handler only between bytecodes, and Qt's event loop runs in C++: the
signal's wake-up byte goes to a pipe that a ``QSocketNotifier`` watches, which brings the
interpreter in; the handler then queues the quit on the event loop. Installed after the first
paint (nothing here is needed to show the window).
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

_kept: list[object] = []  # the notifier lives as long as the process (and so does the pipe)


def quit_on_sigterm(parent: QObject, quit_now: Callable[[], None]) -> bool:
    """Call ``quit_now`` from the event loop when SIGTERM arrives; False where unsupported."""
    if os.name == "nt" or not hasattr(signal, "SIGTERM"):
        return False
    reader, writer = os.pipe()
    os.set_blocking(reader, False)
    os.set_blocking(writer, False)
    signal.set_wakeup_fd(writer, warn_on_full_buffer=False)
    notifier = QSocketNotifier(reader, QSocketNotifier.Type.Read, parent)
    notifier.activated.connect(lambda *_args: _drain(reader))
    signal.signal(signal.SIGTERM, lambda *_args: QTimer.singleShot(0, quit_now))
    _kept.append(notifier)
    return True


def _drain(reader: int) -> None:
    try:
        while os.read(reader, 64):
            pass
    except OSError:  # nothing more to read
        pass
