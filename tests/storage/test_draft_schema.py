"""The committed JSON Schema is current and honest: what we write passes, what we refuse fails."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from jsonschema import Draft202012Validator
from model.document_strategies import documents
from test_draft_bad_files import BAD, EXPECTED

from minutes_app.model import MeetingDocument
from minutes_app.resources import EXAMPLES, TEMPLATES
from minutes_app.storage import dumps_draft
from minutes_app.storage.schema import SCHEMA_PATH, schema_text

SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
SHIPPED = sorted(EXAMPLES.glob("*.minutes")) + sorted(TEMPLATES.glob("*.minutes"))

# Bad files that JSON Schema cannot see as bad: it reads 24.0 as an integer, a JSON parser keeps
# the last of duplicate keys, and Python's json.loads guesses UTF-16 from the byte pattern.
SCHEMA_BLIND = {"session-float.minutes", "duplicate-keys.minutes", "utf16-without-bom.minutes"}


def test_committed_schema_is_up_to_date() -> None:
    assert SCHEMA_PATH.read_text(encoding="utf-8") == schema_text(), (
        "resources/schema is stale: run `python -m minutes_app.storage.schema`"
    )


def test_schema_is_a_valid_draft_2020_12_schema_with_identity() -> None:
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"] == "urn:minutes-app:schema:minutes-draft:5"
    assert SCHEMA["title"] and "docs/draft-format.md" in SCHEMA["description"]
    assert SCHEMA["required"] == ["format", "schema_version", "document"]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_draft_matches_the_schema(path: Path) -> None:
    errors = [e.message for e in VALIDATOR.iter_errors(json.loads(path.read_bytes()))]
    assert errors == []


# The errors name their place, so the first failing document needs no (slow) shrinking.
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(doc=documents)
def test_every_draft_the_program_writes_matches_the_schema(doc: MeetingDocument) -> None:
    errors = [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(json.loads(dumps_draft(doc)))]
    assert errors == []


def _parsed(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes())
    except ValueError:
        return None  # not JSON at all: nothing for a schema to judge


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_schema_refuses_what_the_loader_refuses(name: str) -> None:
    instance = _parsed(BAD / name)
    if instance is None:
        assert not EXPECTED[name][1], "only whole-file problems may be invisible to JSON"
        return
    valid = VALIDATOR.is_valid(instance)
    assert valid == (name in SCHEMA_BLIND), name
