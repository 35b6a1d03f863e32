"""The bench runs end to end on a tiny draft and prints well-formed rows; its drafts are sound.

Benchmarks themselves are never part of the test run: this only checks the harness on size 5.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN = ROOT / "bench" / "run.py"
FIELDS = {
    "name", "median_ms", "baseline", "baseline_median_ms", "ratio", "peak_rss_mb", "budget", "ok",
}


def _load_drafts():
    spec = importlib.util.spec_from_file_location("bench_drafts", ROOT / "bench" / "drafts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _bench(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, str(RUN), *args], capture_output=True, text=True, timeout=timeout,
        cwd=ROOT, env=env,
    )


def test_tiny_run_prints_one_json_row_per_figure() -> None:
    done = _bench(
        "--quick", "--runs", "3", "--size", "5", "--only", "load_save,export_html,export_docx,import"
    )
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["name"] for r in rows] == ["export_docx_5", "export_html_5", "load_save_5", "import_5"]
    for row in rows:
        assert FIELDS <= row.keys(), row
        assert "error" not in row, row
        assert row["median_ms"] > 0 and row["peak_rss_mb"] > 0
        assert row["runs"] == 3
        if row["baseline"] is not None:
            assert row["ratio"] == pytest.approx(row["median_ms"] / row["baseline_median_ms"], rel=0.01)
        assert row["budget"] is None and row["ok"] is None  # budgets are set on the 1000 size
    assert done.returncode == 0, done.stderr


def test_a_missing_pandoc_leaves_the_html_row_without_a_baseline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pandoc is optional: on a machine without it the row says so instead of failing."""
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    assert spec and spec.loader
    run = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "bench_run", run)  # its dataclasses look themselves up there
    spec.loader.exec_module(run)
    monkeypatch.setattr(run.pandoc, "available", lambda: False)
    settings = run.Settings("tiny", warmup=0, min_runs=2, max_runs=2, seconds=0)
    row = run.export_html(5)(run.Workspace(tmp_path), settings)
    assert row["baseline"] is None and row["baseline_median_ms"] is None and row["ratio"] is None
    assert "pandoc" in row["baseline_skipped"] and "not installed" in row["baseline_skipped"]
    assert row["median_ms"] > 0 and row["runs"] == 2
    assert not list(tmp_path.glob("pandoc.*"))  # pandoc was not run


def test_unknown_figure_is_refused() -> None:
    done = _bench("--only", "export_odt", "--size", "5")
    assert done.returncode == 2
    assert "export_odt" in done.stderr
    assert done.stdout == ""


def test_list_shows_the_budgets_on_the_big_size() -> None:
    listed = dict(
        line.split("\t") for line in _bench("--list").stdout.splitlines()
    )
    assert listed["export_docx_1000"].startswith("ratio <=")
    assert listed["keystroke_1000"].startswith("median_ms <=")
    assert listed["export_docx_10"] == ""


def test_drafts_are_deterministic_and_shaped_as_specified() -> None:
    drafts = _load_drafts()
    doc = drafts.make_draft(12)
    assert doc == drafts.make_draft(12)
    assert doc != drafts.make_draft(12, seed=1)
    sections = doc.body.sections
    assert len(sections) == 12
    assert all(len(s.body) == drafts.BODY_CHARS and s.body.endswith("。") for s in sections)
    assert all(not s.body.isascii() for s in sections)
    assert sum(len(g.people) for g in doc.people.groups) == drafts.ATTENDEES
    names = [p.name for g in doc.people.groups for p in g.people]
    assert len(set(names)) == len(names)


def test_baseline_inputs_carry_the_same_paragraphs() -> None:
    drafts = _load_drafts()
    doc = drafts.make_draft(3)
    paragraphs = drafts.plain_paragraphs(doc)
    headings = [text for kind, text in paragraphs if kind == "heading"]
    assert headings == [f"{n}、{s.heading}" for n, s in zip("一二三", doc.body.sections, strict=True)]
    markdown = drafts.markdown(doc)
    text = drafts.import_text(doc)
    for section in doc.body.sections:
        assert f"、{section.heading}\n" in markdown and section.body in markdown
        assert f"、{section.heading}\n{section.body}\n" in text
    assert markdown.startswith("# ") and "出席：" in text


def test_startup_instructions_is_planned_where_valgrind_is() -> None:
    listed = dict(line.split("\t") for line in _bench("--list", "--only", "startup").stdout.splitlines())
    assert "startup" in listed
    assert ("startup_instructions" in listed) == (shutil.which("valgrind") is not None)


def test_both_children_leave_before_the_event_loop_when_counting(tmp_path: Path) -> None:
    """What callgrind counts: the editor and the bare window, each up to its shown window."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), MINUTES_DATA_DIR=str(tmp_path / "data"))
    # A copy: the editor locks the draft it opens and leaves before it could unlock it, and
    # nothing may appear in resources/ (tests/test_wheel.py lists it).
    seed = tmp_path / "seed-report.minutes"
    seed.write_bytes((ROOT / "resources" / "examples" / "seed-report.minutes").read_bytes())
    editor = subprocess.run(
        [sys.executable, "-c", "import sys; from minutes_app.ui.app import main; sys.exit(main())",
         str(seed)],
        capture_output=True, text=True, timeout=60, env=dict(env, MINUTES_EXIT_AFTER_SHOW="before-loop"),
    )
    bare = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "baselines" / "bare_window.py"), "--before-loop"],
        capture_output=True, text=True, timeout=60, env=env,
    )
    for done in (editor, bare):
        assert done.returncode == 0, done.stderr
        assert "shown" not in done.stdout.lower()  # gone before the loop could report it
