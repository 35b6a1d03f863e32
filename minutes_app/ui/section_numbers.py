"""The number a section will print with, for the list of sections.

The rendering pass owns numbering (``export/compose_*``); this mirrors its choice of style so
the editor's list shows what the document will show: news reports number in-paragraph 一是 /
"First,", 纪要 and board minutes use 一、 / "1.". A test checks the two agree.
"""

from __future__ import annotations

from ..export.numbering import NumberStyle, format_number
from ..model import DocumentStyle


def section_number_style(style: DocumentStyle, locale: str) -> NumberStyle:
    chinese = locale.startswith("zh")
    if style == DocumentStyle.NEWS:
        return NumberStyle.ZH_SHI if chinese else NumberStyle.EN_WORD
    return NumberStyle.ZH_DUN if chinese else NumberStyle.ARABIC_DOT


def section_label(n: int, style: DocumentStyle, locale: str) -> str:
    return format_number(n, section_number_style(style, locale), chinese_text=locale.startswith("zh"))
