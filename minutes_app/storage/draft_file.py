"""Reading and writing ``.minutes`` draft files (UTF-8 JSON, versioned envelope).

A draft is ``{"format": "minutes-draft", "schema_version": N, "document": {...}}``; the
document part is validated by the pydantic model (strict, unknown fields rejected). Reading
never raises anything but ``DraftError``; writing replaces the file atomically and keeps the
previous version as ``NAME.bak``. The format is documented in ``docs/draft-format.md``.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import PydanticSerializationError

from ..model.document import SUPPORTED_LOCALES, MeetingDocument
from ..model.operations import format_path
from ..model.text import clean_text
from .atomic import atomic_write_bytes
from .errors import DraftError
from .migrations import CURRENT_VERSION, migrate

FORMAT_NAME = "minutes-draft"
EXTENSION = ".minutes"
MAX_BYTES = 32 * 1024 * 1024  # a 1000-section draft is about 1 MB
MAX_DEPTH = 64  # the model nests 7 deep; anything deeper is not a draft
# A JSON escape of a UTF-16 surrogate (\ud83d); a lone one cannot reach pydantic's parser.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
MAX_INT_DIGITS = 20  # every number in a draft fits in a few digits; refuse before int() works


class DraftEnvelope(BaseModel):
    """The whole file of the current version; the JSON Schema is generated from it."""

    model_config = ConfigDict(strict=True, extra="forbid", title="Minutes draft")
    format: Literal["minutes-draft"]
    schema_version: Literal[CURRENT_VERSION]  # type: ignore[valid-type]  # a constant
    document: MeetingDocument


# Writing ---------------------------------------------------------------------------------


def dumps_draft(doc: MeetingDocument) -> str:
    """The file text of ``doc``: stable key order, one field a line, for diffable drafts.

    The document is checked first (the editor assigns fields without validation), so a save
    never writes a file that would not load; a broken document raises ``DraftError``.
    """
    body = _checked(doc).model_dump_json(indent=1)
    document = body.replace("\n", "\n ")
    return (
        f'{{\n "format": "{FORMAT_NAME}",\n "schema_version": {CURRENT_VERSION},\n'
        f' "document": {document}\n}}\n'
    )


def _checked(doc: MeetingDocument, source: str = "<draft>") -> MeetingDocument:
    """``doc`` as loading its file would give it: text cleaned, every field validated."""
    try:
        # One pass in Rust; the model's validators clean every text field on the way back.
        text = doc.model_dump_json(warnings=False)
    except PydanticSerializationError:
        # A lone surrogate cannot be encoded: clean the tree in Python first (rare and slower).
        # JSON mode keeps enum members and plain strings alike ("news"), like a file would.
        data = _clean_tree(doc.model_dump(mode="json", warnings=False))
        text = json.dumps(data, ensure_ascii=False)
    try:
        return MeetingDocument.model_validate_json(text)
    except ValidationError as exc:
        raise _validation_error(source, exc) from None


def save_draft(doc: MeetingDocument, path: str | Path, *, backup: bool = True) -> None:
    """Write ``doc`` to ``path`` atomically; on any failure the previous file is untouched."""
    try:
        data = dumps_draft(doc).encode("utf-8")
    except DraftError as exc:
        raise DraftError(path, f"not saved: {exc.message}", exc.field) from None
    try:
        atomic_write_bytes(Path(path), data, backup=backup)
    except OSError as exc:
        raise DraftError(path, f"could not save: {exc.strerror or exc}") from exc


# Reading ---------------------------------------------------------------------------------


def load_draft(path: str | Path) -> MeetingDocument:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DraftError(path.name, f"file is too large for a draft ({size // 1_048_576} MB)")
        data = path.read_bytes()
    except DraftError:
        raise
    except IsADirectoryError:
        raise DraftError(path.name, "is a folder, not a draft file") from None
    except FileNotFoundError:
        raise DraftError(path.name, "no such file") from None
    except OSError as exc:
        raise DraftError(path.name, f"cannot read: {exc.strerror or exc}") from None
    return loads_draft(data, source=path.name)


def loads_draft(data: str | bytes, source: str = "<draft>") -> MeetingDocument:
    """Parse, migrate and validate draft text; raise ``DraftError`` naming the problem.

    Field paths in errors are relative to ``document`` (``header.date``), like the paths of
    the model operations, except for the envelope's own ``format`` and ``schema_version``.
    """
    if len(data) > MAX_BYTES:
        raise DraftError(source, "file is too large for a draft")
    text = _decode(data, source) if isinstance(data, bytes) else data.removeprefix("\ufeff")
    raw = _parse_json(text, source)
    if not isinstance(raw, dict):
        raise DraftError(source, "not a draft file (expected a JSON object at the top)")
    if raw.get("format") != FORMAT_NAME:
        found = raw.get("format")
        what = f"format is {str(found)[:40]!r}" if found is not None else "no 'format' field"
        raise DraftError(source, f"not a Minutes draft ({what}, expected {FORMAT_NAME!r})", "format")
    if "schema_version" not in raw:
        raise DraftError(source, "missing", "schema_version")
    version = raw["schema_version"]
    if type(version) is not int:
        raise DraftError(source, f"expected a whole number, got {_kind(version)}", "schema_version")
    if version > CURRENT_VERSION:
        raise DraftError(
            source,
            f"written by a newer Minutes (format version {version}); "
            f"this version reads up to {CURRENT_VERSION}. Please update Minutes.",
            "schema_version",
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
    if version == CURRENT_VERSION and not _SURROGATE_ESCAPE.search(text):
        # The common case: pydantic parses the file itself, and the model's validators clean
        # every text field. Anything it refuses goes through the general path below, so errors
        # (and the text fixed up there) are the same either way; only the time differs.
        try:
            return DraftEnvelope.model_validate_json(text).document
        except ValidationError:
            pass
    # Clean every string before pydantic sees it: lone surrogates (legal as JSON escapes)
    # cannot even be encoded for its parser, and the sanitising rule is the same for all text.
    document = json.dumps(_clean_tree(raw["document"]), ensure_ascii=False)
    try:
        return MeetingDocument.model_validate_json(document)
    except ValidationError as exc:
        raise _validation_error(source, exc) from None


def _decode(data: bytes, source: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a BOM added by a text editor is harmless
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:  # Notepad's "Unicode": unambiguous with its BOM, so read it rather than refuse
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise DraftError(source, "broken UTF-16 text; drafts are UTF-8") from None
    if b"\x00" in data[:4]:
        raise DraftError(source, "looks like UTF-16 text without a byte order mark; drafts are UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DraftError(
            source, f"not UTF-8 text (byte {exc.start}); is this really a draft file?"
        ) from None


def _clean_tree(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k): _clean_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_clean_tree(v) for v in value]
    return value


# JSON with the traps closed: depth, NaN/Infinity, huge integers, duplicate keys -----------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a draft")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate field {clean_text(key)[:40]!r}")
        out[key] = value
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
        raise DraftError(source, "the file is empty")
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
            raise DraftError(source, f"the file ends too early ({where}): truncated?") from None
        raise DraftError(source, f"not valid JSON at {where}: {exc.msg}") from None
    except RecursionError:
        raise DraftError(source, "nested too deeply to be a draft") from None
    except ValueError as exc:  # constants, duplicates, huge numbers
        raise DraftError(source, str(exc)) from None


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


def _max_depth(text: str) -> int:
    """Bracket depth outside strings, found without recursion (json.loads would recurse)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0
    depth = peak = 0
    for match in _BRACKET.finditer(_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            if depth > peak:
                peak = depth
                if peak > MAX_DEPTH:
                    break
        else:
            depth -= 1
    return peak


# Validation errors as one readable line ---------------------------------------------------

_FRIENDLY = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "list_type": "expected a list",
    "model_type": "expected an object",
    "model_attributes_type": "expected an object",
    "dict_type": "expected an object",
    "extra_forbidden": "unknown field (not part of this draft format)",
    "missing": "missing",
    "date_type": "expected a date like 2024-05-08",
    "date_from_datetime_parsing": "expected a date like 2024-05-08",
    "date_from_datetime_inexact": "expected a date like 2024-05-08",
    "date_parsing": "expected a date like 2024-05-08",
    "time_type": "expected a time like 09:30",
    "time_parsing": "expected a time like 09:30",
    "datetime_type": "expected a date and time like 2024-05-08T09:30:00",
    "datetime_parsing": "expected a date and time like 2024-05-08T09:30:00",
    "datetime_from_date_parsing": "expected a date and time like 2024-05-08T09:30:00",
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_SHOW_INPUT = {"string_type", "int_type", "list_type", "model_type", "model_attributes_type",
               "dict_type", "date_type", "time_type", "datetime_type"}


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _message(error: Any, field: str) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    if kind in _FRIENDLY:
        message = _FRIENDLY[kind]
        if kind in _SHOW_INPUT:
            message += f", got {_kind(value)}"
        elif kind.endswith("_parsing") and isinstance(value, str):
            if kind.startswith("date") and _ISO_DATE.match(value):
                return f"{value[:10]} is not a day of the calendar"
            message += f", got {value[:30]!r}"
        return message
    if kind == "enum":
        return error["msg"].replace("Input should be", "must be") + f", got {str(value)[:30]!r}"
    if kind in ("too_long", "string_too_long"):
        if isinstance(value, str):
            return f"too long ({len(value)} characters, at most {ctx.get('max_length')})"
        return f"too many entries ({len(value)}, at most {ctx.get('max_length')})"
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')}, got {value}"
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le')}, got {value}"
    if kind == "string_pattern_mismatch" and field.endswith("locale"):
        return f"must be one of {', '.join(SUPPORTED_LOCALES)}, got {str(value)[:30]!r}"
    return error["msg"]


def _validation_error(source: str, exc: ValidationError) -> DraftError:
    first = exc.errors(include_url=False)[0]
    field = format_path([k for k in first["loc"] if isinstance(k, (str, int))]) or "document"
    message = _message(first, field)
    more = exc.error_count() - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return DraftError(source, message, field)
