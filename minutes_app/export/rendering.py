"""The shared rendering pass: draft + style + locale -> ``RenderedDocument`` (typed blocks).

Exporters (docx, html, the editor's preview) translate these blocks and nothing else, so every
output of one draft agrees on numbering, dates, lists and wording.
"""

from __future__ import annotations

import re

from ..model.document import SUPPORTED_LOCALES, DocumentStyle, MeetingDocument
from .as_written import as_written
from .blocks import AnyBlock, BlockKind, RenderedDocument
from .compose_common import clean
from .errors import ExportError
from .locale_text import LocaleText
from .options import ExportOptions
from .styles import ExportStyle, get_style


def resolve(doc: MeetingDocument, options: ExportOptions | None) -> tuple[ExportStyle, str]:
    options = options or ExportOptions()
    style = get_style(options.style or doc.header.style)
    locale = options.locale or doc.header.locale
    if locale not in SUPPORTED_LOCALES:
        raise ExportError(
            None, f"unsupported locale {locale!r} (use one of {', '.join(SUPPORTED_LOCALES)})"
        )
    return style, locale


# 18:30, 09:00 — two-digit hours not followed by am/pm: the clerk writes the 24-hour clock.
_CLOCK24 = re.compile(r"(?<![\d:])(?:[01]\d|2[0-3]):[0-5]\d(?![\d:]|\s*[AaPp]\.?[Mm]\b)")


def writes_24_hour_clock(doc: MeetingDocument) -> bool:
    """Whether the clerk's own text (closing notes, the next meeting, free paragraphs, item
    bodies) writes times on the 24-hour clock."""
    b = doc.body
    texts = [doc.header.next_meeting, *b.closing_notes, *b.free_paragraphs]
    texts += [s.body for s in b.sections]
    return any(_CLOCK24.search(text) for text in texts if text)


def content_language(blocks: tuple[AnyBlock, ...], lt: LocaleText) -> str:
    """The language the page is written in: the locale's, unless the clerk's text is in the
    other script (a Chinese draft with English labels is still a Chinese page: ``lang`` picks
    its fonts and line breaking). A Hanzi counts as two Latin letters."""
    text = "".join(b.text for b in blocks)
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    chinese = 2 * cjk >= latin
    if chinese == lt.chinese:
        return lt.language_tag
    return "zh-CN" if chinese else "en"


def render(doc: MeetingDocument, options: ExportOptions | None = None) -> RenderedDocument:
    style, locale = resolve(doc, options)
    lt = LocaleText(locale, style.labels, clock24=writes_24_hour_clock(doc))
    blocks = tuple(as_written(doc, style.compose(doc, lt)))
    h = doc.header
    title = next((b.text for b in blocks if b.kind == BlockKind.TITLE), "")
    if not title:
        title = next((b.text for b in blocks if b.kind == BlockKind.MARK), "")
    return RenderedDocument(
        blocks=blocks,
        style=style.name,
        locale=locale,
        language=content_language(blocks, lt),
        title=title,
        author=style.author(h),
        subject=clean(h.meeting_name),
        page_header=(
            lt.label("board.initials")
            if style.name == DocumentStyle.BOARD and h.initials_in_header
            else ""
        ),
    )
