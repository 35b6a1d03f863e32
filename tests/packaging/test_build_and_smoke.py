"""From the checkout to an installed app: packaging/build, then packaging/smoke on its .deb.

Slow (a few minutes: PyInstaller, xz, dpkg), so not in the default run: `scripts/test -m slow`,
which .ci/run runs after the whole suite.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from minutes_app import __version__

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0, reason="the smoke test installs a .deb: run as root"),
]


def test_the_built_deb_installs_runs_and_uninstalls() -> None:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # smoke chooses
    built = subprocess.run(
        [str(ROOT / "packaging" / "build")], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=1800,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    deb = ROOT / built.stdout.strip().splitlines()[-1]
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True).stdout
    assert deb.name == f"minutes_{__version__}_{arch.strip()}.deb" and deb.is_file()
    smoke = subprocess.run(
        [str(ROOT / "packaging" / "smoke"), str(deb)], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=900,
    )
    print(smoke.stderr)  # the sizes and start-up times, for the log (-s or -rA shows it)
    assert smoke.returncode == 0, smoke.stderr[-4000:]
    assert re.search(r"smoke: passed: \S+\.deb \S+, start-up installed \d+ ms vs checkout \d+ ms",
                     smoke.stderr)
    assert not Path("/opt/minutes").exists()
