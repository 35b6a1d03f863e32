"""How the text sits on the page: a red mark longer than two lines, characters no font of
the style can draw."""

from __future__ import annotations

import math
from collections.abc import Iterator

from ..export.blocks import BlockKind
from ..export.docx_styles import Layout, chars_wide, layout_for, mark_size
from ..export.fonts import Face
from ..model.document import DocumentStyle
from ..model.operations import Path
from .context import CheckContext, iter_texts
from .problems import N_, Severity
from .registry import Finding, rule

MARK_MAX_LINES = 2


def mark_lines(text: str, layout: Layout) -> int:
    """Lines the red mark takes on the 纪要 page: at the size the export gives it (36, 26 or
    22 pt, the largest that fits one line), as many 字 a line as fit the 156 mm measure."""
    measure = layout.page.text_width / 20  # twips -> pt
    per_line = int(measure // mark_size(text, measure))
    return math.ceil(chars_wide(text) / per_line) if text else 0


@rule("mark-too-long", Severity.WARNING)
def mark_too_long(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.style != DocumentStyle.JIYAO:
        return
    mark = next((b for b in ctx.rendered.blocks if b.kind == BlockKind.MARK), None)
    if mark is None:
        return
    layout = layout_for(DocumentStyle.JIYAO, ctx.locale)
    lines = mark_lines(mark.text, layout)
    if lines > MARK_MAX_LINES:
        yield Finding(
            ("header", "title"),
            N_("The red mark “%(mark)s” takes %(lines)d lines; shorten it to two."),
            {"mark": mark.text, "lines": lines},
        )


_TITLE_FIELDS = {"title", "meeting_name", "organisation", "meeting_kind"}


def _faces_for(path: Path, layout: Layout) -> set[Face]:
    """The East Asian faces that print the field at ``path``."""
    faces = {layout.face}
    if path[:1] == ("header",) and path[-1] in _TITLE_FIELDS:
        faces.add(layout.paragraph(layout.blocks[BlockKind.MARK]).face)
        faces.add(layout.paragraph(layout.blocks[BlockKind.TITLE]).face)
    elif path[:2] == ("body", "sections") and path[-1] == "heading":
        level = 2 if "sub_items" in path else 1
        faces.add(layout.paragraph(layout.headings[level - 1]).face)
    return faces


@rule("glyph-missing", Severity.WARNING)
def glyph_missing(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.glyphs is None:
        return
    layout = layout_for(ctx.style, ctx.locale)
    latin = ctx.glyphs.latin(layout.latin)
    latin_chars = latin.chars if latin else frozenset()
    drawable: dict[Face, tuple[str, frozenset[str]] | None] = {}
    for path, text in iter_texts(ctx.doc):
        if text.isascii():
            continue
        chars = {ch for ch in set(text) if not ch.isascii() and not ch.isspace()}
        for face in sorted(_faces_for(path, layout)):
            if face not in drawable:
                coverage = ctx.glyphs.face(face)
                drawable[face] = (
                    None if coverage is None else (coverage.family, coverage.chars | latin_chars)
                )
            found = drawable[face]
            if found is None:
                continue  # no font of this face installed: nothing to measure against
            missing = sorted(chars - found[1])
            if missing:
                yield Finding(
                    path,
                    N_("The font %(font)s cannot draw %(chars)s."),
                    {"font": found[0], "chars": " ".join(missing[:8])},
                )
                break
