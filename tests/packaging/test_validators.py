"""The desktop file and the AppStream metainfo pass the validators software centres use.

desktop-file-validate and appstreamcli come with `scripts/setup --test` (desktop-file-utils,
appstream); packaging/smoke runs them again on the installed copies.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = "io.github.minutesapp.Minutes"


def run(*command: str) -> subprocess.CompletedProcess[str]:
    assert shutil.which(command[0]), f"{command[0]} is missing: run scripts/setup --test"
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_desktop_file_validates() -> None:
    result = run("desktop-file-validate", str(PACKAGING / f"{APP_ID}.desktop"))
    # It exits 0 on hints too; any line it prints is an error, a warning or a hint.
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), result.stdout


def test_metainfo_validates(tmp_path: Path) -> None:
    metainfo = PACKAGING / f"{APP_ID}.metainfo.xml"
    result = run("appstreamcli", "validate", "--no-net", "--pedantic", str(metainfo))
    assert result.returncode == 0, result.stdout + result.stderr
    # And it does fail on a broken file, so the pass above means something.
    broken = tmp_path / f"{APP_ID}.metainfo.xml"
    broken.write_text(metainfo.read_text(encoding="utf-8").replace("<id>", "<id>bad id ", 1),
                      encoding="utf-8")
    assert run("appstreamcli", "validate", "--no-net", str(broken)).returncode != 0
