"""Draft files: versioned JSON, validated on load, written atomically."""

from .draft_file import (
    EXTENSION,
    FORMAT_NAME,
    DraftReadOnly,
    checked_document,
    dumps_draft,
    load_draft,
    loads_draft,
    read_draft,
    save_draft,
)
from .draft_lock import DraftLock, DraftLocked, LockOwner
from .errors import DraftError
from .file_identity import DraftChangedOnDisk, FileIdentity
from .migrations import CURRENT_VERSION

__all__ = [
    "CURRENT_VERSION",
    "EXTENSION",
    "FORMAT_NAME",
    "DraftChangedOnDisk",
    "DraftError",
    "DraftLock",
    "DraftLocked",
    "DraftReadOnly",
    "FileIdentity",
    "LockOwner",
    "checked_document",
    "dumps_draft",
    "load_draft",
    "loads_draft",
    "read_draft",
    "save_draft",
]
