"""Reading and writing ``.minutes`` draft files (UTF-8 JSON, versioned envelope).

A draft is ``{"format": "minutes-draft", "schema_version": N, "document": {...}}``; the
document part is validated by the pydantic model (strict, unknown fields rejected). Reading
never raises anything but ``DraftError``; writing replaces the file atomically and keeps the
previous version as ``NAME.bak``. The format is documented in ``docs/draft-format.md``.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from ..model.document import MeetingDocument
from ..model.operations import format_path
from .atomic import atomic_write_bytes
from .errors import DraftError
from .migrations import CURRENT_VERSION, migrate

FORMAT_NAME = "minutes-draft"
EXTENSION = ".minutes"
MAX_BYTES = 32 * 1024 * 1024  # a 1000-section draft is about 1 MB
MAX_DEPTH = 64  # the model nests 7 deep; anything deeper is not a draft


def dumps_draft(doc: MeetingDocument) -> str:
    """The file text of ``doc``: stable key order, one field a line, for diffable drafts."""
    body = doc.model_dump_json(indent=1)
    document = body.replace("\n", "\n ")
    return (
        f'{{\n "format": "{FORMAT_NAME}",\n "schema_version": {CURRENT_VERSION},\n'
        f' "document": {document}\n}}\n'
    )


def save_draft(doc: MeetingDocument, path: str | Path, *, backup: bool = True) -> None:
    """Write ``doc`` to ``path`` atomically; on any failure the previous file is untouched."""
    data = dumps_draft(doc).encode("utf-8")
    try:
        atomic_write_bytes(Path(path), data, backup=backup)
    except OSError as exc:
        raise DraftError(path, f"could not save: {exc.strerror or exc}") from exc


def load_draft(path: str | Path) -> MeetingDocument:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise DraftError(path, f"file is too large for a draft ({size // 1_048_576} MB)")
        data = path.read_bytes()
    except DraftError:
        raise
    except IsADirectoryError:
        raise DraftError(path, "is a folder, not a draft file") from None
    except FileNotFoundError:
        raise DraftError(path, "no such file") from None
    except OSError as exc:
        raise DraftError(path, f"cannot read: {exc.strerror or exc}") from None
    return loads_draft(data, source=path.name)


def loads_draft(data: str | bytes, source: str = "<draft>") -> MeetingDocument:
    """Parse, migrate and validate draft text; raise ``DraftError`` naming the problem."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise DraftError(source, "file is too large for a draft")
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]  # a BOM added by a text editor is harmless
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DraftError(
                source, f"not UTF-8 text (byte {exc.start}); is this really a draft file?"
            ) from None
    else:
        text = data
    raw = _parse_json(text, source)
    if not isinstance(raw, dict):
        raise DraftError(source, "not a draft file (expected a JSON object at the top)")
    if raw.get("format") != FORMAT_NAME:
        found = raw.get("format")
        what = f"format is {found!r}" if found is not None else "no 'format' field"
        raise DraftError(source, f"not a Minutes draft ({what}, expected {FORMAT_NAME!r})", "format")
    version = raw.get("schema_version")
    if type(version) is not int:
        raise DraftError(source, "must be a whole number", "schema_version")
    if version > CURRENT_VERSION:
        raise DraftError(
            source,
            f"written by a newer Minutes (format version {version}); "
            f"this version reads up to {CURRENT_VERSION}. Please update Minutes.",
            "schema_version",
        )
    unknown = set(raw) - {"format", "schema_version", "document"}
    if unknown:
        raise DraftError(source, "unknown top-level field", sorted(unknown)[0])
    if "document" not in raw:
        raise DraftError(source, "missing", "document")
    if version < CURRENT_VERSION:
        try:
            raw = migrate(raw, source)
        except DraftError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise DraftError(source, f"cannot upgrade from format version {version}: {exc}") from None
        text = json.dumps(raw, ensure_ascii=False)
    try:
        return _Envelope.model_validate_json(text).document
    except ValidationError as exc:
        raise _validation_error(source, exc) from None


class _Envelope(BaseModel):
    """The whole file, validated in one pass by pydantic's JSON parser (after the checks above)."""

    model_config = ConfigDict(strict=True, extra="forbid")
    format: str
    schema_version: int
    document: MeetingDocument


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed in a draft")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"duplicate field {key!r}")
        out[key] = value
    return out


def _parse_json(text: str, source: str) -> Any:
    depth = _max_depth(text)
    if depth > MAX_DEPTH:
        raise DraftError(source, f"nested too deeply ({depth} levels) to be a draft")
    try:
        return json.loads(
            text,
            parse_constant=_reject_constant,
            object_pairs_hook=_no_duplicates,
            parse_float=_finite_float,
        )
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        if exc.pos >= len(text.rstrip()):
            raise DraftError(source, f"the file ends too early ({where}): truncated?") from None
        raise DraftError(source, f"not valid JSON at {where}: {exc.msg}") from None
    except RecursionError:
        raise DraftError(source, "nested too deeply to be a draft") from None
    except ValueError as exc:  # constants, duplicates, >4300-digit integers
        raise DraftError(source, str(exc)) from None


def _finite_float(token: str) -> float:
    value = float(token)
    if not math.isfinite(value):
        raise ValueError(f"number {token[:20]} is out of range")
    return value


def _max_depth(text: str) -> int:
    """Bracket depth outside strings, found without recursion (json.loads would recurse)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0
    depth = peak = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            peak = max(peak, depth)
            if peak > MAX_DEPTH:
                return peak
        elif ch in "]}":
            depth -= 1
    return peak


_FRIENDLY = {
    "string_type": "expected text",
    "int_type": "expected a whole number",
    "list_type": "expected a list",
    "model_type": "expected an object",
    "dict_type": "expected an object",
    "extra_forbidden": "unknown field (not part of this draft format)",
    "missing": "missing",
    "date_from_datetime_parsing": "expected a date like 2024-05-08",
    "date_parsing": "expected a date like 2024-05-08",
    "time_parsing": "expected a time like 09:30",
    "datetime_parsing": "expected a date and time like 2024-05-08T09:30:00",
    "enum": "not one of the allowed values",
}


def _validation_error(source: str, exc: ValidationError) -> DraftError:
    first = exc.errors(include_url=False)[0]
    field = format_path([k for k in first["loc"] if isinstance(k, (str, int))])
    kind = first["type"]
    message = _FRIENDLY.get(kind, first["msg"])
    if kind == "enum":
        message = first["msg"].replace("Input should be", "must be")
    if kind.startswith(("string_too_long", "too_long")):
        message = first["msg"]
    more = exc.error_count() - 1
    if more:
        message += f" (and {more} more problem{'s' if more > 1 else ''})"
    return DraftError(source, message, field)
