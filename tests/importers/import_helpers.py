"""Helpers shared by the importer tests."""

from __future__ import annotations

from minutes_app.model import MeetingDocument


def structure_only(doc: MeetingDocument) -> MeetingDocument:
    """``doc`` without what an import keeps of the text as written (passages, the date's
    wording, list lead-ins and markers), to compare with a draft written by hand."""
    doc = doc.copy_deep()
    doc.body.as_written = []
    doc.header.date_text = ""
    for section in doc.body.sections:
        section.lead_in = section.marker = ""
        for sub in section.sub_items:
            sub.marker = ""
    return doc
