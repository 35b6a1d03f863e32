"""The safe fixes: spaces at the ends of a name, half-width punctuation in Chinese text.

A fix is a function of the field's current text, so two fixes of one field compose, and it is
applied through the model's ``set_value`` (the editor pushes the same new value through its
undo stack instead). Neither fix touches a word the clerk wrote.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..model.document import MeetingDocument
from ..model.operations import get_value, set_value
from .problems import FixKind, Problem
from .punctuation import to_full_width

FIXERS: dict[FixKind, Callable[[str], str]] = {
    FixKind.STRIP_SPACES: str.strip,
    FixKind.FULL_WIDTH: to_full_width,
}


def fixed_value(doc: MeetingDocument, problem: Problem) -> str | None:
    """The field's text after ``problem``'s fix, or None when it has no fix or changes nothing."""
    if problem.fix is None:
        return None
    current = get_value(doc, problem.path)
    if not isinstance(current, str):
        return None
    new = FIXERS[problem.fix](current)
    return new if new != current else None


def apply_fixes(doc: MeetingDocument, problems: Iterable[Problem]) -> int:
    """Apply every fix in ``problems`` to ``doc``; return how many fields changed."""
    changed = 0
    for problem in problems:
        new = fixed_value(doc, problem)
        if new is not None:
            set_value(doc, problem.path, new)
            changed += 1
    return changed
