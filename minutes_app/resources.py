"""Where the shipped resources (examples, templates, schema, translations) live.

In a checkout (and an editable install) they are the ``resources/`` folder beside the package;
an installed wheel carries the same files as the data package ``minutes_app._resources``.
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent
_CHECKOUT = _HERE.parent / "resources"
RESOURCES = _CHECKOUT if _CHECKOUT.is_dir() else _HERE / "_resources"
EXAMPLES = RESOURCES / "examples"
TEMPLATES = RESOURCES / "templates"
SCHEMA = RESOURCES / "schema"
TRANSLATIONS = RESOURCES / "translations"


def example(name: str) -> Path:
    return EXAMPLES / name
