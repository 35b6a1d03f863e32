"""Unexpected errors in slots: log them and tell the clerk, instead of ending the session.

PySide prints exceptions raised in slots and carries on; a bug must not go unseen, and it
must never take unsaved work with it (the drafts are autosaved).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from .i18n import _

log = logging.getLogger("minutes_app")


def install_excepthook(show: Callable[[QWidget | None, str, str, str], None]) -> None:
    """``show(parent, title, message, details)`` is the error dialog (``Prompts.error``)."""
    busy = False

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal busy
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if busy:  # an error inside the error dialog: the log has it
            return
        busy = True
        try:
            details = "".join(traceback.format_exception(kind, exc, tb))
            show(
                QApplication.activeWindow(),
                _("Something went wrong"),
                _(
                    "An unexpected error occurred: %(error)s\n\nYour drafts are autosaved. "
                    "Please save your work; the details are in the log."
                )
                % {"error": f"{kind.__name__}: {exc}"},
                details,
            )
        except Exception:
            sys.__excepthook__(kind, exc, tb)
        finally:
            busy = False

    sys.excepthook = hook
