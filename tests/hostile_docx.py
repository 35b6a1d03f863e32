"""Hostile and damaged .docx files, built from a real python-docx document (issue 15, D1/D3).

Each builder takes the bytes of a valid .docx and returns a copy with one part replaced, so
everything but the attack is a normal Word package. Used by tests/importers, tests/ui and by the
reliability suite (which imports them in a child process to measure its memory and time).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Callable

import docx

DOCUMENT = "word/document.xml"
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def valid_docx(text: str = "会议纪要") -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    document.add_paragraph("出席：张三、李四")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def replace_part(data: bytes, name: str, blob: bytes, *, level: int = 6) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as target:
        for info in source.infolist():
            target.writestr(info.filename, blob if info.filename == name else source.read(info))
    return out.getvalue()


def _body(inner: str) -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f"<w:document {_W}><w:body>{inner}</w:body></w:document>"
    ).encode()


def xml_syntax_error(data: bytes) -> bytes:
    return replace_part(data, DOCUMENT, _body("<w:p><w:r><w:t>unclosed</w:r></w:p>"))


def billion_laughs(data: bytes) -> bytes:
    entities = ['<!ENTITY lol "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    ]
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [' + "".join(entities) + "]>"
        f"<w:document {_W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return replace_part(data, DOCUMENT, xml.encode())


def external_entity(data: bytes) -> bytes:
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        f"<w:document {_W}><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"
    )
    return replace_part(data, DOCUMENT, xml.encode())


def deep_tables(data: bytes, depth: int = 3000) -> bytes:
    inner = "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth
    return replace_part(data, DOCUMENT, _body(inner + "<w:p/>"))


def zip_bomb(data: bytes, megabytes: int = 200) -> bytes:
    """A ``document.xml`` of ``megabytes`` MB of one repeated paragraph, highly compressed."""
    paragraph = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    head, tail = _body("@").split(b"@")
    blob = head + paragraph * (megabytes * 1_048_576 // len(paragraph)) + tail
    return replace_part(data, DOCUMENT, blob, level=9)


def tiny_png() -> bytes:
    """A valid 1x1 grey PNG, for a document with a picture."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\x80")) + chunk(b"IEND", b"")


def with_picture_bomb(megabytes: int = 200) -> bytes:
    """A document whose picture part inflates to ``megabytes`` MB: the text never needs it."""
    document = docx.Document()
    document.add_paragraph("会议纪要")
    document.add_picture(io.BytesIO(tiny_png()))
    out = io.BytesIO()
    document.save(out)
    data = out.getvalue()
    name = next(n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.startswith("word/media/"))
    return replace_part(data, name, b"\0" * (megabytes * 1_048_576), level=9)


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


HOSTILE: dict[str, Callable[[bytes], bytes]] = {
    "xml-syntax-error": xml_syntax_error,
    "billion-laughs": billion_laughs,
    "external-entity": external_entity,
    "deep-tables": deep_tables,
    "zip-bomb": zip_bomb,
    "truncated": truncated,
}
