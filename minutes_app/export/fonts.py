"""Fonts the .docx names, with the fallback chain each one has.

A circulated document must name the faces Chinese offices use (GB/T 9704 practice: 方正小标宋简体
titles, 仿宋_GB2312 body, 黑体 and 楷体_GB2312 headings), so the exported file always carries
the first name of each chain. Word does not pick a similar CJK face on its own when a font is
missing, so the font table gives each face an ``w:altName`` (the next name in its chain, the one
Windows ships: 仿宋, 楷体, 华文中宋) plus its GB2312 charset and PANOSE class, which Word and WPS
use to substitute. LibreOffice substitutes through fontconfig.

Full chains (also in docs/exports.md):

- title 小标宋: 方正小标宋简体 → 方正小标宋_GBK → FZXiaoBiaoSong-B05S → 华文中宋 → 宋体
- body 仿宋: 仿宋_GB2312 → 仿宋 → FangSong → STFangsong → FandolFang
- 黑体: 黑体 → SimHei → Heiti SC → Noto Sans CJK SC
- 楷体: 楷体_GB2312 → 楷体 → KaiTi → Kaiti SC → AR PL UKai CN
- 宋体: 宋体 → SimSun → Songti SC → Noto Serif CJK SC
- Latin text and digits: Times New Roman (纪要, reports); Calibri → Carlito (board minutes)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Face(StrEnum):
    XIAOBIAOSONG = "xiaobiaosong"
    FANGSONG = "fangsong"
    HEITI = "heiti"
    KAITI = "kaiti"
    SONGTI = "songti"


FALLBACKS: dict[Face, tuple[str, ...]] = {
    Face.XIAOBIAOSONG: (
        "方正小标宋简体",
        "方正小标宋_GBK",
        "FZXiaoBiaoSong-B05S",
        "华文中宋",
        "宋体",
    ),
    Face.FANGSONG: ("仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "FandolFang"),
    Face.HEITI: ("黑体", "SimHei", "Heiti SC", "Noto Sans CJK SC"),
    Face.KAITI: ("楷体_GB2312", "楷体", "KaiTi", "Kaiti SC", "AR PL UKai CN"),
    Face.SONGTI: ("宋体", "SimSun", "Songti SC", "Noto Serif CJK SC"),
}

# The substitute Word should try first: the face Windows itself ships (or Office installs).
_ALT_NAME = {
    Face.XIAOBIAOSONG: "华文中宋",
    Face.FANGSONG: "仿宋",
    Face.HEITI: "SimHei",
    Face.KAITI: "楷体",
    Face.SONGTI: "SimSun",
}
_PANOSE = {  # PANOSE-1 class of the usual Windows face: a hint for substitution
    Face.XIAOBIAOSONG: "02010600030101010101",
    Face.FANGSONG: "02010609060101010101",
    Face.HEITI: "02010609060101010101",
    Face.KAITI: "02010609060101010101",
    Face.SONGTI: "02010600030101010101",
}

LATIN_SERIF = "Times New Roman"
LATIN_SANS = "Calibri"
_LATIN_FONTS = {
    LATIN_SERIF: ("02020603050405020304", "roman", "Liberation Serif"),
    LATIN_SANS: ("020F0502020204030204", "swiss", "Carlito"),
}


def name(face: Face) -> str:
    return FALLBACKS[face][0]


@dataclass(frozen=True)
class FontEntry:
    name: str
    alt_name: str
    panose: str
    charset: str  # "86" = GB2312, "00" = ANSI
    family: str  # roman / swiss / modern
    pitch: str


def font_table_entries(faces: set[Face], latin: set[str]) -> list[FontEntry]:
    entries = [
        FontEntry(name(face), _ALT_NAME[face], _PANOSE[face], "86", "modern", "fixed")
        for face in sorted(faces)
    ]
    for font in sorted(latin):
        panose, family, alt = _LATIN_FONTS.get(font, ("00000000000000000000", "auto", ""))
        entries.append(FontEntry(font, alt, panose, "00", family, "variable"))
    return entries
