"""Every shipped example passes every rule, in its own style and in the other two."""

from __future__ import annotations

import pytest
from check_helpers import EXAMPLE_NAMES, TODAY, example

from minutes_app.checks import GlyphSource, run_checks
from minutes_app.model import DocumentStyle


@pytest.mark.parametrize("name", sorted(EXAMPLE_NAMES))
@pytest.mark.parametrize("style", [None, *DocumentStyle])
def test_example_has_no_problems(name: str, style: DocumentStyle | None, glyphs: GlyphSource) -> None:
    problems = run_checks(example(name), today=TODAY, style=style, glyphs=glyphs)
    assert [(p.rule, p.field, p.message()) for p in problems] == []
