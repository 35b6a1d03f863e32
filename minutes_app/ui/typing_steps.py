"""Where one undo step of typing ends, as in a word processor.

Typing into a field is one step until the clerk pauses (about a second), leaves the field, or
starts a new word or sentence after a space or punctuation mark; a later visit to the same
field is always a new step. The clock is passed in, so tests step it by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

PAUSE_S = 1.0
# After these, the next letter starts a new step: spaces and the marks ending words, clauses
# and sentences in Chinese and English text.
BOUNDARIES = frozenset(" \t\n\u3000，。、；：！？,.;:!?")


class TypingSteps:
    def __init__(self, clock: Callable[[], float] = time.monotonic, pause_s: float = PAUSE_S) -> None:
        self.clock = clock
        self.pause_s = pause_s
        self._step = 0  # the current step's number: edits merge only within one number
        self._path: object = None
        self._last = float("-inf")

    def end_step(self, *_args: object) -> None:
        """The focus moved, or something other than typing happened: start afresh."""
        self._step += 1
        self._path = None

    def step_for(self, path: object, old: Any, new: Any) -> int:
        """The step an edit of ``path`` from ``old`` to ``new`` belongs to."""
        now = self.clock()
        if path != self._path or now - self._last > self.pause_s or _starts_word(old, new):
            self._step += 1
        self._path = path
        self._last = now
        return self._step


def _starts_word(old: Any, new: Any) -> bool:
    """Text typed (a key, or an input method's word) that starts with a letter right after a
    space or punctuation mark."""
    if not isinstance(old, str) or not isinstance(new, str) or len(new) <= len(old):
        return False
    at = _common_prefix(old, new)
    if at == 0 or new[:at] + new[at + len(new) - len(old) :] != old:
        return False  # at the start, or not an insertion (a replacement)
    return new[at] not in BOUNDARIES and new[at - 1] in BOUNDARIES


def _common_prefix(a: str, b: str) -> int:
    """Length of the common prefix, by halving (slices compare in C, long bodies stay quick)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo
