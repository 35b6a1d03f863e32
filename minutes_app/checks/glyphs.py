"""Which characters the installed fonts of a style can draw (their cmap, read with fontTools).

Each face is looked up along the chain the PDF export uses (``export.pdf_fonts.chain``: the
names the document gives, 仿宋_GB2312 …, then the free faces a Linux desk has, Noto CJK and
AR PL UKai), so the first one installed is the face a page on this machine is drawn with.
Files are found through fontconfig (``fc-list``, one run); where it is missing no font is
found and the glyph rule is skipped rather than guessed.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from typing import NamedTuple

from ..export.fonts import LATIN_SANS, LATIN_SERIF, Face
from ..export.pdf_fonts import chain


class FontFile(NamedTuple):
    path: str
    index: int  # the face in a collection (.ttc)


Locator = Callable[[str], "FontFile | None"]


def fontconfig_locator(family: str) -> FontFile | None:
    """The regular face of ``family`` as fontconfig knows it (by any of its names), or None."""
    entries = installed_fonts().get(family.casefold(), [])
    if not entries:
        return None
    regular = [e for e in entries if any(s in e[2] for s in ("Regular", "Book", "Normal"))]
    path, index, _style = sorted(regular or entries)[0]
    return FontFile(path, index)


@functools.cache
def installed_fonts() -> dict[str, list[tuple[str, int, str]]]:
    """Every installed face by each of its family names (casefolded): one ``fc-list`` run."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return {}
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{family}|%{file}|%{index}|%{style}\n"],
            capture_output=True, text=True, timeout=30, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    fonts: dict[str, list[tuple[str, int, str]]] = {}
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) != 4:
            continue
        families, path, index, style = parts
        entry = (path, int(index.split(",")[0] or 0), style)
        for family in families.split(","):
            fonts.setdefault(family.strip().casefold(), []).append(entry)
    return fonts


class Coverage(NamedTuple):
    family: str  # the installed family that draws the text
    codepoints: frozenset[int]
    chars: frozenset[str]  # the same as characters: ``set(text) - chars`` is quick


class GlyphSource:
    """Finds fonts with ``locate`` and keeps each cmap it reads (a few hundred kB per face)."""

    def __init__(self, locate: Locator = fontconfig_locator) -> None:
        self._locate = locate
        self._found: dict[str, FontFile | None] = {}
        self._cmaps: dict[FontFile, frozenset[int]] = {}
        self._char_sets: dict[FontFile, frozenset[str]] = {}
        self.ready = False  # every face read (``prepare``); until then the editor skips fonts
        self._lock = threading.Lock()  # two windows may prepare the one source at once

    def prepare(self) -> GlyphSource:
        """Read every face and Latin font a style may use (a second or so, once): the editor
        calls this on a worker thread and looks at ``ready`` before using the source."""
        with self._lock:
            if not self.ready:
                for face in Face:
                    self.face(face)
                for font in (LATIN_SERIF, LATIN_SANS):
                    self.latin(font)
                self.ready = True
        return self

    def first_installed(self, families: Iterable[str]) -> Coverage | None:
        for family in families:
            if family not in self._found:
                self._found[family] = self._locate(family)
            font = self._found[family]
            if font is not None:
                points = self._cmap(font)
                return Coverage(family, points, self._chars(font, points))
        return None

    def face(self, face: Face) -> Coverage | None:
        return self.first_installed(chain(face))

    def latin(self, font: str) -> Coverage | None:
        return self.first_installed(chain(font))

    def _chars(self, font: FontFile, points: frozenset[int]) -> frozenset[str]:
        if font not in self._char_sets:
            self._char_sets[font] = frozenset(map(chr, points))
        return self._char_sets[font]

    def _cmap(self, font: FontFile) -> frozenset[int]:
        if font not in self._cmaps:
            from fontTools.ttLib import TTFont  # on first use: the check runs after start-up

            try:
                with TTFont(font.path, fontNumber=font.index, lazy=True) as tt:
                    self._cmaps[font] = frozenset(tt.getBestCmap() or ())
            except Exception:  # an unreadable font file draws nothing we can vouch for
                self._cmaps[font] = frozenset()
        return self._cmaps[font]
