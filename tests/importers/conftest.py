"""Helpers for the importer tests: the fixture texts live in ``data/``."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.importers import ImportResult, import_file

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def imported_fixture(request: pytest.FixtureRequest) -> ImportResult:
    """Import ``data/<module's FIXTURE>`` once per test module."""
    return import_file(DATA / request.module.FIXTURE)
