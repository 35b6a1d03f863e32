"""What a finished PDF holds: its pages and the fonts its text is drawn with (pypdfium2)."""

from __future__ import annotations


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
                font = obj.get_font()
                if not font.raw:
                    continue
                try:
                    name = font.get_base_name()
                except pypdfium2.PdfiumError:  # a font without a name: nothing to report
                    continue
                tag, plus, rest = name.partition("+")
                name = rest if plus and len(tag) == 6 else name
                found[name] = found.get(name, False) or _is_embedded(font)
            page.close()
    finally:
        pdf.close()
    return tuple(sorted(found.items()))


def _is_embedded(font) -> bool:  # font: pypdfium2.PdfFont
    import pypdfium2

    try:
        return font.is_embedded
    except pypdfium2.PdfiumError:  # pdfium cannot tell: report it as not embedded
        return False
