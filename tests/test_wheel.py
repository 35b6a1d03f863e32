"""A wheel built from the checkout carries the resources and finds them without the checkout."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_carries_every_resource(tmp_path: Path) -> None:
    # Build from a copy: setuptools leaves build/ and *.egg-info in the tree it builds.
    source = tmp_path / "source"
    junk = (".venv", ".git", "build", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "docs",
            ".~lock.*")  # an example another test has open in place
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*junk))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    # setuptools' warnings (BuildBackendWarning, SetuptoolsDeprecationWarning …), not pip's
    # own notes about the index, which say "WARNING:".
    assert not re.findall(r"\w+Warning\b.*", built.stdout + built.stderr)
    [wheel] = tmp_path.glob("minutes_app-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {
        "minutes_app/_resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and not p.name.startswith(".")  # hidden files (a draft's lock) stay home
    }
    assert shipped and shipped <= names
    assert not [n for n in names if n.rsplit("/", 1)[-1].startswith(".~lock.")]
    assert "minutes_app/ui/app.py" in names and "minutes_app/resources.py" in names
    # Installed (no resources/ folder beside the package), resources.py points into the wheel.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    found = subprocess.run(
        [sys.executable, "-c", "import minutes_app.resources as r; print(r.TEMPLATES)"],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        cwd=tmp_path,
    ).stdout.strip()
    assert Path(found) == site / "minutes_app" / "_resources" / "templates"
    assert (Path(found) / "jiyao.minutes").is_file()
