"""Reading and writing ``.minutes`` draft files (UTF-8 JSON, versioned envelope).

A draft is ``{"format": "minutes-draft", "schema_version": N, "document": {...}}``; the
document part is validated by the msgspec model (strict, unknown fields rejected). Reading
never raises anything but ``DraftError``; writing replaces the file atomically and keeps the
previous version as ``NAME.bak``. The format is documented in ``docs/draft-format.md``.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from pathlib import Path
from typing import Any, Literal

import msgspec

from ..fileio.atomic import atomic_write_bytes
from ..fileio.bounded_read import UnreadableFile, read_bounded
from ..model import validation
from ..model.document import MeetingDocument
from ..model.text import clean_text
from ..model.text import clean_tree as _clean_tree  # a module name: tests watch the path
from ..model.validation import DocumentInvalid, describe_kind
from . import errors as kinds
from .errors import DraftError
from .file_identity import DraftChangedOnDisk, FileIdentity, identity_on_disk
from .migrations import CURRENT_VERSION, migrate

FORMAT_NAME = "minutes-draft"
EXTENSION = ".minutes"
MAX_BYTES = 32 * 1024 * 1024  # a 1000-section draft is about 1 MB
MAX_DEPTH = 64  # the model nests 7 deep; anything deeper is not a draft
# A JSON escape of a UTF-16 surrogate (\ud83d): a lone one is cleaned before validation.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
MAX_INT_DIGITS = 20  # every number in a draft fits in a few digits; refuse before int() works


class DraftEnvelope(msgspec.Struct, forbid_unknown_fields=True):
    """The whole file of the current version; the JSON Schema is generated from it."""

    format: Literal["minutes-draft"]
    schema_version: Literal[CURRENT_VERSION]  # type: ignore[valid-type]  # a constant
    document: MeetingDocument


_ENCODER = msgspec.json.Encoder()
_ENVELOPE = msgspec.json.Decoder(DraftEnvelope)


# Writing ---------------------------------------------------------------------------------


def dumps_draft(doc: MeetingDocument) -> str:
    """The file text of ``doc``: stable key order, one field a line, for diffable drafts.

    The document is checked first (the editor assigns fields without validation), so a save
    never writes a file that would not load; a broken document raises ``DraftError``.
    """
    body = msgspec.json.format(_ENCODER.encode(checked_document(doc)), indent=1).decode("utf-8")
    document = body.replace("\n", "\n ")
    return (
        f'{{\n "format": "{FORMAT_NAME}",\n "schema_version": {CURRENT_VERSION},\n'
        f' "document": {document}\n}}\n'
    )


def checked_document(doc: MeetingDocument, source: str = "<draft>") -> MeetingDocument:
    """``doc`` as loading its file would give it (``model.validation.checked_document``); a
    ``DraftError`` names the first field beyond the format's limits."""
    try:
        return validation.checked_document(doc)
    except DocumentInvalid as exc:
        raise DraftError(source, exc.message, exc.field) from None


class DraftReadOnly(DraftError):
    """The file is marked read-only: it is not replaced (the clerk may Save As)."""


def save_draft(
    doc: MeetingDocument,
    path: str | Path,
    *,
    backup: bool = True,
    expected: FileIdentity | None = None,
) -> FileIdentity:
    """Write ``doc`` to ``path`` atomically; on any failure the previous file is untouched.

    A read-only file is refused (``DraftReadOnly``), as is a file whose content is no longer
    ``expected`` (``DraftChangedOnDisk``: another program wrote it since we read it). Returns
    the identity of what was written, to compare with before the next save.
    """
    path = Path(path)
    try:
        data = dumps_draft(doc).encode("utf-8")
    except DraftError as exc:
        raise DraftError(path, f"not saved: {exc.message}", exc.field, kind=kinds.NOT_SAVED) from None
    _refuse_read_only(path)
    if expected is not None:
        now = identity_on_disk(path, MAX_BYTES)
        if not expected.same_content(now):
            raise DraftChangedOnDisk(path, now)
    try:
        atomic_write_bytes(path, data, backup=backup)
        info = os.stat(path)
    except OSError as exc:
        raise DraftError(path, f"could not save: {exc.strerror or exc}", kind=kinds.WRITE_FAILED) from exc
    return FileIdentity.of(data, info)


def _refuse_read_only(path: Path) -> None:
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return  # a new file; the folder's own permissions are the atomic writer's business
    # No write bit at all is the owner's "read-only", even for root (who may write anyway).
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise DraftReadOnly(path.name, "is read-only; save your changes under another name (Save As)")


# Reading ---------------------------------------------------------------------------------


def load_draft(path: str | Path) -> MeetingDocument:
    return read_draft(path)[0]


def read_draft(path: str | Path) -> tuple[MeetingDocument, FileIdentity]:
    """The draft and the identity of the bytes it was read from (for ``save_draft``)."""
    path = Path(path)
    try:
        info = os.stat(path)
        data = read_bounded(path, MAX_BYTES)  # regular files only: /dev/zero, FIFOs refused
    except UnreadableFile as exc:
        if exc.size is not None:
            size_mb = exc.size // 1_048_576
            raise DraftError(
                path.name, f"file is too large for a draft ({size_mb} MB)", kind=kinds.TOO_LARGE,
                params={"size_mb": size_mb},
            ) from None
        kind = {"missing": kinds.NOT_FOUND, "denied": kinds.NO_PERMISSION, "io": kinds.UNREADABLE}
        raise DraftError(path.name, str(exc), kind=kind.get(exc.reason, kinds.NOT_A_DRAFT)) from None
    except OSError as exc:
        raise DraftError(path.name, str(_why(exc)), kind=_kind_of(exc)) from None
    return loads_draft(data, source=path.name), FileIdentity.of(data, info)


def _kind_of(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return kinds.NOT_FOUND
    return kinds.NO_PERMISSION if isinstance(exc, PermissionError) else kinds.UNREADABLE


def _why(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied: you may not read this file"
    return f"cannot be read: {exc.strerror or exc}"


def loads_draft(data: str | bytes, source: str = "<draft>") -> MeetingDocument:
    """Parse, migrate and validate draft text; raise ``DraftError`` naming the problem.

    Field paths in errors are relative to ``document`` (``header.date``), like the paths of
    the model operations, except for the envelope's own ``format`` and ``schema_version``.
    """
    if len(data) > MAX_BYTES:
        raise DraftError(source, "file is too large for a draft", kind=kinds.TOO_LARGE, params={"size_mb": 0})
    text = _decode(data, source) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    raw = _parse_json(text, source)
    if not isinstance(raw, dict):
        raise DraftError(source, "not a draft file (expected a JSON object at the top)", kind=kinds.NOT_A_DRAFT)
    if raw.get("format") != FORMAT_NAME:
        found = raw.get("format")
        what = f"format is {str(found)[:40]!r}" if found is not None else "no 'format' field"
        raise DraftError(
            source, f"not a Minutes draft ({what}, expected {FORMAT_NAME!r})", "format", kind=kinds.NOT_A_DRAFT
        )
    if "schema_version" not in raw:
        raise DraftError(source, "missing", "schema_version")
    version = raw["schema_version"]
    if type(version) is not int:
        raise DraftError(source, f"expected a whole number, got {describe_kind(version)}", "schema_version")
    if version > CURRENT_VERSION:
        raise DraftError(
            source,
            f"written by a newer Minutes (format version {version}); "
            f"this version reads up to {CURRENT_VERSION}. Please update Minutes.",
            "schema_version",
            kind=kinds.NEWER,
            params={"version": version, "current": CURRENT_VERSION},
        )
    unknown = set(raw) - {"format", "schema_version", "document"}
    if unknown:
        raise DraftError(source, "unknown top-level field", clean_text(sorted(unknown)[0]))
    if "document" not in raw:
        raise DraftError(source, "missing", "document")
    if version < CURRENT_VERSION:
        try:
            raw = migrate(raw, source)
        except DraftError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DraftError(source, f"cannot upgrade from format version {version}: {exc}") from None
    document = raw["document"]
    if version == CURRENT_VERSION and not _SURROGATE_ESCAPE.search(text):
        # The common case: msgspec decodes the file again in C (faster than converting the
        # parsed objects), and every node cleans its text. Anything it refuses goes through
        # the general path below, so errors are the same either way; only the time differs.
        try:
            return _ENVELOPE.decode(text).document
        except (msgspec.DecodeError, UnicodeEncodeError):  # raw controls, lone surrogates
            pass
    # Clean every string first (lone surrogates are legal as JSON escapes), so the
    # sanitising rule is the same for all text, and accept times without seconds.
    document = _clean_tree(document)
    try:
        return validation.convert_document(_complete_times(document), document)
    except DocumentInvalid as exc:
        raise DraftError(source, exc.message, exc.field) from None


def _decode(data: bytes, source: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM added by a text editor is harmless
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:  # Notepad's "Unicode": unambiguous with its BOM, so read it rather than refuse
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DraftError(source, "broken UTF-16 text; drafts are UTF-8", kind=kinds.NOT_A_DRAFT) from None
    if b"\x00" in data[:4]:
        raise DraftError(
            source, "looks like UTF-16 text without a byte order mark; drafts are UTF-8", kind=kinds.NOT_A_DRAFT
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DraftError(
            source, f"not UTF-8 text (byte {exc.start}); is this really a draft file?", kind=kinds.NOT_A_DRAFT
        ) from None


# Patterns of the slower paths stay strings: ``re`` compiles and caches them on first use,
# not at import (on the editor's start-up path).
_HOUR_MINUTE = r"(\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})?$"


def _complete_times(document: Any) -> Any:
    """``"09:30"`` -> ``"09:30:00"``: hand-written drafts may omit the seconds (the format
    allows it; msgspec reads RFC 3339 times, which have them)."""
    header = document.get("header") if isinstance(document, dict) else None
    if not isinstance(header, dict):
        return document
    completed = dict(header)  # a copy: errors quote the value as the file has it
    for key in ("start_time", "end_time"):
        value = header.get(key)
        match = re.match(_HOUR_MINUTE, value) if isinstance(value, str) else None
        if match:
            completed[key] = f"{match[1]}:00{match[2] or ''}"
    return {**document, "header": completed}


# JSON with the traps closed: depth, NaN/Infinity, huge integers, duplicate keys -----------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a draft")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Refuse a key given twice, also when two keys differ only by characters that cleaning
    removes ("organ\u0001isation"): after cleaning, one would silently replace the other."""
    out: dict[str, Any] = {}
    cleaned: set[str] = set()
    for key, value in pairs:
        clean = clean_text(key)  # free for printable keys (every real one)
        if key in out or clean in cleaned:
            raise ValueError(f"duplicate field {clean[:40]!r}")
        out[key] = value
        cleaned.add(clean)
    return out


def _finite_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise ValueError(f"number {token[:20]} is out of range")
    return value


def _bounded_int(token: str) -> int:
    if len(token.lstrip("-")) > MAX_INT_DIGITS:
        raise ValueError(f"number {token[:12]}… has {len(token.lstrip('-'))} digits, too long")
    return int(token)


def _parse_json(text: str, source: str) -> Any:
    if not text.strip():
        raise DraftError(source, "the file is empty", kind=kinds.EMPTY)
    depth = _max_depth(text)
    if depth > MAX_DEPTH:
        raise DraftError(source, f"nested too deeply (over {MAX_DEPTH} levels) to be a draft")
    try:
        return json.loads(
            text,
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicates,
            parse_float=_finite_float,
            parse_int=_bounded_int,
            strict=False,  # raw control characters in strings are sanitised like escaped ones
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise DraftError(source, f"the file ends too early ({where}): truncated?", kind=kinds.TRUNCATED) from None
        raise DraftError(source, f"not valid JSON at {where}: {exc.msg}", kind=kinds.NOT_A_DRAFT) from None
    except RecursionError:
        raise DraftError(source, "nested too deeply to be a draft") from None
    except ValueError as exc:  # constants, duplicates, huge numbers
        raise DraftError(source, str(exc)) from None


_ESCAPE = r"(?s)\\."  # a backslash and the character it escapes
_STRING = r'"[^"]*"'  # once escapes are gone, a string has no quote inside
_NOT_BRACKET = r"[^\[\]{}]+"
_INNERMOST = r"\[\]|\{\}"


def _max_depth(text: str) -> int:
    """Bracket depth outside strings, in linear time and without recursion (json.loads would
    recurse). Each step is one pass of ``re`` in C with no backtracking: drop escapes, then
    strings, then everything but brackets; then remove the innermost pairs once per level,
    stopping past ``MAX_DEPTH`` (issue 15: a single string pattern was quadratic on runs of
    ``\\"``)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0
    brackets = re.sub(_NOT_BRACKET, "", re.sub(_STRING, "", re.sub(_ESCAPE, "", text)))
    depth = 0
    while brackets and depth <= MAX_DEPTH:
        brackets, pairs = re.subn(_INNERMOST, "", brackets)
        if not pairs:
            break  # unbalanced: json.loads names the error
        depth += 1
    return depth


