"""The as-written record of an imported text: which draft fields a passage fed, and whether
the clerk has edited them since (then exports print the field, else the passage)."""

from __future__ import annotations

import hashlib
from typing import Any

from msgspec import json, to_builtins

from .document import MeetingDocument, Passage


def value_at(doc: MeetingDocument, path: str) -> Any:
    """The value at a path such as ``header.date``, ``people.groups`` or ``body.sections[2]``
    (None when it is no longer there)."""
    node: Any = doc
    for part in path.split("."):
        name, _, index = part.partition("[")
        node = getattr(node, name, None)
        if index:
            position = int(index.rstrip("]"))
            node = node[position] if isinstance(node, list) and position < len(node) else None
    return node


def fingerprint(doc: MeetingDocument, paths: list[str]) -> str:
    """A short digest of the values at ``paths`` (empty for no paths)."""
    if not paths:
        return ""
    data = json.encode([to_builtins(value_at(doc, path)) for path in paths])
    return hashlib.blake2b(data, digest_size=8).hexdigest()


def is_unedited(doc: MeetingDocument, passage: Passage) -> bool:
    """Do the fields this passage fed still hold what the import read from it?"""
    return fingerprint(doc, list(passage.feeds)) == passage.fingerprint
