"""The as-written record of an imported text: which draft fields a passage fed, and whether
the clerk has edited them since (then exports print the field, else the passage)."""

from __future__ import annotations

import hashlib
from typing import Any

from msgspec import json

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


def _digest(doc: MeetingDocument, path: str) -> str:
    data = json.encode(value_at(doc, path))  # nodes are msgspec Structs: encoded as saved
    return hashlib.blake2b(data, digest_size=6).hexdigest()


def fingerprint(doc: MeetingDocument, paths: list[str], known: dict[str, str] | None = None) -> str:
    """Short digests of the values at ``paths``, one per path, space-separated; ``known``
    keeps the digests already made for this document (a section's heading and body lines
    both fed it)."""
    known = {} if known is None else known
    digests = []
    for path in paths:
        digest = known.get(path)
        if digest is None:
            digest = known[path] = _digest(doc, path)
        digests.append(digest)
    return " ".join(digests)


def changed_fields(doc: MeetingDocument, passage: Passage) -> set[str]:
    """The fields this passage fed that no longer hold what the import read from it."""
    digests = passage.fingerprint.split()
    if len(digests) != len(passage.feeds):  # not a record this version wrote: all changed
        return set(passage.feeds)
    return {
        path
        for path, digest in zip(passage.feeds, digests, strict=True)
        if _digest(doc, path) != digest
    }


def is_unedited(doc: MeetingDocument, passage: Passage) -> bool:
    """Do the fields this passage fed still hold what the import read from it?"""
    return not changed_fields(doc, passage)
