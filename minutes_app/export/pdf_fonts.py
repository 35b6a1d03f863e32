"""Which installed faces a PDF is set in, and which of the named ones were substituted.

The documents name the faces Chinese offices use (``fonts.FALLBACKS``: 仿宋_GB2312, 方正小标宋简体,
黑体, 楷体_GB2312, 宋体) and Times New Roman / Calibri for Latin text. A PDF embeds the faces it
was actually drawn with, so before rendering each role is looked up among the installed
families (fontconfig's ``fc-list``, the same database Pango and LibreOffice use): the first name
of its chain that is installed, else a free face Debian ships (Noto CJK, AR PL UKai,
Liberation, Carlito). The PDF style sheets set each role's text in ``var(--font-ROLE)``, and
``role_css`` defines those properties as the chosen faces, so what the report says is what the
PDF embeds (``pdf_inspect.embedded_fonts`` reads it back). Not ``@font-face`` aliases: WeasyPrint copies
the aliased file per document, which for a CJK collection is tens of megabytes, and aliases
every face in the collection (JP, KR, TC) at once.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from .fonts import FALLBACKS, LATIN_SANS, LATIN_SERIF, Face

# Free faces for the roles, in order: what fonts-noto-cjk, fonts-arphic-ukai,
# fonts-liberation and fonts-crosextra-carlito install.
FREE_FALLBACKS: dict[str, tuple[str, ...]] = {
    Face.XIAOBIAOSONG: ("Noto Serif CJK SC", "AR PL UMing CN"),
    Face.FANGSONG: ("Noto Serif CJK SC", "AR PL UMing CN"),
    Face.HEITI: ("Noto Sans CJK SC",),
    Face.KAITI: ("AR PL UKai CN",),
    Face.SONGTI: ("Noto Serif CJK SC", "AR PL UMing CN"),
    LATIN_SERIF: ("Liberation Serif", "Tinos", "Nimbus Roman", "DejaVu Serif"),
    LATIN_SANS: ("Carlito", "Liberation Sans", "Nimbus Sans", "DejaVu Sans"),
}
_LATIN_CHAINS = {
    LATIN_SERIF: (LATIN_SERIF, "TimesNewRomanPSMT"),
    LATIN_SANS: (LATIN_SANS,),
}
# The roles each document style sets text in (page numbers in 宋体 included).
STYLE_ROLES: dict[str, tuple[str, ...]] = {
    "jiyao": (
        Face.XIAOBIAOSONG,
        Face.FANGSONG,
        Face.HEITI,
        Face.KAITI,
        Face.SONGTI,
        LATIN_SERIF,
    ),
    "news": (Face.XIAOBIAOSONG, Face.FANGSONG, Face.HEITI, Face.KAITI, Face.SONGTI, LATIN_SERIF),
    "board": (LATIN_SANS, Face.SONGTI, Face.HEITI),
}


@dataclass(frozen=True, slots=True)
class FontChoice:
    role: str  # Face value or the Latin font's name
    requested: str  # the name the document asks for (first of its chain)
    used: str  # the installed family drawn with, "" when none was found at all

    @property
    def substituted(self) -> bool:
        return self.used != self.requested


def installed_families() -> frozenset[str]:
    """Every family name fontconfig knows (localised names too: 仿宋 and FangSong)."""
    return _families_from_fc_list()


@cache
def _families_from_fc_list() -> frozenset[str]:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return frozenset()
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{family}\n"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    names: set[str] = set()
    for line in out.splitlines():
        names.update(part.strip() for part in line.split(",") if part.strip())
    return frozenset(names)


# Any Chinese face rather than none: a missing 楷体 is better drawn in 宋 than left to chance.
_ANY_CJK = ("Noto Serif CJK SC", "Noto Sans CJK SC", "AR PL UMing CN", "AR PL UKai CN")
_GENERIC = {Face.HEITI: "sans-serif", LATIN_SANS: "sans-serif"}


def chain(role: str) -> tuple[str, ...]:
    if role in _LATIN_CHAINS:
        return _LATIN_CHAINS[role] + FREE_FALLBACKS[role]
    names = FALLBACKS[Face(role)] + FREE_FALLBACKS[role] + _ANY_CJK
    return tuple(dict.fromkeys(names))


def property_name(role: str) -> str:
    """The CSS custom property the PDF sheets use for a role: ``--font-fangsong``."""
    return "--font-" + {LATIN_SERIF: "latin-serif", LATIN_SANS: "latin-sans"}.get(role, role)


def choose_fonts(
    style: str, families: Callable[[], Iterable[str]] = installed_families
) -> tuple[FontChoice, ...]:
    """The face each of the style's roles will be drawn with, looked up among ``families``."""
    known = {name.casefold() for name in families()}
    choices = []
    for role in STYLE_ROLES[style]:
        names = chain(role)
        used = next((n for n in names if n.casefold() in known), "")
        choices.append(FontChoice(str(role), names[0], used))
    return tuple(choices)


def family_css(choice: FontChoice) -> str:
    """The chosen face as a CSS font-family value (a generic family when none was found)."""
    if choice.used:
        return '"' + choice.used.replace("\\", "").replace('"', "") + '"'
    return _GENERIC.get(Face(choice.role) if choice.role in Face._value2member_map_ else choice.role, "serif")


def role_css(choices: Iterable[FontChoice]) -> str:
    """``:root`` custom properties, one per role: ``--font-fangsong: "Noto Serif CJK SC";``.
    Only our own font names go into this CSS (no user text)."""
    lines = [f"  {property_name(c.role)}: {family_css(c)};" for c in choices]
    return ":root {\n" + "\n".join(lines) + "\n}"



def describe(choices: Iterable[FontChoice]) -> list[str]:
    """One line a face, for the CLI and the dialog: ``仿宋_GB2312 -> Noto Serif CJK SC (substituted)``."""
    lines = []
    for choice in choices:
        if not choice.used:
            lines.append(f"{choice.requested}: not installed, no substitute found")
        elif choice.substituted:
            lines.append(f"{choice.requested} -> {choice.used} (substituted)")
        else:
            lines.append(f"{choice.requested} (installed)")
    return lines
