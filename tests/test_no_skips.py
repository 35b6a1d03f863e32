"""On the CI path (MINUTES_NO_SKIPS=1, set by .ci/run) a skipped test fails the run."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run_pytest(folder: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k != "MINUTES_NO_SKIPS"}
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist", str(folder)],
        capture_output=True, text=True, timeout=300, env={**clean, **env}, cwd=folder,
    )


def test_a_skip_fails_only_when_no_skips_are_allowed(tmp_path: Path) -> None:
    shutil.copy(HERE / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_needs_a_program.py").write_text(
        "import pytest\n\n"
        "@pytest.mark.skipif(True, reason='frobnicate is not installed')\n"
        "def test_marked():\n    pass\n\n"
        "def test_called():\n    pytest.skip('no frobnicate either')\n\n"
        "def test_runs():\n    pass\n",
        encoding="utf-8",
    )
    quick = run_pytest(tmp_path)
    assert quick.returncode == 0 and "2 skipped" in quick.stdout, quick.stdout
    ci = run_pytest(tmp_path, MINUTES_NO_SKIPS="1")
    assert ci.returncode == 1, ci.stdout
    assert "frobnicate is not installed" in ci.stdout and "no frobnicate either" in ci.stdout
    assert "1 passed" in ci.stdout
