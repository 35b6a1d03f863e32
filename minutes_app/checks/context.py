"""What every rule is given: the document, the style and locale it is checked for, the date
today (passed in, so tests use a fixed clock) and where to find the fonts' glyphs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..model.document import DocumentStyle, MeetingDocument, Node
from ..model.operations import Path

if TYPE_CHECKING:
    from ..export.blocks import RenderedDocument
    from .glyphs import GlyphSource


_NOT_TEXT = {"locale"}  # codes, not words


@dataclass
class CheckContext:
    doc: MeetingDocument
    style: DocumentStyle
    locale: str
    today: dt.date
    glyphs: GlyphSource | None = None  # None: the glyph rule is skipped

    @property
    def chinese(self) -> bool:
        return self.locale.startswith("zh")

    @property
    def english(self) -> bool:
        return not self.chinese

    @cached_property
    def rendered(self) -> RenderedDocument:
        from ..export import ExportOptions, render

        return render(self.doc, ExportOptions(style=self.style, locale=self.locale))


def iter_texts(node: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every text field below ``node`` with its path, in document order (lists of text too)."""
    if type(node) is str:  # not the StrEnum choices (style, role, result)
        yield path, node
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from iter_texts(item, (*path, i))
    elif isinstance(node, Node):
        for name in node.__struct_fields__:
            value = getattr(node, name)
            if name not in _NOT_TEXT and isinstance(value, (str, list, Node)):
                yield from iter_texts(value, (*path, name))
