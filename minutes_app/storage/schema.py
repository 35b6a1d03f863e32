"""The machine-readable JSON Schema of draft files, generated from the msgspec model.

``resources/schema/minutes-draft.schema.json`` is committed so that other tools (editors,
validators, other programs) can check drafts without Python; a test fails when it is stale.
Regenerate it with ``python -m minutes_app.storage.schema``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import msgspec

from ..resources import SCHEMA
from .draft_file import FORMAT_NAME, DraftEnvelope
from .migrations import CURRENT_VERSION

SCHEMA_PATH = SCHEMA / "minutes-draft.schema.json"
SCHEMA_ID = f"urn:minutes-app:schema:{FORMAT_NAME}:{CURRENT_VERSION}"

# JSON Schema's "time" and "date-time" formats (RFC 3339) demand a UTC offset; drafts store
# local wall-clock times without one (an offset is accepted), so these get patterns instead.
# Times may omit the seconds (hand-written drafts); date-times carry them, as Minutes writes.
_HM = r"([01][0-9]|2[0-3]):[0-5][0-9]"
_SECONDS = r":[0-5][0-9](\.[0-9]{1,6})?"
_OFFSET = r"(Z|[+-][0-9]{2}:[0-9]{2})?"
_PATTERNS = {
    "time": f"^{_HM}({_SECONDS})?{_OFFSET}$",
    "date-time": rf"^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}[T ]{_HM}{_SECONDS}{_OFFSET}$",
}


def draft_schema() -> dict[str, Any]:
    """The JSON Schema (Draft 2020-12) of a current-version draft file."""
    generated = msgspec.json.schema(DraftEnvelope)  # {"$ref": ..., "$defs": {...}}
    definitions = generated["$defs"]
    root = definitions.pop(DraftEnvelope.__name__)  # inlined: the file itself is the envelope
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": f"Minutes draft, format version {CURRENT_VERSION}",
        "description": (
            "A '.minutes' file of the Minutes editor: UTF-8 JSON holding a meeting record "
            "(纪要, meeting report or board minutes). Generated from the program's model; "
            "docs/draft-format.md explains every field, the text sanitising rule and the "
            "limits. Numbers of sections and sub-items are never stored: position gives them."
        ),
    }
    schema.update({k: v for k, v in root.items() if k not in ("title", "description")})
    schema["$defs"] = definitions
    return _patch_formats(schema)


def _patch_formats(node: Any) -> Any:
    if isinstance(node, dict):
        out = {k: _patch_formats(v) for k, v in node.items()}
        if out.get("type") == "string" and out.get("format") in _PATTERNS:
            out["pattern"] = _PATTERNS[out.pop("format")]
        return out
    if isinstance(node, list):
        return [_patch_formats(v) for v in node]
    return node


def schema_text() -> str:
    return json.dumps(draft_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema(path: Path = SCHEMA_PATH) -> Path:
    path.write_text(schema_text(), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {write_schema()}")
