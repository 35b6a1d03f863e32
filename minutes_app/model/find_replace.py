"""Find and replace across every text field of a draft, in document order.

A text field is one the clerk writes (a limited ``str``: ``limits.text_limit``); codes such as
the locale and choices such as the style are never searched. ``Whole words`` applies to
letters and digits of alphabetic scripts: Chinese has no spaces between words, so a Chinese
match is always whole. Replacing returns the new values and does not set them, so the
editor can apply them as one undo step.
"""

import re
from collections.abc import Iterator
from typing import Any, NamedTuple

from .document import MeetingDocument
from .limits import text_limit
from .operations import Path


class Match(NamedTuple):
    path: Path
    start: int
    end: int


class Query(NamedTuple):
    text: str
    match_case: bool = False
    whole_words: bool = False


def text_fields(doc: MeetingDocument) -> Iterator[tuple[Path, str]]:
    """Every text field and its value, in the order the form and the document show them."""
    yield from _walk(doc, ())


def _walk(node: Any, path: Path) -> Iterator[tuple[Path, str]]:
    for name in node.__struct_fields__:
        value = getattr(node, name)
        here = (*path, name)
        if type(value) is str:
            if text_limit(here) is not None:
                yield here, value
        elif type(value) is list:
            for index, item in enumerate(value):
                if type(item) is str:
                    if text_limit((*here, index)) is not None:
                        yield (*here, index), item
                elif hasattr(item, "__struct_fields__"):
                    yield from _walk(item, (*here, index))
        elif hasattr(value, "__struct_fields__"):
            yield from _walk(value, here)


def find_in(text: str, query: Query) -> list[tuple[int, int]]:
    """Where ``query`` occurs in ``text``: (start, end) pairs, not overlapping."""
    if not query.text:
        return []
    flags = 0 if query.match_case else re.IGNORECASE
    found = []
    for hit in re.finditer(re.escape(query.text), text, flags):
        start, end = hit.span()
        if query.whole_words and not _whole(text, start, end):
            continue
        found.append((start, end))
    return found


def find_all(doc: MeetingDocument, query: Query) -> list[Match]:
    return [
        Match(path, start, end)
        for path, value in text_fields(doc)
        for start, end in find_in(value, query)
    ]


def replace_all(doc: MeetingDocument, query: Query, replacement: str) -> list[tuple[Path, str]]:
    """The new value of every field with a match (the document is not changed)."""
    changes = []
    for path, value in text_fields(doc):
        spans = find_in(value, query)
        if spans:
            changes.append((path, replace_spans(value, spans, replacement)))
    return changes


def replace_spans(text: str, spans: list[tuple[int, int]], replacement: str) -> str:
    parts, last = [], 0
    for start, end in spans:
        parts += [text[last:start], replacement]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _word_char(ch: str) -> bool:
    """A letter or digit of a script that separates words with spaces."""
    return (ch.isalnum() or ch == "_") and not _unspaced(ch)


def _unspaced(ch: str) -> bool:
    code = ord(ch)
    return (
        0x2E80 <= code <= 0x9FFF  # CJK radicals, kana, CJK ideographs
        or 0xAC00 <= code <= 0xD7AF  # Hangul
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF  # full-width forms
        or 0x20000 <= code <= 0x3FFFF
    )


def _whole(text: str, start: int, end: int) -> bool:
    if start > 0 and _word_char(text[start - 1]) and _word_char(text[start]):
        return False
    return not (end < len(text) and _word_char(text[end]) and _word_char(text[end - 1]))
