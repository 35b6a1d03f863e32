"""``python packaging/icons.py SVG OUTDIR``: the app icon at every size desktops ask for.

Renders the SVG with Qt's own SVG renderer (already a dependency) into PNGs of 16-512 px, then
writes the Windows ``.ico`` and the macOS ``.icns`` from them with Pillow. Offscreen: no display.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # hicolor's usual app sizes
RETINA = 1024  # only for the .icns (its 512@2x), not installed in hicolor
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the .ico format stops at 256
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"icons.py: {svg} is not an SVG Qt can read")
    out.mkdir(parents=True, exist_ok=True)
    made = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"minutes-{size}.png"
        if not image.save(str(path)):
            raise SystemExit(f"icons.py: could not write {path}")
        made[size] = path
    return made


def write_ico_icns(pngs: dict[int, Path], out: Path) -> tuple[Path, Path]:
    from PIL import Image

    largest = Image.open(pngs[max(pngs)])
    ico, icns = out / "minutes.ico", out / "minutes.icns"
    # Each size from its own rendering (sharper than Pillow's downscaling of the largest).
    frames = [Image.open(pngs[s]) for s in ICO_SIZES]
    frames[-1].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=frames[:-1])
    largest.save(icns, format="ICNS", append_images=[Image.open(pngs[s]) for s in ICNS_SIZES])
    return ico, icns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("svg", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    pngs = render_pngs(args.svg, args.out, (*PNG_SIZES, RETINA))
    for path in (*pngs.values(), *write_ico_icns(pngs, args.out)):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
