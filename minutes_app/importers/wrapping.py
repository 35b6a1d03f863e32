"""Hard-wrapped text (copied from a PDF, an e-mail, a fixed-width file) -> its paragraphs.

A wrapped text has many lines that end at the same right margin. Only then are lines joined:
a line that reached the margin continues on the next one unless that one starts a paragraph
(after a blank line, indented, a label such as 出席：, an item marker) or the line ended a
sentence where the text does not mark paragraphs by indentation. Texts whose lines are whole
paragraphs (web copies, Word) have no common margin and are left alone.
"""

from __future__ import annotations

from .lines import Line, continues, glue_between

_MIN_MARGIN = 40  # columns: narrower "margins" are lists of short lines, not wrapping
_MAX_MARGIN = 200  # wider lines are whole paragraphs
_TERMINAL = ("。", "！", "？", ".", "!", "?", "”", "：", ":")


def _wrapped_at_a_margin(lines: list[Line]) -> list[bool] | None:
    """For a text hard-wrapped at a margin, which lines reach it; None for any other text."""
    if len(lines) < 4:
        return None
    widths = [line.width for line in lines]
    ordered = sorted(widths)
    margin = ordered[int(0.95 * (len(ordered) - 1))]
    if not _MIN_MARGIN <= margin <= _MAX_MARGIN:
        return None
    # Lines cut at the margin come close to it: English wraps a word short of it, and lines
    # mixing half-width characters into CJK text fall short of a margin counted in characters.
    full = [w >= 0.8 * margin for w in widths]
    if sum(full) < max(4, int(0.4 * len(lines))):
        return None
    # Wrapping breaks lines mid-sentence; lines that are whole paragraphs end with a stop.
    open_ends = sum(
        f and not line.text.endswith(_TERMINAL) for f, line in zip(full, lines, strict=True)
    )
    return full if open_ends >= 0.5 * sum(full) else None


def unwrap(lines: list[Line]) -> list[Line]:
    full = _wrapped_at_a_margin(lines)
    if full is None:
        return lines
    # Do paragraphs start indented? Then an unindented line after a full one always continues.
    starts = [line for line in lines[1:] if line.blank_before or line.indented]
    by_indent = bool(starts) and sum(line.indented for line in starts) >= 0.6 * len(starts)
    # Each paragraph is kept as its pieces and joined once at the end: the checks look only
    # at the last piece (a break depends on how that line ends), so the work stays linear in
    # the text however long a paragraph grows (issue 15: re-reading it was quadratic).
    heads: list[Line] = [lines[0]]
    pieces: list[list[str]] = [[lines[0].text]]
    previous_full = full[0]
    for line, is_full in zip(lines[1:], full[1:], strict=True):
        tail = pieces[-1][-1]
        joins = (
            previous_full
            and not line.blank_before
            and not line.indented
            and continues(tail, line.text, at_margin=True, by_indent=by_indent)
        )
        if joins:
            pieces[-1].append(glue_between(tail, line.text))
            pieces[-1].append(line.text)
        else:
            heads.append(line)
            pieces.append([line.text])
        previous_full = is_full
    return [
        line if len(parts) == 1 else Line(line.no, "".join(parts), line.blank_before, line.indented)
        for line, parts in zip(heads, pieces, strict=True)
    ]
