"""The model's own check of a whole document, with its first problem as one readable line.

The editor assigns fields without validation and importers build documents piece by piece;
``checked_document`` gives the document as loading a saved draft would (text cleaned, every
limit and type checked). Storage and the importers name problems the same way through it.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from enum import Enum
from typing import Any

import msgspec

from .document import SUPPORTED_LOCALES, MeetingDocument, to_plain
from .operations import format_path
from .text import clean_text, clean_tree


class DocumentInvalid(ValueError):
    """The first problem of a document: ``field`` (a path like ``header.date``) and a message."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.message = message
        self.field = field


def checked_document(doc: MeetingDocument) -> MeetingDocument:
    """``doc`` validated and cleaned; ``DocumentInvalid`` names the first field beyond the
    limits."""
    data = to_plain(doc)  # plain data in one pass in C (lone surrogates included)
    try:
        return msgspec.convert(data, MeetingDocument)  # every node cleans its text
    except msgspec.ValidationError:
        pass  # named below as loading would name it, on cleaned text
    return convert_document(clean_tree(data))


def convert_document(data: Any, as_written: Any = None) -> MeetingDocument:
    """Plain data (as parsed from JSON) to a document, or ``DocumentInvalid`` quoting the
    offending value from ``as_written`` (the data before any normalising) when given."""
    try:
        return msgspec.convert(data, MeetingDocument)
    except msgspec.ValidationError as exc:
        raise invalid_document(exc, data if as_written is None else as_written) from None


# Validation errors as one readable line ---------------------------------------------------
# msgspec reports the first problem as "Expected `str`, got `int` - at `$.header.title`"; the
# message is rewritten for a clerk, with the offending value taken from the data itself.

_ERROR = r"(?s)^(?P<problem>.*?)(?: - at `\$(?P<path>[^`]*)`)?$"
_STEP = r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]"
_EXPECTED = {
    "str": "expected text",
    "int": "expected a whole number",
    "array": "expected a list",
    "object": "expected an object",
    "date": "expected a date like 2024-05-08",
    "time": "expected a time like 09:30",
    "datetime": "expected a date and time like 2024-05-08T09:30:00",
}
_ISO_DATE = r"\d{4}-\d{2}-\d{2}$"


def describe_kind(value: Any) -> str:
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


def _path(text: str) -> list[str | int]:
    return [int(index) if index else name for name, index in re.findall(_STEP, text)]


def _value_at(data: Any, path: list[str | int]) -> Any:
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _type_at(path: list[str | int]) -> Any:
    """The declared type of the field at ``path`` (Optional, Annotated and lists unwrapped)."""
    node: Any = MeetingDocument
    for key in path:
        node = _bare(node)
        if isinstance(key, int):
            args = typing.get_args(node)
            node = args[0] if args else None
        else:
            node = typing.get_type_hints(node).get(key) if isinstance(node, type) else None
    return _bare(node)


def _bare(tp: Any) -> Any:
    while True:
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if typing.get_origin(tp) in (typing.Union, typing.Annotated) or (
            args and type(tp).__name__ == "UnionType"
        ):
            tp = args[0]
        else:
            return tp


def _message(problem: str, path: list[str | int], value: Any) -> str:
    if match := re.match(r"Expected `([a-z]+)(?: \| null)?`, got `", problem):
        expected = _EXPECTED.get(match[1], f"expected {match[1]}")
        return f"{expected}, got {describe_kind(value)}"
    if match := re.match(r"Expected `(str|array)` of length <= (\d+)", problem):
        if isinstance(value, str):
            return f"too long ({len(value)} characters, at most {match[2]})"
        count = len(value) if isinstance(value, list) else "?"
        return f"too many entries ({count}, at most {match[2]})"
    if match := re.match(r"Expected `int` (>=|<=) (-?\d+)", problem):
        bound = "at least" if match[1] == ">=" else "at most"
        return f"must be {bound} {match[2]}, got {value}"
    if problem.startswith("Invalid RFC3339"):
        # msgspec may name the date part of a date-time: the declared type says which it is.
        declared = _type_at(path)
        kind = {dt.datetime: "datetime", dt.time: "time"}.get(declared, "date")
        if kind == "date" and isinstance(value, str) and re.match(_ISO_DATE, value):
            return f"{value} is not a day of the calendar"
        return f"{_EXPECTED[kind]}, got {str(value)[:30]!r}"
    if problem.startswith("Invalid enum value"):
        enum = _type_at(path)
        if isinstance(enum, type) and issubclass(enum, Enum):
            names = [repr(member.value) for member in enum]
            allowed = ", ".join(names[:-1]) + f" or {names[-1]}"
            return f"must be {allowed}, got {str(value)[:30]!r}"
        return f"not an allowed value, got {str(value)[:30]!r}"
    if problem.startswith("Expected `str` matching regex") and path[-1:] == ["locale"]:
        return f"must be one of {', '.join(SUPPORTED_LOCALES)}, got {str(value)[:30]!r}"
    return problem


def invalid_document(exc: msgspec.ValidationError, data: Any) -> DocumentInvalid:
    """msgspec's first problem as one line; paths are relative to the document."""
    match = re.match(_ERROR, str(exc))
    problem, where = (match["problem"], match["path"] or "") if match else (str(exc), "")
    path = _path(where)
    unknown = re.match(r"Object (contains unknown|missing required) field `([^`]*)`", problem)
    if unknown:
        path.append(clean_text(unknown[2])[:60])
        message = "missing" if unknown[1].startswith("missing") else (
            "unknown field (not part of this draft format)"
        )
    else:
        message = _message(problem, path, _value_at(data, path))
    return DocumentInvalid(message, format_path(path) or "document")
