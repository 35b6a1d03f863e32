"""What a form field or table column edits: a name below a path, a kind and a label."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, NamedTuple

from .i18n import _
from .labels import choice_label


class Kind(StrEnum):
    TEXT = "text"  # one line
    MULTILINE = "multiline"  # paragraphs (edited in a detail form, shown elided in tables)
    OPTIONAL_INT = "optional_int"  # a whole number or nothing
    CHOICE = "choice"  # one of ``choices`` (an enum)
    OPTIONAL_DATE = "optional_date"


class FieldSpec(NamedTuple):
    name: str | None  # attribute of the row's item; None when the row is the value (list[str])
    label: str  # message id, marked with N_
    kind: Kind = Kind.TEXT
    choices: dict[Any, str] | None = None  # value -> message id
    roster_name: bool = False  # completes from the roster and fills the row's title

    def display(self, value: Any) -> str:
        if value is None:
            return ""
        match self.kind:
            case Kind.CHOICE:
                return choice_label(self.choices or {}, value)
            case Kind.OPTIONAL_DATE:
                return value.isoformat() if isinstance(value, dt.date) else str(value)
            case Kind.MULTILINE:
                first, _sep, rest = str(value).partition("\n")
                return first + (" …" if rest else "")
        return str(value)

    @property
    def title(self) -> str:
        return _(self.label)
