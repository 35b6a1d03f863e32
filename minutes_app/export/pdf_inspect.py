"""What a finished PDF holds: its pages and the fonts its text is drawn with (pypdfium2)."""

from __future__ import annotations

import ctypes


def page_count(data: bytes) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        return len(pdf)
    finally:
        pdf.close()


def embedded_fonts(data: bytes) -> tuple[tuple[str, bool], ...]:
    """(base font name without the subset tag, embedded) for every font the text uses."""
    import pypdfium2
    import pypdfium2.raw as raw

    found: dict[str, bool] = {}
    pdf = pypdfium2.PdfDocument(data)
    try:
        for page in pdf:
            for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT], max_depth=4):
                font = raw.FPDFTextObj_GetFont(obj.raw)
                if not font:
                    continue
                size = raw.FPDFFont_GetBaseFontName(font, None, 0)
                buffer = ctypes.create_string_buffer(max(size, 1))
                raw.FPDFFont_GetBaseFontName(font, buffer, size)
                name = buffer.value.decode("utf-8", "replace")
                _tag, plus, rest = name.partition("+")
                name = rest if plus and len(_tag) == 6 else name
                found[name] = found.get(name, False) or bool(raw.FPDFFont_GetIsEmbedded(font))
            page.close()
    finally:
        pdf.close()
    return tuple(sorted(found.items()))
