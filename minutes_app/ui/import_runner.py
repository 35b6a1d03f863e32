"""Import a file off the GUI thread, with a progress dialog and Cancel (issue 15, D2).

The import runs in a worker thread on plain data (a path in, an ``ImportResult`` or an error
text out, through queued signals), so the window keeps painting and answering while a large
or hostile file is read. The caller waits in a local event loop, as for a modal dialog, so
``import_dialog`` still opens the imported drafts in order. Cancel stops waiting at once; the
worker stops at its next stage and its result is dropped.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..importers import ImportCancelled, ImportFailed, ImportResult, import_file
from .draft_errors import describe_import_failure
from .i18n import N_, _

log = logging.getLogger(__name__)

SHOW_AFTER_MS = 300  # a quick import never flashes a dialog
STAGES = {
    "reading": N_("Reading %(name)s…"),
    "unpacking": N_("Unpacking the Word file %(name)s…"),
    "decoding": N_("Reading the text of %(name)s…"),
    "structuring": N_("Finding the headings, people and sections of %(name)s…"),
}


class _Signals(QObject):
    stage = Signal(str)
    done = Signal(object)  # ImportResult
    failed = Signal(str, str)  # the message for the clerk, the precise reason
    cancelled = Signal()
    ended = Signal()  # the worker is about to return: the job may go


# Jobs whose worker still runs (a cancelled one finishes its stage): kept alive here so that
# no Qt object of theirs is ever destroyed by the worker thread.
_RUNNING: set[ImportJob] = set()


class ImportJob:
    """One import in a worker thread; ``run`` waits for it with the event loop running."""

    def __init__(self, path: Path, parent: QWidget | None, importer=import_file) -> None:
        self.path = path
        self.parent = parent
        self.importer = importer or import_file  # tests pass one that waits, to watch the window
        self.signals = _Signals()
        self.result: ImportResult | None = None
        self.error: str | None = None
        self.details = ""  # the importer's precise reason, for the dialog's details
        self.cancelled = False
        self._cancel = threading.Event()
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(_("Import"))
        self.dialog.setRange(0, 0)  # busy: the stages have no known length
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self._show_stage("reading")

    def run(self) -> ImportResult | None:
        """The result, or None when it failed (``error`` says why) or was cancelled."""
        loop = QEventLoop()
        self.signals.stage.connect(self._show_stage)
        self.signals.done.connect(lambda result: self._finish(loop, result=result))
        self.signals.failed.connect(lambda error, details: self._finish(loop, error=error, details=details))
        self.signals.cancelled.connect(lambda: self._finish(loop))
        self.dialog.canceled.connect(lambda: self.cancel(loop))
        self.signals.ended.connect(self._ended)
        self.worker = threading.Thread(
            target=_work,
            args=(self.importer, self.path, self._cancel, self.signals),
            name="minutes-import",
            daemon=True,
        )
        _RUNNING.add(self)
        self.worker.start()
        if self.result is None and self.error is None and not self.cancelled:
            loop.exec()
        self.dialog.reset()
        self.dialog.hide()
        return None if self.cancelled else self.result

    def cancel(self, loop: QEventLoop | None = None) -> None:
        self.cancelled = True
        self._cancel.set()
        if loop is not None:
            loop.quit()

    def _finish(
        self, loop: QEventLoop, *, result: ImportResult | None = None, error: str | None = None, details: str = ""
    ) -> None:
        self.result, self.error, self.details = result, error, details
        loop.quit()

    def _show_stage(self, stage: str) -> None:
        self.dialog.setLabelText(_(STAGES.get(stage, STAGES["reading"])) % {"name": self.path.name})

    def _ended(self) -> None:
        self.worker.join()  # it is returning: after this no thread but ours holds the job
        _RUNNING.discard(self)


def _work(importer, path: Path, cancel: threading.Event, signals: _Signals) -> None:
    """In the worker thread: plain Python only, no Qt object is made or touched here except
    the signals, which queue their calls to the GUI thread."""

    def check(stage: str) -> None:  # as each stage starts: stop if cancelled, else say so
        if cancel.is_set():
            raise ImportCancelled
        signals.stage.emit(stage)

    try:
        try:
            result = importer(path, progress=check)
        except ImportCancelled:
            signals.cancelled.emit()
        except ImportFailed as exc:
            signals.failed.emit(describe_import_failure(exc), str(exc))
        except Exception as exc:  # a bug must not leave the clerk waiting forever
            log.exception("import of %s failed", path)
            signals.failed.emit(
                _("“%(name)s” could not be imported because of an error in Minutes; the details "
                  "are in the log. Try pasting its text instead (File > Paste text as new draft).")
                % {"name": path.name},
                f"{type(exc).__name__}: {exc}",
            )
        else:
            signals.done.emit(result)
        finally:
            signals.ended.emit()
    except RuntimeError:  # the editor closed meanwhile
        pass
