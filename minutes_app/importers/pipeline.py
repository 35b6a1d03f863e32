"""Lines -> ``MeetingDocument``: the order in which the recognisers run."""

from __future__ import annotations

from ..model.document import MeetingDocument
from .lines import split_lines
from .result import ImportWarning


def build_document(text: str) -> tuple[MeetingDocument, list[ImportWarning]]:
    lines = split_lines(text)
    doc = MeetingDocument()
    warnings: list[ImportWarning] = []
    if not lines:
        return doc, [ImportWarning(None, "no text to import")]
    doc.header.title = lines[0].text
    for line in lines[1:]:
        doc.body.free_paragraphs.append(line.text)
        warnings.append(ImportWarning(line.no, f"not recognised, kept as a free paragraph: {line.text[:30]}"))
    return doc, warnings
