"""The meeting document model: pure Python, no Qt. See ``document`` and ``operations``."""

from .document import (
    ActionItem,
    AttendeeGroup,
    Body,
    DocumentStyle,
    GroupRole,
    Header,
    MeetingDocument,
    MeetingFormat,
    Motion,
    MotionResult,
    People,
    Person,
    Remark,
    Report,
    Section,
    Speaker,
    SubItem,
)
from .text import clean_text

__all__ = [
    "ActionItem",
    "AttendeeGroup",
    "Body",
    "DocumentStyle",
    "GroupRole",
    "Header",
    "MeetingDocument",
    "MeetingFormat",
    "Motion",
    "MotionResult",
    "People",
    "Person",
    "Remark",
    "Report",
    "Section",
    "Speaker",
    "SubItem",
    "clean_text",
]
