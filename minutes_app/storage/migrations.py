"""Upgrades of older draft files, one function per version step.

Each step takes the whole raw envelope (plain JSON data) of version N and returns version N+1.
Steps never drop user text: anything that has no place in the new version goes into the
document's free paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import DraftError

CURRENT_VERSION = 2

Raw = dict[str, Any]


def _v1_to_v2(raw: Raw) -> Raw:
    """Version 1 (the 0.0 prototype) stored section numbers and one flat attendee list.

    v1 ``document.sections[]`` had ``number``, ``title`` and ``text``; v2 derives numbers from
    position and keeps sections under ``body`` with ``heading`` and ``body``. v1
    ``document.attendees[]`` were ``{name, title, role}``; v2 groups them by role, in order.
    v1 ``document.meeting`` held the header fields under the same names as v2's header.
    """
    old = raw["document"]
    header = dict(old.get("meeting", {}))
    sections = sorted(old.get("sections", []), key=lambda s: s.get("number", 0))
    groups: list[dict[str, Any]] = []
    for person in old.get("attendees", []):
        role = person.get("role", "present")
        group = next((g for g in groups if g["role"] == role), None)
        if group is None:
            group = {"role": role, "label": "", "people": []}
            groups.append(group)
        group["people"].append({"name": person.get("name", ""), "title": person.get("title", "")})
    document = {
        "header": header,
        "people": {"presiders": old.get("presiders", []), "groups": groups},
        "body": {
            "sections": [
                {"heading": s.get("title", ""), "body": s.get("text", "")} for s in sections
            ],
            "free_paragraphs": list(old.get("notes", [])),
        },
    }
    return {"format": raw["format"], "schema_version": 2, "document": document}


MIGRATIONS: dict[int, Callable[[Raw], Raw]] = {1: _v1_to_v2}


def migrate(raw: Raw, source: str) -> Raw:
    version = raw["schema_version"]
    if version < min(MIGRATIONS):
        raise DraftError(source, f"format version {version} is not known", "schema_version")
    while version < CURRENT_VERSION:
        raw = MIGRATIONS[version](raw)
        version = raw["schema_version"]
    return raw
