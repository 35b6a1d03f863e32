"""Bytes of a .txt file -> text, with the encoding detected and named.

Chinese offices still save GBK/GB18030 text (Notepad's "ANSI" on a Chinese Windows), Word's
"Unicode" export is UTF-16 with a BOM, and English minutes from Windows are often
Windows-1252. We try the strict decoders in an order where a wrong guess fails loudly: UTF-8
first (its structure rarely matches other encodings by chance), then GB18030 only when the
result reads as Chinese, then Windows-1252 only for text that is nearly all ASCII.
"""

from __future__ import annotations

import codecs
import re

from .result import BAD_WORD, N_, NOT_TEXT, OLD_WORD, ImportWarning

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# Characters a Chinese text decoded from GB18030 is made of: CJK ideographs and punctuation,
# full-width forms, ASCII, general punctuation. Mojibake from a wrong guess lands elsewhere
# (rare ideograph extensions, Yi syllables, private use, box drawing).
_PLAUSIBLE_CJK = re.compile(
    "[\u0009\u000a\u000d\u0020-\u007e\u00a0-\u00ff\u2010-\u206f\u2100-\u218f\u2460-\u24ff"
    "\u2500-\u257f\u25a0-\u25ff\u3000-\u303f\u3040-\u30ff\u3200-\u32ff\u4e00-\u9fff"
    "\uff00-\uffef]"
)
_WORD_MAGIC = b"\xd0\xcf\x11\xe0"  # OLE2: the old binary .doc
_ZIP_MAGIC = b"PK\x03\x04"


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept; the message says what they look like,
    ``template`` (``importers.result``) what the clerk may do."""

    def __init__(self, message: str, template: str = NOT_TEXT) -> None:
        super().__init__(message)
        self.template = template


def decode_text(data: bytes) -> tuple[str, list[ImportWarning]]:
    """Return the text of ``data`` and a warning when the encoding was a guess."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), []
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {name} byte-order mark but byte {exc.start + len(bom)} "
                    f"is not valid {name}"
                ) from None
    if data.startswith(_WORD_MAGIC):
        raise DecodeError("is an old binary Word .doc file; save it as .docx or .txt and retry", OLD_WORD)
    if data.startswith(_ZIP_MAGIC):
        raise DecodeError("is a zip archive (a .docx?), not plain text", BAD_WORD)
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if b"\x00" in data:
        raise DecodeError("looks like a binary file (it contains NUL bytes), not text")
    for codec, name in (("gbk", "GBK"), ("gb18030", "GB18030")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _reads_as_chinese(text):
            return text, [ImportWarning.of(None, N_("not UTF-8: read as %(encoding)s (Chinese) text"), encoding=name)]
    non_ascii = sum(1 for b in data if b >= 0x80)
    if non_ascii <= max(8, len(data) // 50):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            pass
        else:
            return text, [ImportWarning.of(None, N_("not UTF-8: read as Windows-1252 (Western) text"))]
    raise DecodeError(
        f"cannot be read as text: byte {first_bad} (0x{data[first_bad]:02x}) is not valid "
        "UTF-8, and the file is not UTF-16, GBK/GB18030 or Windows-1252 either; "
        "save it as UTF-8 and retry"
    )


def _reads_as_chinese(text: str) -> bool:
    if not text:
        return True
    plausible = len(_PLAUSIBLE_CJK.findall(text))
    han = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return plausible >= 0.98 * len(text) and han > 0


def _bomless_utf16(data: bytes) -> tuple[str, list[ImportWarning]] | None:
    """UTF-16 without a BOM: ASCII-heavy text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.4 * half and even_nuls == 0:
        codec = "utf-16-le"
    elif even_nuls > 0.4 * half and odd_nuls == 0:
        codec = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return text, [ImportWarning.of(None, N_("no byte-order mark: read as %(encoding)s text"), encoding=codec.upper())]
