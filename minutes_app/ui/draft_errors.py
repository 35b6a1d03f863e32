"""A ``DraftError`` said in plain words, in the interface language, with what to do next.

The storage layer keeps its precise English (for the command line and the log); here each
kind of failure becomes a sentence a clerk can act on. The precise text goes into the
dialog's details, for whoever helps them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..storage import DraftError
from ..storage import errors as kinds
from .i18n import N_, _
from .os_errors import describe_os_error

if TYPE_CHECKING:  # the importers load on the first import, not at start-up
    from ..importers.result import ImportFailed

_PLAIN = {
    kinds.TOO_LARGE: N_(
        "“%(name)s” is too large to be a draft. If it is a Word or text file, import it as a new "
        "draft instead (File > Import text or Word file)."
    ),
    kinds.NOT_FOUND: N_(
        "“%(name)s” is not there any more: it may have been moved, renamed or deleted. Find it in "
        "the file manager, then open it from there."
    ),
    kinds.NO_PERMISSION: N_(
        "You may not read “%(name)s”. Ask whoever owns the file to share it with you, or copy it "
        "into one of your own folders."
    ),
    kinds.UNREADABLE: N_(
        "“%(name)s” could not be read from the disk. Check that the disk or network folder is "
        "connected, then try again."
    ),
    kinds.NOT_A_DRAFT: N_(
        "“%(name)s” is not a Minutes draft. If it is a Word or text file, import it as a new "
        "draft (File > Import text or Word file)."
    ),
    kinds.EMPTY: N_(
        "“%(name)s” is empty: it holds no draft. If the computer stopped while it was being "
        "saved, open its backup “%(name)s.bak” in the same folder."
    ),
    kinds.TRUNCATED: N_(
        "“%(name)s” is cut short: the end of the draft is missing, as when a copy did not "
        "finish. Open its backup “%(name)s.bak” in the same folder if there is one."
    ),
    kinds.NEWER: N_(
        "“%(name)s” was saved by a newer version of Minutes. Update Minutes to open it."
    ),
    kinds.DAMAGED: N_(
        "Part of “%(name)s” (%(where)s) is damaged, so it cannot be opened. Open its backup "
        "“%(name)s.bak” in the same folder if there is one, or ask whoever sent it for a new copy."
    ),
    kinds.NOT_SAVED: N_(
        "“%(name)s” was not saved: a text in %(where)s is longer than a draft may hold. "
        "Shorten it, then save again."
    ),
}

# The first step of a field path, as the form names it.
_WHERE = {
    "header": N_("the header"),
    "people": N_("the people"),
    "body": N_("the sections and remarks"),
}


def describe_draft_error(exc: DraftError) -> str:
    """One or two sentences for the dialog; ``str(exc)`` belongs in its details."""
    name = Path(exc.source).name if exc.source else _("the draft")
    if exc.kind == kinds.WRITE_FAILED:
        cause = exc.__cause__
        folder = Path(exc.source).parent if exc.source else Path()
        why = describe_os_error(cause, folder) if isinstance(cause, OSError) else exc.message
        return _(
            "“%(name)s” could not be saved: %(why)s. Your changes are still here: save them "
            "under another name or in another folder (File > Save As)."
        ) % {"name": name, "why": why}
    template = _PLAIN.get(exc.kind, _PLAIN[kinds.DAMAGED])
    top = exc.field.split(".", 1)[0].split("[", 1)[0]
    where = _(_WHERE[top]) if top in _WHERE else _("the file's outline")
    return _(template) % {"name": name, "where": where}


def describe_import_failure(exc: ImportFailed) -> str:
    """Why a file could not be imported, and what to do about it."""
    name = Path(exc.source).name if exc.source else _("the text")
    return _(exc.template) % {"name": name}


_EXPORT = {
    "is_folder": N_("“%(name)s” is a folder. Choose a file name to export to."),
    "no_folder": N_("The folder for “%(name)s” does not exist (any more). Choose another folder."),
    "no_libreoffice": N_(
        "LibreOffice is not installed, so it cannot make the PDF. Choose the built-in engine "
        "in the export dialog."
    ),
    "libreoffice_failed": N_(
        "LibreOffice could not make the PDF. Try again, or choose the built-in engine in the "
        "export dialog."
    ),
    "no_weasyprint": N_(
        "The built-in PDF engine cannot run on this computer (a part of it is missing). Export "
        "to Word and make the PDF from there, or ask whoever installed Minutes to repair it."
    ),
    "unsupported": N_("This version of Minutes cannot export “%(name)s” that way. Choose another style or format."),
}


def describe_export_error(exc: Exception, target: Path) -> str:
    """An ``ExportError`` or an ``OSError`` while exporting to ``target``, in plain words."""
    name = target.name
    cause = exc if isinstance(exc, OSError) else exc.__cause__
    if isinstance(cause, OSError):
        return _(
            "“%(name)s” could not be written: %(why)s. Choose another folder or name."
        ) % {"name": name, "why": describe_os_error(cause, target.parent)}
    template = _EXPORT.get(getattr(exc, "kind", ""), _EXPORT["unsupported"])
    return _(template) % {"name": name}
