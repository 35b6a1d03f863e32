"""New drafts start from ``resources/templates/{style}.minutes``.

Templates are ordinary draft files (so they are validated like any draft and a clerk's office
can edit them); they hold no date: ``new_document`` fills in the day the draft is created.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..model.document import DocumentStyle, MeetingDocument
from ..resources import TEMPLATES
from .draft_file import load_draft


def template_path(style: DocumentStyle) -> Path:
    return TEMPLATES / f"{DocumentStyle(style).value}.minutes"


def new_document(style: DocumentStyle, today: dt.date | None = None) -> MeetingDocument:
    """A fresh document of ``style`` with the meeting date set to ``today`` (default: now)."""
    doc = load_draft(template_path(style))
    doc.header.style = DocumentStyle(style)  # the file name decides, whatever the file says
    doc.header.date = today if today is not None else dt.date.today()
    return doc
