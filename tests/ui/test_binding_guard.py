"""The guard against the bindings dropping references to None (see binding_guard.py)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLineEdit

from minutes_app.ui.binding_guard import guard_none_refcount, none_references_dropped_per_void_call


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_none_survives_far_more_void_calls_than_it_has_references(qapp) -> None:
    leak = none_references_dropped_per_void_call()
    guard_none_refcount()  # idempotent in effect: a second boost only adds headroom
    field = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(5_000):  # more than None's whole count before the guard
        field.setText("会")
    assert sys.getrefcount(None) > 2**39
    assert before - sys.getrefcount(None) == pytest.approx(5_000 * leak, abs=50)
