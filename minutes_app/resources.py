"""Where the shipped resources (examples, templates, schema, translations) live.

The project runs from its source tree (editable install); resources sit beside the package.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
EXAMPLES = RESOURCES / "examples"
TEMPLATES = RESOURCES / "templates"
SCHEMA = RESOURCES / "schema"
TRANSLATIONS = RESOURCES / "translations"


def example(name: str) -> Path:
    return EXAMPLES / name
