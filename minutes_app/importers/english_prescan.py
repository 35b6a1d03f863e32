"""What the English parser learns from the whole text before it places any line.

Which item forms reach a second item (a lone "First, …" is prose), which top lines are a
web page's officers rather than attendance, which short lines are unnumbered headings, and
how many American spellings outweigh British ones.
"""

from __future__ import annotations

from .english_patterns import (
    BARE_HEADING,
    LABEL,
    MINUTES_SUFFIX,
    MINUTES_TITLE,
    OFFICER_LABEL,
    UK_SPELLING,
    US_SPELLING,
)
from .lines import Line
from .outline import Form, Marker


def officers_above_title(lines: list[Line]) -> set[int]:
    """Line numbers of "Chairman: Cllr P. North" lines a council's web page lists above the
    "Minutes of the meeting …" title: the site's officers, not this meeting's attendance."""
    for index, line in enumerate(lines[:20]):
        if MINUTES_TITLE.match(line.text) or MINUTES_SUFFIX.match(line.text):
            return {ln.no for ln in lines[:index] if OFFICER_LABEL.match(ln.text)}
    return set()


def bare_headings(lines: list[Line]) -> set[int]:
    """Line numbers of unnumbered headings in minutes that number no item: a short line of
    capitalised words with no stop, followed by a longer line that ends a sentence."""
    found = set()
    for line, after in zip(lines, lines[1:], strict=False):
        text = line.text
        if (
            len(text) <= 60
            and BARE_HEADING.match(text)
            and not LABEL.match(text)
            and after.text.endswith((".", "!", "?"))
            and len(after.text) > len(text)
            and not BARE_HEADING.match(after.text)
        ):
            found.add(line.no)
    return found


def spelling_evidence(lines: list[Line]) -> int:
    """American spellings less British ones (a council's Cllr counts as British)."""
    text = "\n".join(line.text for line in lines[:400])
    return len(US_SPELLING.findall(text)) - len(UK_SPELLING.findall(text))


def forms_with_second_item(markers: list[Marker | None]) -> set[Form]:
    """Forms that reach a second item somewhere: "First, …" alone is prose, not a list."""
    seen = {m.form for m in markers if m is not None and m.number >= 2}
    always = {Form.ARABIC_DOT, Form.ITEM, Form.DECIMAL, Form.ARABIC_PAREN}
    # Minute references only as a run: one "2025 Budget" line is a heading's year, not a minute.
    if sum(1 for m in markers if m is not None and m.form is Form.MINUTE) < 2:
        seen.discard(Form.MINUTE)
    return seen | always
