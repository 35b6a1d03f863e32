"""A guard against a reference-counting bug in the Qt bindings.

PySide6 6.12.0 (the version in this environment) returns ``None`` from every void C++ method
without taking a reference to it, so each ``widget.setText(...)`` drops one reference to
``None``. On CPython 3.11 ``None`` is an ordinary object: after a few thousand such calls
(about 2,300 keystrokes in the editor) its count reaches zero and the interpreter aborts with
"none_dealloc" — losing the clerk's work since the last autosave. CPython 3.12+ makes ``None``
immortal, so there the bug is harmless.

``guard_none_refcount`` measures the leak once at start-up and, only when it is there on an
interpreter without immortal objects, gives ``None`` the same kind of very large count that
3.12 gives it, so it can never be freed. No Qt behaviour changes.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)

_PROBE_CALLS = 32
_IMMORTAL_BOOST = 1 << 40  # far beyond any count a session can drop (3.12 uses ~2**32)


def none_references_dropped_per_void_call() -> float:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")  # a void method
    return (before - sys.getrefcount(None)) / _PROBE_CALLS


def guard_none_refcount() -> bool:
    """Make ``None`` immortal when the bindings drop references to it; True if it was needed."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    if none_references_dropped_per_void_call() < 0.5:
        return False
    # ob_refcnt is the first field of every CPython object: a Py_ssize_t at id(obj).
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += _IMMORTAL_BOOST
    log.warning("Qt bindings drop references to None: guarded (see binding_guard.py)")
    return True
