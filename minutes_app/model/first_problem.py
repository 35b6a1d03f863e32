"""Where and why plain data does not fit the document model, found by walking it against the
model's declared types (``msgspec.inspect``): msgspec decides *that* a document is refused, this
says which field and why in words for a clerk, without parsing msgspec's own messages.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import Enum
from functools import cache
from typing import Any

import msgspec
import msgspec.inspect as mi

from .document import SUPPORTED_LOCALES, MeetingDocument
from .text import clean_text
from .validation import describe_kind

_EXPECTED = {
    "str": "expected text",
    "int": "expected a whole number",
    "bool": "expected true or false",
    "array": "expected a list",
    "object": "expected an object",
    "null": "expected nothing (null)",
    "date": "expected a date like 2024-05-08",
    "time": "expected a time like 09:30",
    "datetime": "expected a date and time like 2024-05-08T09:30:00",
}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_UNKNOWN_FIELD = "unknown field (not part of this draft format)"

Path = list[str | int]
# (where, what is wrong given the value as written); None when the data fits.
Problem = tuple[Path, Callable[[Any], str]] | None


@cache
def _document_type() -> mi.Type:
    return mi.type_info(MeetingDocument)


def first_problem(data: Any) -> Problem:
    """The first place (in reading order) where ``data`` does not fit the document model."""
    return _check(data, _document_type(), [])


def _expected(kind: str) -> Callable[[Any], str]:
    return lambda value: f"{_EXPECTED[kind]}, got {describe_kind(value)}"


def _check(value: Any, tp: mi.Type, path: Path) -> Problem:
    if isinstance(tp, mi.Metadata):
        return _check(value, tp.type, path)
    if isinstance(tp, mi.UnionType):
        return _check_union(value, tp, path)
    if isinstance(tp, mi.StructType):
        return _check_struct(value, tp, path)
    if isinstance(tp, mi.ListType):
        return _check_list(value, tp, path)
    if isinstance(tp, mi.StrType):
        return _check_str(value, tp, path)
    if isinstance(tp, mi.IntType):
        return _check_int(value, tp, path)
    if isinstance(tp, mi.BoolType):
        return None if isinstance(value, bool) else (path, _expected("bool"))
    if isinstance(tp, mi.NoneType):
        return None if value is None else (path, _expected("null"))
    if isinstance(tp, mi.EnumType):
        return _check_enum(value, tp.cls, path)
    if isinstance(tp, (mi.DateType, mi.TimeType, mi.DateTimeType)):
        return _check_moment(value, tp, path)
    return None  # a type the model does not use: msgspec's own word stands (below)


def _check_union(value: Any, tp: mi.UnionType, path: Path) -> Problem:
    problems = [_check(value, option, path) for option in tp.types]
    if any(problem is None for problem in problems):
        return None
    # "expected a date …, got a number" rather than "expected nothing" for an optional date
    return next(p for p, option in zip(problems, tp.types, strict=True)
                if not isinstance(option, mi.NoneType))


def _check_struct(value: Any, tp: mi.StructType, path: Path) -> Problem:
    if not isinstance(value, dict):
        return path, _expected("object")
    fields = {f.encode_name: f for f in tp.fields}
    for name, item in value.items():  # in the order written, as msgspec reads them
        field = fields.get(name)
        if field is None:
            if tp.forbid_unknown_fields:
                return [*path, clean_text(str(name))[:60]], lambda _v: _UNKNOWN_FIELD
            continue
        problem = _check(item, field.type, [*path, name])
        if problem is not None:
            return problem
    missing = [f.encode_name for f in tp.fields if f.required and f.encode_name not in value]
    return ([*path, missing[0]], lambda _v: "missing") if missing else None


def _check_list(value: Any, tp: mi.ListType, path: Path) -> Problem:
    if not isinstance(value, list):
        return path, _expected("array")
    if tp.max_length is not None and len(value) > tp.max_length:
        return path, lambda v: f"too many entries ({len(v)}, at most {tp.max_length})"
    for index, item in enumerate(value):
        problem = _check(item, tp.item_type, [*path, index])
        if problem is not None:
            return problem
    return None


def _check_str(value: Any, tp: mi.StrType, path: Path) -> Problem:
    if not isinstance(value, str):
        return path, _expected("str")
    if tp.max_length is not None and len(value) > tp.max_length:
        return path, lambda v: f"too long ({len(v)} characters, at most {tp.max_length})"
    if tp.pattern is not None and not re.search(tp.pattern, value):
        if path[-1:] == ["locale"]:
            return path, lambda v: f"must be one of {', '.join(SUPPORTED_LOCALES)}, got {str(v)[:30]!r}"
        return path, lambda v: f"not in the expected form, got {str(v)[:30]!r}"
    return None


def _check_int(value: Any, tp: mi.IntType, path: Path) -> Problem:
    if isinstance(value, bool) or not isinstance(value, int):
        return path, _expected("int")
    if tp.ge is not None and value < tp.ge:
        return path, lambda v: f"must be at least {tp.ge}, got {v}"
    if tp.le is not None and value > tp.le:
        return path, lambda v: f"must be at most {tp.le}, got {v}"
    return None


def _check_enum(value: Any, enum: type[Enum], path: Path) -> Problem:
    allowed = [member.value for member in enum]
    if value in allowed and type(value) is type(allowed[0]):
        return None
    names = [repr(v) for v in allowed]
    listed = ", ".join(names[:-1]) + f" or {names[-1]}"
    return path, lambda v: f"must be {listed}, got {str(v)[:30]!r}"


_MOMENTS = {mi.DateType: (dt.date, "date"), mi.TimeType: (dt.time, "time"),
            mi.DateTimeType: (dt.datetime, "datetime")}


def _check_moment(value: Any, tp: mi.Type, path: Path) -> Problem:
    python_type, kind = _MOMENTS[type(tp)]
    if not isinstance(value, str):
        return path, _expected(kind)
    try:
        msgspec.convert(value, python_type)  # msgspec decides what it accepts
    except msgspec.ValidationError:
        if kind == "date" and _ISO_DATE.match(value):
            return path, lambda v: f"{v} is not a day of the calendar"
        return path, lambda v: f"{_EXPECTED[kind]}, got {str(v)[:30]!r}"
    return None


