"""An end time before the start time is flagged as it is set, not only in the Checks panel:
the end field is outlined in red with the reason as its tooltip, and the status bar says it.
Nothing is refused: the clerk may be halfway through correcting the start time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from .i18n import _

if TYPE_CHECKING:
    from .draft_window import DraftWindow

TIMES = (("header", "start_time"), ("header", "end_time"))
WRONG = "QTimeEdit { border: 2px solid #c0392b; }"


class TimeOrderFlag(QObject):
    def __init__(self, window: DraftWindow) -> None:
        super().__init__(window)
        self.window_ = window
        window.session.value_changed.connect(self._changed)
        self.problem = ""

    def _changed(self, path: object) -> None:
        if path in TIMES:
            self.update(announce=True)

    def update(self, *, announce: bool = False) -> None:
        header = self.window_.session.doc.header
        start, end = header.start_time, header.end_time
        wrong = start is not None and end is not None and end < start
        self.problem = (
            _("The meeting ends (%(end)s) before it starts (%(start)s).")
            % {"end": f"{end:%H:%M}", "start": f"{start:%H:%M}"}
            if wrong
            else ""
        )
        field = self.window_.panels["header"].widgets.get("end_time")
        if field is not None and field.toolTip() != self.problem:  # a style sheet costs a polish
            field.editor.setStyleSheet(WRONG if wrong else "")
            field.setToolTip(self.problem)
        if wrong and announce:
            self.window_.statusBar().showMessage(self.problem, 10000)
