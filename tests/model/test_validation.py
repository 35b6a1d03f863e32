"""The first problem of a document is found by walking it against the model's declared types,
not by reading msgspec's English: the walk and msgspec agree on what fits, field by field."""

from __future__ import annotations

import copy
from typing import Any

import msgspec
from hypothesis import given, settings
from hypothesis import strategies as st

from minutes_app.model.document import MeetingDocument, to_plain
from minutes_app.model.first_problem import first_problem
from minutes_app.model.operations import format_path
from minutes_app.model.validation import convert_document
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

BASES = [to_plain(load_draft(path)) for path in sorted(EXAMPLES.glob("*.minutes"))]
JUNK = [
    None, 1, -5, 0, 1.5, True, "x", "y" * 3000, [], {}, {"a": 1}, [1, 2], "2024-05-08",
    "2024-02-30", "08/05/2024", "25:00:00", "09:30:00", "2024-05-08T09:30:00", "in_person",
    "fr_FR", "zh_CN",
]


def _places(node: Any, path: tuple = ()) -> list[tuple]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, (*path, index))
    return found


def _mutated(draw) -> dict:
    data = copy.deepcopy(draw(st.sampled_from(BASES)))
    for _ in range(draw(st.integers(1, 3))):
        *parents, last = draw(st.sampled_from(_places(data)[1:]))
        node = data
        for key in parents:
            node = node[key]
        value = draw(st.sampled_from([*JUNK, "unknown-field"]))
        if value == "unknown-field" and isinstance(node, dict):
            node["colour"] = "red"
        else:
            node[last] = copy.deepcopy(value)  # JUNK is shared: never mutate it
    return data


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_walk_finds_a_problem_exactly_when_msgspec_refuses(data) -> None:
    document = _mutated(data.draw)
    try:
        msgspec.convert(document, MeetingDocument)
    except msgspec.ValidationError:
        accepted = False
    else:
        accepted = True
    problem = first_problem(document)
    assert (problem is None) == accepted, problem and format_path(problem[0])


def test_messages_name_the_field_and_quote_what_was_written() -> None:
    cases = [
        (("header", "session_number", 0), ("header.session_number", "must be at least 1, got 0")),
        (("header", "locale", "fr_FR"), ("header.locale", "must be one of zh_CN, en_GB, en_US, got 'fr_FR'")),
        (("header", "style", "minutes"), ("header.style", "must be 'jiyao', 'news' or 'board', got 'minutes'")),
        (("header", "date", "2024-02-30"), ("header.date", "2024-02-30 is not a day of the calendar")),
        (("header", "start_time", 930), ("header.start_time", "expected a time like 09:30, got a number")),
        (("header", "agenda_approved", "yes"), ("header.agenda_approved", "expected true or false, got text")),
        (("header", "deck", ["副题"] * 21), ("header.deck", "too many entries (21, at most 20)")),
        (("header", "colour", "red"), ("header.colour", "unknown field (not part of this draft format)")),
    ]
    for (part, field, value), (where, message) in cases:
        document = copy.deepcopy(BASES[0])
        document[part][field] = value
        try:
            convert_document(document)
        except ValueError as exc:
            assert (exc.field, exc.message) == (where, message)
        else:
            raise AssertionError(f"{where} = {value!r} was accepted")
