"""The one error a draft file can raise: it names the file, the field and the problem."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

# What went wrong, for the editor to say in plain words in the interface language (the
# message stays the precise English for the command line and the log).
TOO_LARGE = "too_large"  # params: size_mb (0 when unknown)
NOT_FOUND = "not_found"
NO_PERMISSION = "no_permission"
UNREADABLE = "unreadable"  # another OSError while reading
NOT_A_DRAFT = "not_a_draft"  # not text, not JSON, or JSON of another program
EMPTY = "empty"
TRUNCATED = "truncated"
NEWER = "newer"  # params: version, current
DAMAGED = "damaged"  # a draft, but a field is broken or beyond the format's limits
NOT_SAVED = "not_saved"  # the document would not load again (a field beyond the limits)
WRITE_FAILED = "write_failed"  # the OSError is the exception's __cause__


class DraftError(Exception):
    """A draft that cannot be read or written, with a message fit for a dialog.

    ``str(err)`` reads ``seed.minutes: body.sections[2].heading: expected text, got a number``.
    """

    def __init__(
        self,
        source: str | Path | None,
        message: str,
        field: str = "",
        *,
        kind: str = DAMAGED,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self.source = str(source) if source is not None else ""
        self.field = field
        self.message = message
        self.kind = kind
        self.params = dict(params or {})
        super().__init__(self.__str__())

    def __str__(self) -> str:
        parts = [p for p in (self.source, self.field, self.message) if p]
        return ": ".join(parts)
