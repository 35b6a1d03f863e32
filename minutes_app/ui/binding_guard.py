"""A guard against a reference-counting bug in the Qt bindings.

PySide6 6.12.0 hands some results back to Python without
taking a reference to them: ``None`` from every void C++ method (``widget.setText(...)``) and
``True`` from every ``Signal.emit``. Each call drops one reference. On CPython 3.11 ``None`` and
``True`` are ordinary objects: after a few thousand such calls (about 2,300 keystrokes in the
editor) a count reaches zero and the interpreter aborts with "none_dealloc" / "bool_dealloc",
losing the clerk's work since the last autosave. CPython 3.12+ makes these objects immortal,
so there the bug is harmless. ``pyproject.toml`` excludes 6.12.0 (6.11 has no such leak); the
guard stays for machines where that release is installed anyway.

``guard_singletons`` measures the leaks once at start-up and, only when one is there on an
interpreter without immortal objects, gives ``None``, ``True`` and ``False`` the same kind of
very large count that 3.12 gives them, so they can never be freed. No Qt behaviour changes.
"""

from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_PROBE_CALLS = 32
_IMMORTAL_BOOST = 1 << 40  # far beyond any count a session can drop (3.12 uses ~2**32)


class _Probe(QObject):
    fired = Signal(int)


def references_dropped_per_call() -> dict[str, float]:
    """How many references to None (void method) and True (signal emit) one call drops.

    Measured twice with the garbage collector paused, keeping the smaller figure: a collection,
    or another thread ending, frees references too, and a real leak shows in both rounds."""
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        rounds = [_dropped_once(), _dropped_once()]
    finally:
        if was_collecting:
            gc.enable()
    return {key: min(r[key] for r in rounds) for key in rounds[0]}


def _dropped_once() -> dict[str, float]:
    probe = _Probe()
    probe.fired.connect(lambda _n: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")  # a void method
    none_after = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.fired.emit(1)
    true_after = sys.getrefcount(True)
    return {
        "None": (none_before - none_after) / _PROBE_CALLS,
        "True": (true_before - true_after) / _PROBE_CALLS,
    }


def guard_singletons() -> bool:
    """Make None, True and False immortal when the bindings drop references to them; True
    if that was needed."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    dropped = references_dropped_per_call()
    if max(dropped.values()) < 0.5:
        return False
    import ctypes  # only when boosting (~4 ms of import otherwise on every start)

    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object: a Py_ssize_t at id(obj).
        ctypes.c_ssize_t.from_address(id(singleton)).value += _IMMORTAL_BOOST
    log.info("Qt bindings drop references to %s: guarded (see binding_guard.py)", dropped)
    return True
