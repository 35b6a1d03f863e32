"""Live preview: the HTML exporter's page in a browser that loads nothing from outside.

Edits are shown after a pause in typing (250 ms), and never later than a second after the first
unseen edit. The HTML is made off the GUI thread: a snapshot of the document (JSON bytes, about
a millisecond even for a thousand sections) goes to a worker that validates it and renders
the page, so the exporter never holds up a keystroke. Parsing the page into Qt's text document
must happen on the GUI thread with the interpreter lock held (the bindings do not release it),
so the page comes in pieces of about ten milliseconds each (``export.to_preview_pieces``), one
per event-loop turn, into a new document that replaces the shown one when it is complete: a
key pressed meanwhile waits for one piece, not for the page. A draft whose page takes longer
than a frame budget in all refreshes only when typing pauses (and says so); an edit made while
a page is being built drops it. F5 refreshes at once. The scroll position survives each refresh.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..model import from_snapshot, snapshot
from .draft_session import DraftSession
from .i18n import N_, Texts, _
from .labels import DOCUMENT_LOCALES
from .wheel_guard import block_wheel_focus

log = logging.getLogger(__name__)

IDLE_MS = 250
MAX_WAIT_MS = 1000
SWAP_BUDGET_MS = 40  # showing a page costs more than this: refresh only when typing pauses
SLICE_MS = 8  # pieces parsed in one event-loop turn, at most about this long (one is ~10 ms)
LONG_PAUSE_MS = 1200
LONG_PAGE_PIECES = 3  # a page of fewer pieces (~36,000 characters) is never called long


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that never follows links or fetches images, files or remote URLs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl) -> Any:
        return None


class PreviewDocument(QTextDocument):
    """The page shown; like the browser, it loads no images, files or remote resources."""

    def loadResource(self, kind: int, name: QUrl) -> Any:
        return None


class _Results(QObject):
    """Carries a finished render from the worker thread to the GUI thread (queued)."""

    done = Signal(int, list)  # generation, the page's HTML pieces
    failed = Signal(int, str)


class PreviewPane(QWidget):
    rendered = Signal()

    def __init__(
        self,
        session: DraftSession,
        texts: Texts,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock  # seconds; when edits were made and how long the clerk paused
        self.style_box = QComboBox(self)
        self.locale_box = QComboBox(self)
        for box in (self.style_box, self.locale_box):
            block_wheel_focus(box)
        self._fill_choices()
        texts.add(self._retranslate)
        self.browser = SafeBrowser(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()
        style_label, locale_label = QLabel(self), QLabel(self)
        style_label.setBuddy(self.style_box)
        locale_label.setBuddy(self.locale_box)
        texts.text(style_label.setText, N_("Previe&w as:"))
        texts.text(locale_label.setText, N_("in:"))
        bar = QHBoxLayout()
        bar.addWidget(style_label)
        bar.addWidget(self.style_box, 1)
        bar.addWidget(locale_label)
        bar.addWidget(self.locale_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.browser, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.render_in_background)
        self._first_pending: float | None = None
        self.html = ""
        self._generation = 0  # the latest render asked for; older results are dropped
        self._busy = False
        self._again = False
        self._document: QTextDocument | None = None
        self._restore_scroll: int | None = None
        self._swap_cost_ms = 0.0  # what showing the last page cost the GUI thread in all
        self.longest_slice_ms = 0.0  # the longest the GUI thread was held at once doing so
        self._build: _PageBuild | None = None
        self._build_timer = QTimer(self)
        self._build_timer.setSingleShot(True)
        self._build_timer.timeout.connect(self._build_step)
        self._last_edit = 0.0
        self._results = _Results(self)
        self._results.done.connect(self._install)
        self._results.failed.connect(self._show_failure)
        scroll = self.browser.verticalScrollBar()
        scroll.rangeChanged.connect(self._keep_scroll)
        scroll.actionTriggered.connect(self._stop_keeping_scroll)  # the clerk scrolled
        self.style_box.activated.connect(lambda _i: self.render_in_background())
        self.locale_box.activated.connect(lambda _i: self.render_in_background())
        session.value_changed.connect(self.schedule)
        session.structure_changed.connect(self.schedule)

    def _fill_choices(self) -> None:
        from ..export.styles import registered_styles  # the preview loads after the first paint

        self._styles = registered_styles()
        self.style_box.addItem("", None)
        for style in self._styles:
            self.style_box.addItem("", style.name)
        self.locale_box.addItem("", None)
        for code in DOCUMENT_LOCALES:
            self.locale_box.addItem("", code)

    def _retranslate(self) -> None:
        self.style_box.setItemText(0, _("the document's style"))
        for i, style in enumerate(self._styles, start=1):
            self.style_box.setItemText(i, _(style.title))
        self.locale_box.setItemText(0, _("the document's language"))
        for i, message in enumerate(DOCUMENT_LOCALES.values(), start=1):
            self.locale_box.setItemText(i, _(message))

    def options(self) -> Any:
        from ..export import ExportOptions  # the exporters load after the window is shown

        style = self.style_box.currentData()
        return ExportOptions(style=style or None, locale=self.locale_box.currentData())

    # Scheduling ------------------------------------------------------------------------------

    @property
    def waits_for_pauses(self) -> bool:
        """A page too big to show between two keys: refresh when the clerk pauses."""
        return self._swap_cost_ms > SWAP_BUDGET_MS

    @property
    def idle(self) -> bool:
        """Nothing scheduled, rendering or being built: the page shows the draft as it is."""
        return not (self.timer.isActive() or self._busy or self._build is not None)

    def schedule(self, *_args: object) -> None:
        now = self.clock()
        self._last_edit = now
        self._drop_build()  # a page being built no longer shows the draft
        if self.waits_for_pauses:
            self.timer.start(int(max(LONG_PAUSE_MS, 2 * self._swap_cost_ms)))
            return
        if self._first_pending is None:
            self._first_pending = now
        waited = (now - self._first_pending) * 1000
        self.timer.start(round(max(0.0, min(IDLE_MS, MAX_WAIT_MS - waited))))

    def render_in_background(self) -> None:
        self.timer.stop()
        self._first_pending = None
        if self._busy:  # one render at a time; the newest state follows when it is in
            self._again = True
            return
        self._busy = True
        self._generation += 1
        frozen = snapshot(self.session.doc)
        worker = threading.Thread(
            target=self._render,
            args=(self._generation, frozen, self.options()),
            name="minutes-preview",
            daemon=True,
        )
        worker.start()

    def _render(self, generation: int, frozen: bytes, options: Any) -> None:
        """In the worker thread: plain Python only, no Qt object is made or touched here."""
        try:
            from ..export import to_preview_pieces

            pieces = to_preview_pieces(from_snapshot(frozen), options)
            self._results.done.emit(generation, pieces)
        except RuntimeError:  # the window closed while we rendered
            return
        except Exception as exc:  # a preview must never take the editor down
            log.exception("preview failed")
            try:
                self._results.failed.emit(generation, str(exc))
            except RuntimeError:
                return

    def _install(self, generation: int, pieces: list[str]) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.schedule()
        elif generation == self._generation:
            pause = (self.clock() - self._last_edit) * 1000
            if self.waits_for_pauses and pause < LONG_PAUSE_MS:
                self.schedule()  # typing resumed while we rendered: show it at the next pause
                return
            self._show(pieces)

    def _show_failure(self, generation: int, error: str) -> None:
        self._busy = False
        if generation == self._generation:
            self._say_failed(error)
        if self._again:
            self._again = False
            self.render_in_background()

    def _say_failed(self, error: str) -> None:
        """In plain words; the error itself is in the log and the tooltip, for whoever helps."""
        self.status.setText(
            _("The preview could not be shown. Your draft is safe and can be saved and exported; "
              "press F5 to try again.")
        )
        self.status.setToolTip(error)
        self.status.show()

    # Showing a page ----------------------------------------------------------------------------

    def render_now(self) -> None:
        """Render on this thread and show the page at once (F5, tests, benchmarks)."""
        self.timer.stop()
        self._first_pending = None
        self._generation += 1  # a background render still running is now out of date
        try:
            from ..export import to_preview_pieces

            pieces = to_preview_pieces(self.session.doc, self.options())
        except Exception as exc:
            log.exception("preview failed")
            self._say_failed(str(exc))
            return
        self._show(pieces, at_once=True)

    def _show(self, pieces: list[str], *, at_once: bool = False) -> None:
        """Build the page from ``pieces``, a slice per event-loop turn unless ``at_once``."""
        self._drop_build()
        page = PreviewDocument(self)
        page.setDefaultFont(self.browser.font())
        page.setDocumentMargin(self.browser.document().documentMargin())
        self._build = _PageBuild(page, pieces)
        if at_once:
            started = time.perf_counter()
            self._build.add(len(pieces))
            self._swap(self._build, started)
        else:
            self._build_step()

    def _build_step(self) -> None:
        build = self._build
        if build is None:
            return
        started = time.perf_counter()
        build.add(1)  # at least one piece a turn, however long the last one took
        while not build.complete and (time.perf_counter() - started) * 1000 < SLICE_MS:
            build.add(1)
        if build.complete:
            self._swap(build, started)  # in this same turn: the swap itself is short (~10 ms)
        else:
            self.longest_slice_ms = max(self.longest_slice_ms, build.note_slice(started))
            self._build_timer.start(0)  # let waiting keys and paints in first

    def _drop_build(self) -> None:
        if self._build is not None:
            self._build_timer.stop()
            self._build.page.deleteLater()
            self._build = None

    def _swap(self, build: _PageBuild, started: float) -> None:
        """Show the finished page; ``started`` is when this event-loop turn's work began."""
        self._build = None
        self.html = "".join(build.pieces)
        position = self.browser.verticalScrollBar().value()
        previous = self._document
        self.browser.setDocument(build.page)
        self._document = build.page
        if previous is not None:
            previous.deleteLater()
        self._restore_scroll = position or None
        self._keep_scroll()
        self.longest_slice_ms = max(self.longest_slice_ms, build.note_slice(started))
        self._swap_cost_ms = build.cost_ms
        # Said only for a long page: a short one costs over the budget only on a slow or busy
        # machine, and waiting for pauses there needs no explanation.
        if self.waits_for_pauses and len(build.pieces) >= LONG_PAGE_PIECES:
            self.status.setText(
                _("This draft is long: the preview refreshes when you pause typing (F5: now).")
            )
            self.status.show()
        else:
            self.status.hide()
        self.rendered.emit()

    def _keep_scroll(self, *_args: object) -> None:
        """Qt lays a new page out in steps; return to where the clerk was as it grows."""
        if self._restore_scroll is None:
            return
        bar = self.browser.verticalScrollBar()
        bar.setValue(min(self._restore_scroll, bar.maximum()))
        if bar.value() == self._restore_scroll:
            self._restore_scroll = None

    def _stop_keeping_scroll(self, *_args: object) -> None:
        self._restore_scroll = None

    def text(self) -> str:
        return self.browser.toPlainText()


class _PageBuild:
    """A page being parsed piece by piece into its own document, not yet shown."""

    def __init__(self, page: QTextDocument, pieces: list[str]) -> None:
        self.page = page
        self.pieces = pieces
        self.done = 0
        self.cost_ms = 0.0  # GUI-thread time spent on this page, all slices together
        self._cursor = QTextCursor(page)

    @property
    def complete(self) -> bool:
        return self.done >= len(self.pieces)

    def add(self, count: int) -> None:
        for piece in self.pieces[self.done : self.done + count]:
            if self.done == 0:
                self.page.setHtml(piece)
            else:
                # A new block first: inserted HTML would otherwise join its first paragraph
                # to the last one already there.
                self._cursor.movePosition(QTextCursor.MoveOperation.End)
                self._cursor.insertBlock()
                self._cursor.insertHtml(piece)
            self.done += 1

    def note_slice(self, started: float) -> float:
        spent = (time.perf_counter() - started) * 1000
        self.cost_ms += spent
        return spent
