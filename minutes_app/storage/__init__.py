"""Draft files: versioned JSON, validated on load, written atomically."""

from .draft_file import (
    EXTENSION,
    FORMAT_NAME,
    checked_document,
    dumps_draft,
    load_draft,
    loads_draft,
    save_draft,
)
from .errors import DraftError
from .migrations import CURRENT_VERSION

__all__ = [
    "CURRENT_VERSION",
    "EXTENSION",
    "FORMAT_NAME",
    "DraftError",
    "checked_document",
    "dumps_draft",
    "load_draft",
    "loads_draft",
    "save_draft",
]
