"""The shared rendering pass: draft + style + locale -> ``RenderedDocument`` (typed blocks).

Exporters (docx, html, the editor's preview) translate these blocks and nothing else, so every
output of one draft agrees on numbering, dates, lists and wording.
"""

from __future__ import annotations

from ..model.document import SUPPORTED_LOCALES, MeetingDocument
from .as_written import as_written
from .blocks import BlockKind, RenderedDocument
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


def render(doc: MeetingDocument, options: ExportOptions | None = None) -> RenderedDocument:
    style, locale = resolve(doc, options)
    lt = LocaleText(locale, style.labels)
    blocks = tuple(as_written(doc, style.compose(doc, lt)))
    h = doc.header
    title = next((b.text for b in blocks if b.kind == BlockKind.TITLE), "")
    if not title:
        title = next((b.text for b in blocks if b.kind == BlockKind.MARK), "")
    return RenderedDocument(
        blocks=blocks,
        style=style.name,
        locale=locale,
        language=lt.language_tag,
        title=title,
        author=style.author(h),
        subject=clean(h.meeting_name),
    )
