"""Text -> ``MeetingDocument``: normalise, drop web furniture, then the language's recognisers."""

from __future__ import annotations

from ..model.as_written import fingerprint
from ..model.document import MAX_ITEMS, MAX_TEXT, MeetingDocument, Passage
from ..model.validation import DocumentInvalid, checked_document
from .boilerplate import strip_boilerplate
from .chinese import ChineseParser
from .english import EnglishParser
from .lines import LATIN_RE, Line, is_chinese, split_lines
from .result import N_, ImportWarning
from .wrapping import unwrap


def build_document(text: str) -> tuple[MeetingDocument, list[ImportWarning]]:
    lines = split_lines(text)
    if not lines:
        return MeetingDocument(), [ImportWarning.of(None, N_("no text to import"))]
    # Web furniture goes line by line before hard wraps are joined: a joined line would
    # carry the report's first sentence away with the "打印本页" it was glued to.
    lines, warnings = strip_boilerplate(lines)
    lines = unwrap(lines)
    if not lines:
        return MeetingDocument(), [*warnings, ImportWarning.of(None, N_("no text left to import"))]
    found: list[ImportWarning] = []
    parser = EnglishParser(found) if _is_english(lines) else ChineseParser(found)
    parser.run(lines)
    try:
        doc = checked_document(parser.doc)  # the draft's limits, as a saved file would have
        doc.body.as_written = _passages(doc, parser.as_written())
    except DocumentInvalid as exc:
        # Only input far outside any real minutes gets here (a field beyond the model's
        # limits): keep every line rather than fail, and say why.
        doc, found = _plain(lines, exc)
    warnings += found
    warnings.sort(key=lambda w: (w.line is not None, w.line or 0))
    return doc, warnings


def _passages(doc: MeetingDocument, read: list[tuple[str, list[str]]]) -> list[Passage]:
    """The source paragraphs as written, each with the fields it fed and their values now."""
    if len(read) > MAX_ITEMS:  # beyond any real minutes: the draft keeps its fields only
        return []
    out = []
    known: dict[str, str] = {}
    for text, feeds in read:
        if len(feeds) > 32:  # one paragraph holding a long list: its sections as one field
            feeds = [f for f in feeds if not f.startswith("body.sections[")] + ["body.sections"]
        out.append(Passage(text=text, feeds=feeds, fingerprint=fingerprint(doc, feeds, known)))
    return out


def _is_english(lines: list[Line]) -> bool:
    """Not Chinese by ``lines.is_chinese`` over the first 200 lines, and with Latin letters:
    a text with no letters at all (only numbers and rules) goes to the Chinese parser."""
    sample = "\n".join(line.text for line in lines[:200])[:20_000]
    return not is_chinese(sample, len(sample)) and LATIN_RE.search(sample) is not None


def _plain(lines: list[Line], exc: DocumentInvalid) -> tuple[MeetingDocument, list[ImportWarning]]:
    """Every line as a free paragraph, within the model's limits."""
    chunks = [
        line.text[start : start + MAX_TEXT]
        for line in lines
        for start in range(0, len(line.text), MAX_TEXT)
    ]
    per_item = -(-len(chunks) // (MAX_ITEMS - 1))  # ceil: lines per free paragraph
    paragraphs: list[str] = []
    for start in range(0, len(chunks), per_item):
        group = chunks[start : start + per_item]
        joined = "\n".join(group)
        paragraphs.extend(group if len(joined) > MAX_TEXT else [joined])
    doc = MeetingDocument()
    doc.body.free_paragraphs = paragraphs[:MAX_ITEMS]
    warning = ImportWarning.of(
        lines[0].no,
        N_(
            "the text does not fit a draft's structure (%(where)s: %(problem)s); every line was kept as a free paragraph"
        ),
        where=exc.field,
        problem=exc.message,
    )
    return checked_document(doc), [warning]
