"""The reliability suite (issue 15): real processes, real kills, hostile files, measured.

Every test here is marked ``reliability``. The whole test run (``scripts/test``) runs them in
a short form; ``MINUTES_RELIABILITY=full pytest -m reliability`` runs the long form (more
kills, more races). Figures the tests measure are printed as ``FIGURE …`` lines (``-s``).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import EditorProcess, child_env

from minutes_app.resources import EXAMPLES


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).resolve().parent
    for item in items:
        if here in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.reliability)


@pytest.fixture
def editors(tmp_path: Path) -> Iterator[Any]:
    """``start(draft, answers)`` starts an editor process; all are ended after the test."""
    started: list[EditorProcess] = []
    work = tmp_path / "work"
    work.mkdir()

    def start(draft: Path, answers: dict[str, Any] | None = None) -> EditorProcess:
        editor = EditorProcess(draft, work, answers or {}, child_env(tmp_path))
        started.append(editor)
        return editor

    yield start
    for editor in started:
        editor.quit()


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    """A copy of the seed draft in a folder of its own, as a shared or synced folder holds it."""
    path = tmp_path / "shared" / "meeting.minutes"
    path.parent.mkdir()
    shutil.copyfile(EXAMPLES / "seed-report.minutes", path)
    return path
