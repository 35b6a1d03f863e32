"""The shared rendering pass: draft + style + locale -> ``RenderedDocument`` (typed blocks).

Exporters (docx, html, the editor's preview) translate these blocks and nothing else, so every
output of one draft agrees on numbering, dates, lists and wording.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model.document import SUPPORTED_LOCALES, DocumentStyle, MeetingDocument
from .as_written import as_written
from .blocks import AnyBlock, BlockKind, RenderedDocument
from .compose_board import compose_board
from .compose_common import clean
from .compose_jiyao import compose_jiyao
from .compose_news import compose_news
from .errors import ExportError
from .locale_text import LocaleText
from .options import ExportOptions

Composer = Callable[[MeetingDocument, LocaleText], list[AnyBlock]]

COMPOSERS: dict[DocumentStyle, Composer] = {
    DocumentStyle.JIYAO: compose_jiyao,
    DocumentStyle.NEWS: compose_news,
    DocumentStyle.BOARD: compose_board,
}


def resolve(doc: MeetingDocument, options: ExportOptions | None) -> tuple[DocumentStyle, str]:
    options = options or ExportOptions()
    try:
        style = DocumentStyle(options.style or doc.header.style)
    except ValueError:
        raise ExportError(None, f"unknown document style {options.style!r}") from None
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
    lt = LocaleText(locale, clock24=writes_24_hour_clock(doc))
    blocks = tuple(as_written(doc, COMPOSERS[style](doc, lt)))
    h = doc.header
    title = next((b.text for b in blocks if b.kind == BlockKind.TITLE), "")
    if not title:
        title = next((b.text for b in blocks if b.kind == BlockKind.MARK), "")
    if style == DocumentStyle.NEWS:
        author = clean(h.reporter) or clean(h.source) or clean(h.organisation)
    else:
        author = clean(h.recorder) or clean(h.organisation)
    return RenderedDocument(
        blocks=blocks,
        style=style.value,
        locale=locale,
        language=content_language(blocks, lt),
        title=title,
        author=author,
        subject=clean(h.meeting_name),
        page_header=(
            lt.label("board.initials")
            if style == DocumentStyle.BOARD and h.initials_in_header
            else ""
        ),
    )
