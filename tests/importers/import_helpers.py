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


def structure(doc: MeetingDocument, warnings: list) -> dict:
    """The structure an import found, field by field, as the corpus expectations write it."""
    h = doc.header
    return {
        "title": h.title,
        "meeting_name": h.meeting_name,
        "organisation": h.organisation,
        "date": h.date.isoformat() if h.date else None,
        "date_text": h.date_text,
        "start_time": h.start_time.isoformat("minutes") if h.start_time else None,
        "end_time": h.end_time.isoformat("minutes") if h.end_time else None,
        "place": h.place,
        "style": h.style.value,
        "locale": h.locale,
        "presiders": [[p.title, p.name] for p in doc.people.presiders],
        "groups": [
            {
                "role": g.role.value,
                "label": g.label,
                "people": [[p.title, p.name, p.note] for p in g.people],
                "note": g.note,
            }
            for g in doc.people.groups
        ],
        "sections": [
            {
                "marker": s.marker,
                "lead_in": s.lead_in,
                "heading": s.heading,
                "sub_items": [[x.marker, x.heading] for x in s.sub_items],
            }
            for s in doc.body.sections
        ],
        "free_paragraphs": list(doc.body.free_paragraphs),
        "warnings": len(warnings),
    }


def in_order(source: str, exported: str) -> str:
    """The part of ``source`` (spaces aside) that does not appear in ``exported`` in order:
    empty when every character of the source is printed, in the source's order."""
    text = iter("".join(exported.split()))
    for index, ch in enumerate("".join(source.split())):
        if not any(ch == got for got in text):
            return "".join(source.split())[index:]
    return ""
