"""The icon set is drawn from the SVG at every size desktops ask for, with .ico and .icns."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image  # the packaging extra, which scripts/setup --test installs

ROOT = Path(__file__).resolve().parents[2]


def test_pngs_ico_and_icns_from_the_svg(tmp_path: Path) -> None:
    # In a child: the icon script makes its own QGuiApplication.
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "icons.py"), str(ROOT / "resources/icons/minutes.svg"),
         str(tmp_path)],
        check=True, capture_output=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    for size in (16, 22, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(tmp_path / f"minutes-{size}.png") as png:
            assert png.size == (size, size) and png.mode == "RGBA"
            # Drawn, not blank: the red mark and the sheet are there, the corners transparent.
            assert png.getpixel((0, 0))[3] == 0
            assert len(png.getcolors(1 << 16) or []) > 4
    with Image.open(tmp_path / "minutes.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= ico.info["sizes"]
    with Image.open(tmp_path / "minutes.icns") as icns:
        assert icns.format == "ICNS" and (512, 512, 2) in icns.info["sizes"]
