"""Drafts an adversary would hand over (issue 15, D4-D6): every one is a ``DraftError``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from minutes_app.resources import EXAMPLES
from minutes_app.storage import DraftError, draft_file, load_draft, loads_draft
from minutes_app.storage.draft_file import MAX_DEPTH

SEED = (EXAMPLES / "seed-report.minutes").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("text", "depth"),
    [
        ("[" * 30 + "]" * 30 + "[" * 100 + "]" * 100, 100),
        ("[" + ",".join(['{"a": [' * 10 + '"x\\"]]]}}"' + "]}" * 10] * 5) + "]", 21),
        ("[" * (MAX_DEPTH + 3) + '"\\\\"' + "]" * (MAX_DEPTH + 3), MAX_DEPTH + 3),
        ("[" * 70 + '\\"' * 5000, 0),  # unbalanced: left for json.loads to name
    ],
)
def test_depth_is_counted_outside_strings(text: str, depth: int) -> None:
    assert min(draft_file._max_depth(text), MAX_DEPTH + 1) == min(depth, MAX_DEPTH + 1)


def test_the_depth_check_does_a_fixed_number_of_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each pass is one ``re`` call over at most the text; their number is bounded by the
    depth limit, not by the text (the old single pattern backtracked on runs of \\")."""
    calls: list[int] = []
    real = draft_file.re

    def sub(pattern: str, repl: str, text: str) -> str:
        calls.append(len(text))
        return real.sub(pattern, repl, text)

    def subn(pattern: str, repl: str, text: str) -> tuple[str, int]:
        calls.append(len(text))
        return real.subn(pattern, repl, text)

    monkeypatch.setattr(draft_file, "re", SimpleNamespace(sub=sub, subn=subn))
    for size in (64_000, 1_000_000):
        calls.clear()
        text = "[" * 70 + '\\"' * (size // 2) + "]" * 70
        assert draft_file._max_depth(text) == MAX_DEPTH + 1  # it stops past the limit
        assert len(calls) <= MAX_DEPTH + 5
        assert all(n <= len(text) for n in calls)


def test_deep_draft_is_refused() -> None:
    with pytest.raises(DraftError, match="nested too deeply"):
        loads_draft("[" * 5000 + '"' + '\\"' * 30_000 + '"' + "]" * 5000)


def test_keys_equal_after_cleaning_are_duplicates() -> None:
    text = SEED.replace('"title":', '"ti\\u0001tle": "x",\n   "title":', 1)
    with pytest.raises(DraftError, match="duplicate field 'title'"):
        loads_draft(text)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_dev_zero_is_not_a_draft() -> None:
    with pytest.raises(DraftError, match=r"^zero: is not a regular file"):
        load_draft("/dev/zero")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.minutes"
    os.mkfifo(fifo)
    with pytest.raises(DraftError, match="not a regular file"):
        load_draft(fifo)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_validate_dev_zero_prints_one_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "minutes_app.cli", "validate", "/dev/zero"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 1
    assert "not a regular file" in done.stderr
    assert "Traceback" not in done.stderr
