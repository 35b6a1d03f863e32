"""A .docx zip -> the bytes of a package python-docx may open safely.

A .docx from outside is untrusted: a small zip can inflate to gigabytes (745 KB gave a
200 MB ``document.xml``), XML can declare entities that multiply (billion laughs), and
python-docx inflates every part it finds through the relationships, pictures included. So the
archive is checked from its directory before anything is inflated: the parts the text needs
(content types, relationships, the main document, styles, numbering) are read with a cap on
the UNCOMPRESSED size of each and on how much each expands; every other part (pictures, fonts,
headers, settings) is replaced by a tiny placeholder without being inflated at all. What comes
out is a new zip (stored, not compressed) holding only checked parts.

``zipfile`` never returns more than the size the directory declares for a part (it checks the
CRC at the end), so checking the declared size bounds the real work.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree

MAX_PART_BYTES = 24 * 1024 * 1024  # a 1000-section report's document.xml is about 5 MB
MAX_TOTAL_BYTES = 48 * 1024 * 1024  # all the parts read together
MAX_RATIO = 100  # XML inflates 5-20 times; zip bombs a thousand times and more
RATIO_FROM_BYTES = 1024 * 1024  # small parts may compress very well (a blank styles part)
MAX_PARTS = 10_000
MAX_CONTENT_TYPES_BYTES = 1024 * 1024

_CONTENT_TYPES = "[Content_Types].xml"
_NEEDED_TYPES = (
    "wordprocessingml.document.main+xml",  # .docx
    "wordprocessingml.template.main+xml",  # .dotx
    "ms-word.document.macroEnabled.main+xml",  # .docm (the macros are never read)
    "ms-word.template.macroEnabledTemplate.main+xml",
    "wordprocessingml.styles+xml",
    "wordprocessingml.numbering+xml",
)
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
# Parseable by python-docx for any XML part it loads; never read for its text.
_PLACEHOLDER_XML = b'<?xml version="1.0" encoding="UTF-8"?><placeholder/>'
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


class PackageError(ValueError):
    """The archive is not a .docx we will read; the message says why in plain words."""


def checked_package(data: bytes) -> bytes:
    """The bytes of a zip holding only the checked parts of ``data``; ``PackageError`` else."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise PackageError(f"is not a readable .docx file (damaged zip archive: {exc})") from None
    if len(infos) > MAX_PARTS:
        raise PackageError(f"has {len(infos)} parts inside; a Word file has a few dozen")
    by_name = {info.filename: info for info in infos}
    if _CONTENT_TYPES not in by_name:
        raise PackageError("is a zip archive but not a Word document (no [Content_Types].xml)")
    needed = _needed_parts(archive, by_name)
    out = io.BytesIO()
    total = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as package:
        for info in infos:
            if info.is_dir():
                continue
            if info.filename in needed:
                blob = _read_part(archive, info)
                total += len(blob)
                if total > MAX_TOTAL_BYTES:
                    raise PackageError(
                        f"is too large once unpacked (over {MAX_TOTAL_BYTES // 1_048_576} MB "
                        "of text parts)"
                    )
            else:  # not needed for the text: never inflated
                blob = _PLACEHOLDER_XML if info.filename.lower().endswith(".xml") else b""
            package.writestr(info.filename, blob)
    return out.getvalue()


def _needed_parts(archive: zipfile.ZipFile, by_name: dict[str, zipfile.ZipInfo]) -> set[str]:
    types = _read_part(archive, by_name[_CONTENT_TYPES], limit=MAX_CONTENT_TYPES_BYTES)
    root = parse_part(types, _CONTENT_TYPES)
    needed = {_CONTENT_TYPES} | {name for name in by_name if name.endswith(".rels")}
    for override in root.iter(f"{_CT}Override"):
        if override.get("ContentType", "").endswith(_NEEDED_TYPES):
            needed.add(override.get("PartName", "").lstrip("/"))
    for default in root.iter(f"{_CT}Default"):  # rare: a type given by the extension
        if default.get("ContentType", "").endswith(_NEEDED_TYPES):
            suffix = "." + default.get("Extension", "").lower()
            needed.update(name for name in by_name if name.lower().endswith(suffix))
    return needed


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int = MAX_PART_BYTES) -> bytes:
    name = info.filename
    if info.file_size > limit:
        raise PackageError(
            f"part {name} would unpack to {info.file_size // 1_048_576} MB "
            f"(the limit is {limit // 1_048_576} MB): not a minutes document"
        )
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
        raise PackageError(
            f"part {name} expands {info.file_size // max(info.compress_size, 1)} times when "
            "unpacked, as a zip bomb does; it is not read"
        )
    try:
        with archive.open(info) as part:
            blob = part.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise PackageError(f"part {name} cannot be unpacked ({exc})") from None
    if len(blob) > limit:  # cannot happen with zipfile's own checks; kept as the promise
        raise PackageError(f"part {name} is larger than its archive says")
    if b"<!DOCTYPE" in blob or b"<!ENTITY" in blob:
        raise PackageError(
            f"part {name} declares a DTD or entities, which Word never writes; "
            "the file is not read"
        )
    return blob


def parse_part(blob: bytes, name: str) -> Any:
    """Parse one small XML part with entities and the network off."""
    try:
        return etree.fromstring(blob, _SAFE_PARSER)
    except (etree.LxmlError, ValueError) as exc:
        raise PackageError(f"part {name} is not well-formed XML ({exc})") from None
