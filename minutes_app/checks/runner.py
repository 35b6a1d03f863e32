"""Run every rule over a draft, in a stable order: by rule, then by where in the document."""

from __future__ import annotations

import datetime as dt

from ..model.document import DocumentStyle, MeetingDocument
from . import rules_dates, rules_layout, rules_people, rules_required, rules_text  # noqa: F401
from .context import CheckContext
from .glyphs import GlyphSource
from .problems import Problem
from .registry import RULES


def run_checks(
    doc: MeetingDocument,
    *,
    today: dt.date,
    style: DocumentStyle | None = None,
    locale: str | None = None,
    glyphs: GlyphSource | None = None,
) -> list[Problem]:
    """Every problem of ``doc`` as ``style`` (default: the draft's own); errors first."""
    ctx = CheckContext(
        doc,
        DocumentStyle(style or doc.header.style),
        locale or doc.header.locale,
        today,
        glyphs,
    )
    problems = [p for r in RULES.values() for p in r.run(ctx)]
    return sorted(problems, key=lambda p: not p.is_error)  # stable: rule order kept within
