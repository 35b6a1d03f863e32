"""Sessions come and go while the application (and its focusChanged signal) lives on."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from ui_driving import activate

from minutes_app.model import MeetingDocument
from minutes_app.ui.draft_session import DraftSession


def test_focus_changes_reach_live_sessions_while_others_come_and_go(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    fields = [QLineEdit(window), QLineEdit(window)]
    layout = QVBoxLayout(window)
    for field in fields:
        layout.addWidget(field)
    window.show()
    activate(qtbot, window)
    fields[0].setFocus()
    qtbot.waitUntil(fields[0].hasFocus)
    rng = random.Random(7)
    ended: list[int] = []
    live: dict[int, DraftSession] = {}
    for step in range(60):  # windows open and close in any order; each has a session
        if live and rng.random() < 0.45:
            live.pop(rng.choice(sorted(live)))  # gone with its last reference, no collector run
        else:
            live[step] = DraftSession(MeetingDocument())
            live[step].typing.end_step = lambda n=step: ended.append(n)
        ended.clear()
        field = fields[(step + 1) % 2]
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        assert sorted(set(ended)) == sorted(live)  # leaving a field ends each live typing step
