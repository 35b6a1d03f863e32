"""Where the file dialogs start and what name they suggest.

A dialog starts next to the draft being edited (or where the clerk last went), never in the
home folder when there is a better place; Save As names an untitled draft after its meeting,
as clerks name their files ("2024-05-08 市委常委会议.minutes"), not "Untitled 1".
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import MeetingDocument

MAX_STEM = 80  # characters: well under every file system's limit, even in UTF-8 bytes
# Not allowed (or unwise) on Windows or Linux. A string: ``re`` compiles it on first use, not
# at import (on the editor's start-up path).
_UNSAFE = r'[\\/:*?"<>|\x00-\x1f\x7f]+'


def draft_folder(window: object) -> Path | None:
    """The folder of the draft in ``window`` (a DraftWindow), if it has been saved."""
    session = getattr(window, "session", None)
    path = getattr(session, "path", None)
    return path.parent if path is not None else None


def meeting_stem(doc: MeetingDocument) -> str:
    """The meeting's date and name (or title) as a file name without extension; "" if none."""
    header = doc.header
    name = header.meeting_name or header.title
    name = " ".join(re.sub(_UNSAFE, " ", name).split()).strip(" .")
    if not name:
        return ""
    stem = f"{header.date:%Y-%m-%d} {name}" if header.date is not None else name
    return stem[:MAX_STEM].rstrip(" .")
