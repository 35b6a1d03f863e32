"""The keyboard shortcuts, listed for Help > Keyboard shortcuts (from the declared actions)."""

from __future__ import annotations

import re

from PySide6.QtGui import QKeySequence

from .actions import ACTIONS, MENUS, key_sequences
from .i18n import N_, _, strip_mnemonic

MENU_TITLES = dict(MENUS)
LIST_KEYS = (
    ("Insert", N_("add a row after the current one (in a table)")),
    ("Delete", N_("remove the current row (in a table)")),
    ("Ctrl+Up / Ctrl+Down", N_("move the current row up or down")),
    ("Ctrl+Shift+Up / Ctrl+Shift+Down", N_("move a person to the previous or next group")),
    ("Ctrl+D", N_("duplicate the current section")),
    ("F2", N_("edit the current cell")),
    ("Ctrl+Z / Ctrl+Shift+Z", N_("undo / redo, in every field")),
    ("Ctrl+Tab", N_("next page of the form")),
)


def shortcuts_text() -> str:
    """The table as text, a tab between the keys and what they do (for logs and tests)."""
    return "\n".join(f"{keys}\t{what}" if keys else "" for keys, what in shortcuts_rows())


def shortcuts_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut; an empty row between menus and list keys."""
    rows: list[tuple[str, str]] = []
    for spec in ACTIONS:
        if spec.shortcut is None:
            continue
        typed = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in key_sequences(spec.shortcut)]
        # Keyboard combinations only: not the dedicated "Save"/"Open" keys few keyboards have.
        keys = ", ".join(k for k in typed if "+" in k or re.fullmatch(r"F\d+", k))
        what = strip_mnemonic(_(spec.text)).rstrip("…")
        if "/" in spec.menu:  # a submenu item: "New: 纪要"
            what = f"{strip_mnemonic(_(MENU_TITLES[spec.menu]))}{_(':')} {what}"
        rows.append((keys, what))
    rows.append(("", ""))
    rows += [(keys, _(what)) for keys, what in LIST_KEYS]
    return rows
