"""Check fixtures: the installed fonts' glyphs, read once per test process."""

from __future__ import annotations

import pytest

from minutes_app.checks import GlyphSource


@pytest.fixture(scope="session")
def glyphs() -> GlyphSource:
    return GlyphSource()
