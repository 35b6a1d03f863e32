"""The model's own check of a whole document, with its first problem as one readable line.

The editor assigns fields without validation and importers build documents piece by piece;
``checked_document`` gives the document as loading a saved draft would (text cleaned, every
limit and type checked). Storage and the importers name problems the same way through it.
"""

from __future__ import annotations

from typing import Any

import msgspec

from .document import MeetingDocument, to_plain
from .operations import format_path
from .text import clean_tree


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
        raise invalid_document(exc, data, as_written) from None


# Validation errors as one readable line ---------------------------------------------------
# msgspec says *that* the data does not fit the model; which field and why is found by walking
# the data against the model's declared types (first_problem.py), so no message of msgspec's is
# parsed. The offending value is quoted from the data as the clerk wrote it.

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


def _value_at(data: Any, path: list[str | int]) -> Any:
    for key in path:
        try:
            data = data[key]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def invalid_document(exc: msgspec.ValidationError, data: Any, as_written: Any = None) -> DocumentInvalid:
    """The first problem of ``data`` as one line; paths are relative to the document."""
    from .first_problem import first_problem  # only when a document does not fit

    problem = first_problem(data)
    if problem is None:  # the walk and msgspec disagree: msgspec's own words, not nothing
        return DocumentInvalid(str(exc), "document")
    path, describe = problem
    value = _value_at(data if as_written is None else as_written, path)
    return DocumentInvalid(describe(value), format_path(path) or "document")
