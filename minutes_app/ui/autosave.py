"""Autosave of one draft to the recovery folder: after a pause in editing (the preference,
a few seconds) and at least every 30 s while edits keep coming. A draft with no unsaved
changes needs no recovery file, so reaching the clean state removes it."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..storage import DraftError
from .draft_session import DraftSession
from .os_errors import describe_os_error
from .recovery import RecoveryStore

log = logging.getLogger(__name__)

MAX_INTERVAL_S = 30.0


class Autosaver(QObject):
    problem = Signal(str)  # why the last autosave failed, or "" once one succeeds again

    def __init__(
        self,
        session: DraftSession,
        store: RecoveryStore,
        title: Callable[[], str],
        delay_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.store = store
        self.title = title
        self.delay_ms = delay_ms
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.flush)
        self._first_pending: float | None = None
        self.failed = False  # the last write failed (disk full …): the window says so
        session.undo_stack.indexChanged.connect(self.schedule)
        session.undo_stack.cleanChanged.connect(self._on_clean_changed)

    def schedule(self, *_args: object) -> None:
        if not self.session.is_modified:
            return
        now = time.monotonic()
        if self._first_pending is None:
            self._first_pending = now
        left_ms = (MAX_INTERVAL_S - (now - self._first_pending)) * 1000
        self.timer.start(int(max(0, min(self.delay_ms, left_ms))))

    def flush(self) -> None:
        self.timer.stop()
        self._first_pending = None
        if not self.session.is_modified or not self.store.available:
            return  # unavailable: autosave is off, and the editor said so once at start
        try:
            self.store.write(self.session.draft_id, self.session.doc, self.session.path, self.title())
        except (OSError, DraftError) as exc:
            # Said once, in plain words; the next autosaves keep trying and clear it.
            if not self.failed:
                from .draft_errors import describe_draft_error  # loaded when first needed

                self.failed = True
                log.error("autosave of %s failed: %s", self.title(), exc)
                self.problem.emit(
                    describe_os_error(exc, self.store.folder)
                    if isinstance(exc, OSError)
                    else describe_draft_error(exc)
                )
            return
        if self.failed:
            self.failed = False
            log.info("autosave of %s works again", self.title())
            self.problem.emit("")

    def discard(self) -> None:
        """After a real save of this state, or when the clerk chose to discard the changes."""
        self.timer.stop()
        self._first_pending = None
        self.store.remove(self.session.draft_id)

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()
