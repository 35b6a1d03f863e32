"""Long work (a PDF of a long draft takes tens of seconds) off the GUI thread, with a busy
dialog, so the window keeps painting and answering instead of freezing.

The work gets plain Python data (a document rebuilt from a snapshot), never a Qt object; its
result or its exception comes back to the GUI thread through a queued signal. The dialog is
window-modal, so the draft cannot be edited or exported again meanwhile; it appears only if
the work lasts longer than ``SHOW_AFTER_MS``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 400
_RUNNING: set[BackgroundTask] = set()


class BackgroundTask(QObject):
    finished = Signal(object, object)  # result, exception (one of them is None)

    def __init__(
        self,
        parent: QWidget,
        message: str,
        work: Callable[[], Any],
        done: Callable[[Any, BaseException | None], None],
    ) -> None:
        # No parent: the worker emits ``finished`` on this object, which must outlive the
        # window if the window goes first (deleted under a running emit it would be freed
        # memory). ``_RUNNING`` keeps it until the result is in.
        super().__init__()
        _RUNNING.add(self)
        self._parent = parent
        self.busy = QProgressDialog(message, "", 0, 0, parent)  # 0..0: busy, no percentage
        self.busy.setCancelButton(None)  # WeasyPrint cannot be interrupted
        self.busy.setWindowModality(Qt.WindowModality.WindowModal)
        self.busy.setMinimumDuration(SHOW_AFTER_MS)
        self.busy.setValue(0)
        self._done = done
        self.finished.connect(self._finish)
        self._thread = threading.Thread(target=self._run, args=(work,), name="minutes-background", daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], Any]) -> None:
        """In the worker thread: no Qt object is made or touched here but the signal."""
        try:
            result, error = work(), None
        except Exception as exc:  # handed to the GUI thread, which shows it
            result, error = None, exc
        self.finished.emit(result, error)  # queued to the GUI thread

    def _finish(self, result: Any, error: BaseException | None) -> None:
        _RUNNING.discard(self)
        try:
            if not shiboken6.isValid(self._parent):
                return  # the window was closed meanwhile: nobody to tell
            self.busy.reset()
            self.busy.deleteLater()
            self._done(result, error)
        finally:
            self.deleteLater()

    def wait(self, timeout: float | None = None) -> bool:
        """Join the worker (tests, quitting); the result still arrives through the event loop."""
        self._thread.join(timeout)
        return not self._thread.is_alive()
