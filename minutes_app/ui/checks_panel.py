"""The Checks panel: the draft's problems (``minutes_app.checks``), kept up to date as it is
edited, each one leading to its field, the safe fixes one click away through the undo stack.

Checks run a moment after the last change (a single-shot QTimer restarted by every change),
so a burst of typing costs one run. ``runs`` counts the runs for tests.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..checks import GlyphSource, Problem, fixed_value, run_checks
from ..model import DocumentStyle
from .draft_session import DraftSession
from .i18n import N_, Language, Texts, _

DELAY_MS = 400  # after the last change; typing does not re-check every keystroke
HINT_ROWS = 4  # the dock opens this many problems tall: the form keeps the room
GLYPH_POLL_MS = 100  # how often the panel looks whether the fonts have been read
Clock = Callable[[], dt.date]

SEVERITY_LABELS = {"error": N_("Error"), "warning": N_("Warning")}


def check_draft(
    session: DraftSession,
    *,
    today: Clock = dt.date.today,
    glyphs: GlyphSource | None = None,
    style: DocumentStyle | None = None,
    locale: str | None = None,
) -> list[Problem]:
    return run_checks(session.doc, today=today(), style=style, locale=locale, glyphs=glyphs)


class ChecksPanel(QWidget):
    field_requested = Signal(object)  # the document path of the activated problem
    checked = Signal()  # after every run
    glyphs_ready = Signal()  # the fonts are read (on a worker thread): check them too

    def __init__(
        self,
        session: DraftSession,
        language: Language,
        *,
        glyphs: GlyphSource | None = None,
        today: Clock = dt.date.today,
        delay_ms: int = DELAY_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.glyphs = glyphs
        self.today = today
        self.problems: list[Problem] = []
        self.runs = 0
        self.texts = Texts(self, language)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run_now)
        session.value_changed.connect(self.schedule)
        session.structure_changed.connect(self.schedule)

        self.summary = QLabel(self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()  # the message takes the room, the field what it needs
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._update_buttons)
        self.fix_button = QPushButton(self)
        self.fix_button.clicked.connect(self.fix_current)
        self.fix_all_button = QPushButton(self)
        self.fix_all_button.clicked.connect(self.fix_all)
        # The dock is beside every page: its mnemonic is one no page and no menu uses.
        self.texts.text(self.fix_button.setText, N_("&Apply fix"))
        self.texts.text(self.fix_all_button.setText, N_("Fix all"))
        self.texts.add(
            lambda: self.tree.setHeaderLabels([_("Problem"), _("Field")])
        )
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.fix_button)
        bar.addWidget(self.fix_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self.texts.add(self._fill)
        if glyphs is not None and not glyphs.ready:
            # Reading the fonts' tables takes a second: not on the thread that paints. The
            # worker touches no Qt object (a signal emitted from it could reach a panel being
            # deleted with its window); a timer of the panel looks for the result instead.
            self.glyphs_ready.connect(self.schedule)
            threading.Thread(target=glyphs.prepare, name="minutes-glyphs", daemon=True).start()
            self._glyph_poll = QTimer(self)
            self._glyph_poll.setInterval(GLYPH_POLL_MS)
            self._glyph_poll.timeout.connect(self._look_for_glyphs)
            self._glyph_poll.start()

    def _look_for_glyphs(self) -> None:
        if self.glyphs is not None and self.glyphs.ready:
            self._glyph_poll.stop()
            self.glyphs_ready.emit()

    # Running --------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        """A few rows tall: a list widget's default hint made the dock a third of the window."""
        rows = HINT_ROWS * (self.tree.fontMetrics().height() + 6)
        margins = self.layout().contentsMargins()
        height = (
            self.summary.sizeHint().height()
            + self.layout().spacing()
            + self.tree.header().sizeHint().height()
            + rows
            + 2 * self.tree.frameWidth()
            + margins.top()
            + margins.bottom()
        )
        return QSize(super().sizeHint().width(), height)

    def schedule(self, *_args: object) -> None:
        """Check again once the edits pause (each change restarts the wait)."""
        self.timer.start()

    def run_now(self) -> None:
        self.timer.stop()
        glyphs = self.glyphs if self.glyphs is not None and self.glyphs.ready else None
        self.problems = check_draft(self.session, today=self.today, glyphs=glyphs)
        self.runs += 1
        self._fill()
        self.checked.emit()

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    # Showing --------------------------------------------------------------------------------

    def _fill(self) -> None:
        current = self.tree.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        self.tree.clear()
        style = self.style()
        icons = {
            "error": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical),
            "warning": style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
        }
        for index, problem in enumerate(self.problems):
            item = QTreeWidgetItem([problem.message(_), problem.field])
            item.setIcon(0, icons[problem.severity.value])
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(
                0, f"{_(SEVERITY_LABELS[problem.severity.value])} [{problem.rule}]: {problem.message(_)}"
            )
            self.tree.addTopLevelItem(item)
            if keep == index:
                self.tree.setCurrentItem(item)
        errors = len(self.errors)
        if not self.problems:
            self.summary.setText(_("No problems found."))
        else:
            self.summary.setText(
                _("Errors: %(errors)d   Warnings: %(warnings)d")
                % {"errors": errors, "warnings": len(self.problems) - errors}
            )
        self.fix_all_button.setEnabled(any(p.fix is not None for p in self.problems))
        self._update_buttons()

    def current_problem(self) -> Problem | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        return self.problems[item.data(0, Qt.ItemDataRole.UserRole)]

    def _update_buttons(self, *_args: object) -> None:
        problem = self.current_problem()
        self.fix_button.setEnabled(problem is not None and problem.fix is not None)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.field_requested.emit(self.problems[item.data(0, Qt.ItemDataRole.UserRole)].path)

    # Fixing: through the undo stack, like any other edit --------------------------------------

    def fix_current(self) -> None:
        problem = self.current_problem()
        if problem is not None:
            self._fix([problem], _("Fix %(what)s") % {"what": problem.rule})

    def fix_all(self) -> None:
        self._fix([p for p in self.problems if p.fix is not None], _("Fix all"))

    def _fix(self, problems: list[Problem], text: str) -> None:
        doc = self.session.doc
        if not any(fixed_value(doc, p) is not None for p in problems):
            return  # no empty step on the undo stack
        with self.session.macro(text):
            for problem in problems:  # two fixes of one field compose: each reads it anew
                new = fixed_value(doc, problem)
                if new is not None:
                    self.session.set(problem.path, new, text, merge=False)
        self.run_now()
