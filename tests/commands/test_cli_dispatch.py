"""The ``minutes`` entry point as a user runs it: installed script or ``python -m``."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from minutes_app import __version__
from minutes_app.cli import main
from minutes_app.model import DocumentStyle, Section
from minutes_app.resources import EXAMPLES
from minutes_app.storage import save_draft
from minutes_app.storage.templates import new_document

ROOT = Path(__file__).resolve().parents[2]


def minutes_command() -> list[str]:
    """The ``minutes`` script installed with this Python, else the same entry point via -m."""
    script = shutil.which("minutes", path=sysconfig.get_path("scripts"))
    return [script] if script else [sys.executable, "-m", "minutes_app.cli"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [*minutes_command(), *args], capture_output=True, text=True, encoding="utf-8",
        env=env, cwd=ROOT, timeout=60, check=False,
    )


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0 and capsys.readouterr().out == f"minutes {__version__}\n"
    with pytest.raises(SystemExit):
        main(["--help"])
    usage = capsys.readouterr().out
    assert all(verb in usage for verb in ("validate", "new", "show"))


def test_installed_entry_point_validates_and_shows() -> None:
    drafts = sorted(str(p.relative_to(ROOT)) for p in EXAMPLES.glob("*.minutes"))
    result = run("validate", *drafts)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{d}: ok" for d in drafts]
    shown = run("show", "resources/examples/seed-report.minutes")
    assert shown.returncode == 0 and "  六是相关工作要统筹推进" in shown.stdout.splitlines()
    failed = run("validate", "tests/storage/bad_files/nan.minutes")
    assert failed.returncode == 1
    assert failed.stderr == "tests/storage/bad_files/nan.minutes: NaN is not allowed in a draft\n"


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    doc = new_document(DocumentStyle.BOARD)
    doc.body.sections = [Section(heading=f"Item with a long heading number {n}") for n in range(4000)]
    save_draft(doc, tmp_path / "long.minutes")  # an outline far beyond a pipe's buffer
    command = " ".join([*minutes_command(), "show", str(tmp_path / "long.minutes")])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        f"{command} | head -n 1", shell=True, capture_output=True, text=True, encoding="utf-8",
        env=env, cwd=ROOT, timeout=60, check=False,
    )
    assert result.stdout == "(untitled draft)\n"
    assert result.stderr == ""  # no traceback, no "Exception ignored ... BrokenPipeError"
