"""Shared by the check tests: the shipped examples (each passes every rule), a fixed 'today'."""

from __future__ import annotations

import datetime as dt

from minutes_app.model import MeetingDocument
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

TODAY = dt.date(2026, 1, 15)  # after every example's meeting
EXAMPLE_NAMES = {
    "jiyao": "jiyao-example.minutes",
    "news": "seed-report.minutes",
    "board": "board-minutes.minutes",
}


def example(style: str) -> MeetingDocument:
    return load_draft(EXAMPLES / EXAMPLE_NAMES[style])
