"""The shared rendering pass: draft + style + locale -> ``RenderedDocument`` (typed blocks).

Exporters (docx, html, the editor's preview) translate these blocks and nothing else, so every
output of one draft agrees on numbering, dates, lists and wording.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model.document import SUPPORTED_LOCALES, DocumentStyle, MeetingDocument
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


def render(doc: MeetingDocument, options: ExportOptions | None = None) -> RenderedDocument:
    style, locale = resolve(doc, options)
    lt = LocaleText(locale)
    blocks = tuple(COMPOSERS[style](doc, lt))
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
        language=lt.language_tag,
        title=title,
        author=author,
        subject=clean(h.meeting_name),
        page_header=(
            lt.label("board.initials")
            if style == DocumentStyle.BOARD and h.initials_in_header
            else ""
        ),
    )
