"""Live preview: the HTML exporter's page in a browser that loads nothing from outside.

Rendering waits for a pause in typing (250 ms) but never longer than a second after the first
unseen edit, so the preview keeps up without stalling keystrokes. For very large drafts the
pause grows with the measured cost of a render, so typing stays smooth. The scroll position
survives each refresh.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..model import DocumentStyle
from .draft_session import DraftSession
from .i18n import N_, Texts, _
from .labels import DOCUMENT_LOCALES, DOCUMENT_STYLES

log = logging.getLogger(__name__)

IDLE_MS = 250
MAX_WAIT_MS = 1000


class SafeBrowser(QTextBrowser):
    """A QTextBrowser that never follows links or fetches images, files or remote URLs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl) -> Any:
        return None


class PreviewPane(QWidget):
    rendered = Signal()

    def __init__(self, session: DraftSession, texts: Texts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.style_box = QComboBox(self)
        self.locale_box = QComboBox(self)
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
        self.timer.timeout.connect(self.render_now)
        self._first_pending: float | None = None
        self._cost_ms = 0.0
        self.html = ""
        self.style_box.activated.connect(lambda _i: self.render_now())
        self.locale_box.activated.connect(lambda _i: self.render_now())
        session.value_changed.connect(self.schedule)
        session.structure_changed.connect(self.schedule)

    def _fill_choices(self) -> None:
        self.style_box.addItem("", None)
        for style in DOCUMENT_STYLES:
            self.style_box.addItem("", style.value)
        self.locale_box.addItem("", None)
        for code in DOCUMENT_LOCALES:
            self.locale_box.addItem("", code)

    def _retranslate(self) -> None:
        self.style_box.setItemText(0, _("the document's style"))
        for i, message in enumerate(DOCUMENT_STYLES.values(), start=1):
            self.style_box.setItemText(i, _(message))
        self.locale_box.setItemText(0, _("the document's language"))
        for i, message in enumerate(DOCUMENT_LOCALES.values(), start=1):
            self.locale_box.setItemText(i, _(message))

    def options(self) -> Any:
        from ..export import ExportOptions  # the exporters load after the window is shown

        style = self.style_box.currentData()
        return ExportOptions(
            style=DocumentStyle(style) if style else None, locale=self.locale_box.currentData()
        )

    def schedule(self, *_args: object) -> None:
        now = time.monotonic()
        if self._first_pending is None:
            self._first_pending = now
        idle = max(IDLE_MS, 2 * self._cost_ms)
        max_wait = max(MAX_WAIT_MS, 4 * self._cost_ms)
        waited = (now - self._first_pending) * 1000
        self.timer.start(int(max(0.0, min(idle, max_wait - waited))))

    def render_now(self) -> None:
        self.timer.stop()
        self._first_pending = None
        started = time.perf_counter()
        try:
            from ..export import to_html

            html = to_html(self.session.doc, self.options(), preview=True)
        except Exception as exc:  # a preview must never take the editor down
            log.exception("preview failed")
            self.status.setText(_("The preview could not be rendered: %(error)s") % {"error": exc})
            self.status.show()
            return
        self.status.hide()
        self.html = html
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(html)
        bar.setValue(position)
        self._cost_ms = (time.perf_counter() - started) * 1000
        self.rendered.emit()

    def text(self) -> str:
        return self.browser.toPlainText()
