"""Hostile files, each imported or loaded in a child process whose peak memory and CPU time
it measures itself (``resource.getrusage``; on Linux the peak is ``VmHWM``, because
``ru_maxrss`` keeps the forking parent's peak across exec) (issue 15, D1-D5): every one gives one
clear error, within 300 MB and 5 s of CPU, and no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import hostile_docx
import pytest
from reliability_helpers import ROOT, rounds

PEAK_MB = 300
CPU_S = 5.0
HANG_GUARD_S = 120  # a hang is a failure, not a wait: far beyond any cap

# The child: one import (or draft load), then its own peak resident size and CPU time.
CHILD = """
import json, resource, sys, time
kind, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
outcome, message = "ok", ""
try:
    if kind == "import":
        from minutes_app.importers import ImportFailed, import_file
        try:
            result = import_file(path)
            message = f"{len(result.document.body.free_paragraphs)} free paragraphs"
        except ImportFailed as exc:
            outcome, message = "refused", str(exc)
    else:
        from minutes_app.storage import DraftError, load_draft
        try:
            load_draft(path)
        except DraftError as exc:
            outcome, message = "refused", str(exc)
except BaseException as exc:
    outcome, message = "crashed", f"{type(exc).__name__}: {exc}"
usage = resource.getrusage(resource.RUSAGE_SELF)
peak_kb = usage.ru_maxrss
try:  # Linux carries ru_maxrss over exec from the forking parent: VmHWM is this process's own
    with open("/proc/self/status") as status:
        peak_kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(json.dumps({"outcome": outcome, "message": message,
                  "peak_mb": peak_kb / 1024, "cpu_s": usage.ru_utime + usage.ru_stime,
                  "wall_s": time.perf_counter() - start}))
"""


def measure(kind: str, path: Path) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, kind, str(path)],
        capture_output=True, text=True, timeout=HANG_GUARD_S, cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"FIGURE {kind} {path.name}: {figures['outcome']} in {figures['cpu_s']:.2f} s CPU "
          f"({figures['wall_s']:.2f} s), peak {figures['peak_mb']:.0f} MB: {figures['message'][:90]}")
    return figures


BIG_MB = rounds(200, 2048)  # building a 2 GB bomb takes a while: the long form only
HOSTILE_DOCX = {
    **hostile_docx.HOSTILE,
    "zip-bomb-big": lambda data: hostile_docx.zip_bomb(data, megabytes=BIG_MB),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_DOCX))
def test_each_hostile_docx_is_one_clear_error_within_the_caps(kind: str, tmp_path: Path) -> None:
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(HOSTILE_DOCX[kind](hostile_docx.valid_docx()))
    figures = measure("import", path)
    assert figures["outcome"] == "refused", figures
    assert figures["message"].startswith(f"{path}: ")
    assert figures["peak_mb"] < PEAK_MB and figures["cpu_s"] < CPU_S, figures


def test_a_picture_bomb_is_never_inflated(tmp_path: Path) -> None:
    path = tmp_path / "picture-bomb.docx"
    path.write_bytes(hostile_docx.with_picture_bomb(megabytes=BIG_MB))
    figures = measure("import", path)
    assert figures["outcome"] == "ok", figures  # the text imports; the picture is skipped
    assert figures["peak_mb"] < PEAK_MB and figures["cpu_s"] < CPU_S, figures


def _draft_depth_bomb(path: Path) -> None:
    path.write_text("[" * 70 + '\\"' * 32_000 + "]" * 70, encoding="utf-8")


def _draft_duplicate_after_cleaning(path: Path) -> None:
    text = (ROOT / "resources" / "examples" / "seed-report.minutes").read_text(encoding="utf-8")
    path.write_text(text.replace('"title":', '"ti\\u0001tle": "x",\n   "title":', 1), encoding="utf-8")


@pytest.mark.parametrize("make", [_draft_depth_bomb, _draft_duplicate_after_cleaning],
                         ids=["depth-bomb", "duplicate-after-cleaning"])
def test_each_hostile_draft_is_one_clear_error_within_the_caps(make, tmp_path: Path) -> None:
    path = tmp_path / "hostile.minutes"
    make(path)
    figures = measure("load", path)
    assert figures["outcome"] == "refused", figures
    assert figures["peak_mb"] < PEAK_MB and figures["cpu_s"] < CPU_S, figures


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(), reason="POSIX")
@pytest.mark.parametrize("kind", ["import", "load"])
def test_devices_and_pipes_are_refused_at_once(kind: str, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.minutes"
    os.mkfifo(fifo)  # nobody ever writes: reading it would wait forever
    for path in (Path("/dev/zero"), fifo):
        figures = measure(kind, path)
        assert figures["outcome"] == "refused" and "not a regular file" in figures["message"]
        assert figures["peak_mb"] < PEAK_MB and figures["cpu_s"] < CPU_S, figures


def test_importing_1_6_mb_of_hard_wrapped_text(tmp_path: Path) -> None:
    """The figure for docs/reliability.md; the test asserts what the import did, and the
    linear growth is asserted by counting (tests/importers/test_import_hostile.py)."""
    sentence = ("The board noted the report of the finance committee and agreed that the "
                "budget should be reviewed again before the end of the year; ")
    paragraphs = [textwrap.fill(sentence * 12, 72) for _ in range(1_600_000 // (len(sentence) * 12))]
    path = tmp_path / "wrapped.txt"
    path.write_text("Board minutes\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    assert 1_550_000 < path.stat().st_size < 1_700_000
    figures = measure("import", path)
    assert figures["outcome"] == "ok", figures
    assert figures["peak_mb"] < PEAK_MB, figures
