"""Upgrades of older draft files, one function per version step.

Each step takes the whole raw envelope (plain JSON data) of version N and returns version N+1.
Steps never drop user text: a field of the old version that the step does not know is an
error naming that field, not something to skip silently.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import DraftError

CURRENT_VERSION = 5

Raw = dict[str, Any]


class _Shape:
    """Type checks of old-version data that name the field, for errors a user can act on."""

    def __init__(self, source: str, version: int) -> None:
        self.source = source
        self.version = version

    def fail(self, field: str, problem: str) -> DraftError:
        where = field or "document"  # paths are relative to the document, as in v2 errors
        return DraftError(self.source, f"{problem} (in a version {self.version} draft)", where)

    def obj(self, value: Any, field: str, known: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(field, "expected an object")
        for key in value:
            if key not in known:
                raise self.fail(f"{field}.{key}" if field else key, "unknown field")
        return value

    def items(self, value: Any, field: str) -> list[Any]:
        if not isinstance(value, list):
            raise self.fail(field, "expected a list")
        return value


_V1_DOCUMENT = {"meeting", "sections", "attendees", "presiders", "notes"}
_V1_SECTION = {"number", "title", "text"}
_V1_ATTENDEE = {"name", "title", "role", "note"}


def _v1_to_v2(raw: Raw, source: str) -> Raw:
    """Version 1 (the 0.0 prototype) stored section numbers and one flat attendee list.

    v1 ``document.sections[]`` had ``number``, ``title`` and ``text``; v2 derives numbers from
    position and keeps sections under ``body`` with ``heading`` and ``body``. v1
    ``document.attendees[]`` were ``{name, title, role[, note]}``; v2 groups them by role, in
    order of first appearance. v1 ``document.meeting`` held the header fields under the same
    names as v2's header, ``presiders`` was already a list of people and ``notes`` a list of
    paragraphs (now ``body.free_paragraphs``).
    """
    shape = _Shape(source, 1)
    old = shape.obj(raw["document"], "", _V1_DOCUMENT)
    meeting = old.get("meeting", {})
    if not isinstance(meeting, dict):  # its fields are v2 header fields, validated later
        raise shape.fail("meeting", "expected an object")

    sections = []
    for i, section in enumerate(shape.items(old.get("sections", []), "sections")):
        section = shape.obj(section, f"sections[{i}]", _V1_SECTION)
        number = section.get("number", 0)
        if type(number) is not int:
            raise shape.fail(f"sections[{i}].number", "expected a whole number")
        sections.append((number, i, section))
    sections.sort(key=lambda entry: entry[:2])  # by the stored number; ties keep file order

    groups: list[dict[str, Any]] = []
    for i, person in enumerate(shape.items(old.get("attendees", []), "attendees")):
        person = shape.obj(person, f"attendees[{i}]", _V1_ATTENDEE)
        role = person.get("role", "present")
        group = next((g for g in groups if g["role"] == role), None)
        if group is None:
            group = {"role": role, "label": "", "people": []}
            groups.append(group)
        group["people"].append({k: person[k] for k in ("name", "title", "note") if k in person})

    document = {
        "header": dict(meeting),
        "people": {
            "presiders": shape.items(old.get("presiders", []), "presiders"),
            "groups": groups,
        },
        "body": {
            "sections": [
                {"heading": s.get("title", ""), "body": s.get("text", "")} for _, _, s in sections
            ],
            "free_paragraphs": shape.items(old.get("notes", []), "notes"),
        },
    }
    return {"format": raw["format"], "schema_version": 2, "document": document}


def _v2_to_v3(raw: Raw, source: str) -> Raw:
    """Version 3 only adds fields, each with a default that prints what version 2 printed
    or more of what the clerk typed: ``document.colophon`` (版记), ``body.attachments``
    (附件), the header's ``classification``, ``urgency``, ``signer``, ``quorum``,
    ``agenda_approved`` and ``initials_in_header``, ``people.signatories``, a section's
    ``minute_ref`` and a group's ``print_titles`` (true: the titles typed in a version 2
    draft are printed, where version 2 dropped them from 纪要 attendance lines).

    Nothing of the old document is touched, so a field version 2 would refuse is refused
    with the same path and message after the upgrade.
    """
    del source  # nothing to check: every version 2 field is a version 3 field
    return {**raw, "schema_version": 3}


def _v3_to_v4(raw: Raw, source: str) -> Raw:
    """Version 4 keeps what an import read as written: ``header.date_text``, a section's
    ``lead_in`` and ``marker``, a sub-item's ``marker``, a group's ``note`` and
    ``body.as_written`` passages. All are new and optional: an older draft has none of them,
    and its text is kept as it is."""
    del source  # nothing to check: every version 3 field is a version 4 field
    return {**raw, "schema_version": 4}


def _v4_to_v5(raw: Raw, source: str) -> Raw:
    """Version 5 adds a group's ``as_table`` (a 纪要 prints the group as a 参会人员 table).
    Its default, false, prints the run-on line version 4 printed; nothing else changes."""
    del source  # nothing to check: every version 4 field is a version 5 field
    return {**raw, "schema_version": 5}


MIGRATIONS: dict[int, Callable[[Raw, str], Raw]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
}


def migrate(raw: Raw, source: str) -> Raw:
    """Upgrade ``raw`` step by step to ``CURRENT_VERSION``."""
    version = raw["schema_version"]
    if version < min(MIGRATIONS):
        raise DraftError(source, f"format version {version} is not known", "schema_version")
    while version < CURRENT_VERSION:
        raw = MIGRATIONS[version](raw, source)
        version = raw["schema_version"]
    return raw
