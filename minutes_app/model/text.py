"""Text hygiene shared by every way text enters a document.

XML 1.0 (and so .docx) cannot hold most C0 controls, lone surrogates or U+FFFE/U+FFFF, and
pasted text often carries vertical tabs and form feeds. Every string of the model passes through
``clean_text`` (on load, on input and again on export), so the draft, the HTML and the .docx
always agree on what the text is.
"""

from __future__ import annotations

import re
from typing import Any

# Soft line breaks and page breaks from word processors become plain newlines.
_BREAKS = str.maketrans({"\v": "\n", "\f": "\n", "\u2028": "\n", "\u2029": "\n", "\r": "\n"})
# C0 controls except tab and newline, DEL, C1 controls, lone surrogates, non-characters.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Return ``value`` with line breaks normalised and XML-unsafe characters removed."""
    if value.isprintable():  # fast path: nothing to clean in the common case
        return value
    value = value.replace("\r\n", "\n").translate(_BREAKS)
    return _FORBIDDEN.sub("", value)


def one_line(value: str) -> str:
    """``value`` with its line breaks taken out, for fields printed on one line (a name, a
    title, a place): 陈⏎建华 -> 陈建华 between Chinese characters, Margaret⏎Ellis -> Margaret
    Ellis elsewhere. Nothing but the breaks (and spaces around them) changes."""
    value = clean_text(value)
    if "\n" not in value:
        return value
    parts = [part.strip(" \t") for part in value.split("\n")]
    out = ""
    for part in parts:
        if not part:
            continue
        if out and not (_wide(out[-1]) and _wide(part[0])):
            out += " "
        out += part
    return out


def _wide(ch: str) -> bool:
    """CJK and full-width characters: no space is written between them."""
    return ord(ch) >= 0x2E80


def clean_tree(value: Any) -> Any:
    """JSON-like data (dicts, lists, text) with every string, keys too, passed through
    ``clean_text``; other values are returned as they are."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k): clean_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [clean_tree(v) for v in value]
    return value


def has_forbidden(value: str) -> bool:
    """True when ``clean_text`` would change ``value`` beyond line-break normalisation."""
    return bool(_FORBIDDEN.search(value.replace("\r", "").translate(_BREAKS)))
