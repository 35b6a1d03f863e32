"""The longest text each field may hold, read from the model's own annotations.

The validator refuses a draft with a longer text (``Meta(max_length=...)``), so the editor asks
here before a value goes in and refuses or cuts it at the input, where the clerk can see why.
"""

import functools
import types
import typing
from typing import Any

from .document import MeetingDocument


def text_limit(path: tuple[str | int, ...]) -> int | None:
    """The most characters the text at ``path`` may have (None: not a limited text field)."""
    return _limit(tuple(key if isinstance(key, str) else 0 for key in path))


@functools.cache
def _limit(shape: tuple[str | int, ...]) -> int | None:
    kind: Any = MeetingDocument
    for key in shape:
        kind, _length = _bare(kind)
        if isinstance(key, int):
            args = typing.get_args(kind)
            if typing.get_origin(kind) is not list or not args:
                return None
            kind = args[0]
        else:
            hints = _hints(kind)
            if key not in hints:
                return None
            kind = hints[key]
    kind, length = _bare(kind)
    return length if kind is str else None


def _bare(kind: Any) -> tuple[Any, int | None]:
    """``Annotated[str, Meta(max_length=n)]`` -> (str, n); ``X | None`` -> X."""
    length = None
    if typing.get_origin(kind) is typing.Annotated:
        for meta in kind.__metadata__:
            length = getattr(meta, "max_length", None) or length
        kind = kind.__origin__
    args = [a for a in typing.get_args(kind) if a is not type(None)]
    if typing.get_origin(kind) in (typing.Union, types.UnionType) and len(args) == 1:
        return _bare(args[0])
    return kind, length


@functools.cache
def _hints(kind: type) -> dict[str, Any]:
    return typing.get_type_hints(kind, include_extras=True) if isinstance(kind, type) else {}
