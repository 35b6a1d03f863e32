"""Checks of a draft against the conventions of its style (Qt-free: the CLI and the editor).

``run_checks(doc, today=..., style=..., glyphs=GlyphSource())`` -> ``[Problem]``; each problem
has a rule id, a severity, a field path, a message template (``problem.message(_)``) and maybe
a safe fix (``apply_fixes`` / ``fixed_value``). The rules are listed in docs/checks.md.
"""

from .fixes import apply_fixes, fixed_value
from .glyphs import GlyphSource
from .problems import FixKind, Problem, Severity
from .registry import RULES
from .runner import run_checks

__all__ = [
    "RULES",
    "FixKind",
    "GlyphSource",
    "Problem",
    "Severity",
    "apply_fixes",
    "fixed_value",
    "run_checks",
]
