"""pandoc converting the equivalent Markdown: Debian's /usr/bin/pandoc, run as a user would."""

from __future__ import annotations

import shutil
from pathlib import Path

PANDOC = shutil.which("pandoc") or "/usr/bin/pandoc"


def available() -> bool:
    return Path(PANDOC).exists()


def argv(markdown: Path, out: Path, to: str, title: str) -> list[str]:
    """``pandoc in.md -o out``; HTML standalone (like our page) with the title as metadata."""
    args = [PANDOC, "--from=markdown", f"--to={to}", str(markdown), "-o", str(out)]
    if to == "html":
        args[1:1] = ["--standalone", f"--metadata=pagetitle:{title}"]
    return args
