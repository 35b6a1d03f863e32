"""Line breaks a draft file holds in fields printed on one line (a name, a title, a unit).

Loading takes them out (``model.text.one_line``), so the document prints as the clerk meant;
``minutes validate`` names each such field, so a draft written by another program or by hand
can be fixed at its source.
"""

from __future__ import annotations

import json
import typing
from pathlib import Path
from typing import Any

from ..model.document import MeetingDocument, Node, one_line_fields
from ..model.operations import format_path

_BREAKS = ("\n", "\r", "\v", "\f", "\u2028", "\u2029")


def one_line_breaks(path: str | Path) -> list[str]:
    """Model paths (``people.groups[0].people[3].name``) of one-line fields with a line break
    in the file at ``path``; the file is assumed to load (call after ``load_draft``)."""
    try:
        raw = json.loads(Path(path).read_bytes().decode("utf-8-sig"))
    except (OSError, ValueError):
        return []  # UTF-16 and the like: loading has checked it, nothing more to say here
    document = raw.get("document") if isinstance(raw, dict) else None
    found: list[str] = []
    _walk(MeetingDocument, document, (), found)
    return found


def _walk(cls: type, data: Any, path: tuple, found: list[str]) -> None:
    if not isinstance(data, dict):
        return
    hints = typing.get_type_hints(cls)
    lines = one_line_fields(cls)
    for name, value in data.items():
        here = (*path, name)
        if name in lines:
            values = value if isinstance(value, list) else [value]
            for i, text in enumerate(values):
                if isinstance(text, str) and any(b in text for b in _BREAKS):
                    found.append(format_path((*here, i) if isinstance(value, list) else here))
            continue
        hint = hints.get(name)
        args = typing.get_args(hint)
        item = args[0] if typing.get_origin(hint) is list and args else hint
        if isinstance(item, type) and issubclass(item, Node):
            if isinstance(value, list):
                for i, element in enumerate(value):
                    _walk(item, element, (*here, i), found)
            else:
                _walk(item, value, here, found)
