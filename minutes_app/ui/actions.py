"""The window's menus and actions, declared as data; the window connects them to handlers.

Each action names its handler (``key``); a window builds the menus from ``MENUS`` and
``ACTIONS`` and looks the handlers up in a dict it passes in. Texts are message ids, set again
when the UI language changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from .i18n import N_, Texts, _

StandardKey = QKeySequence.StandardKey


class ActionSpec(NamedTuple):
    key: str  # handler name
    text: str  # message id with mnemonic
    menu: str  # menu key, "parent/child" for a submenu
    shortcut: StandardKey | str | tuple[StandardKey | str, ...] | None = None


MENUS: tuple[tuple[str, str], ...] = (
    ("file", N_("&File")),
    ("file/new", N_("&New")),
    ("file/recent", N_("Open &Recent")),
    ("edit", N_("&Edit")),
    ("view", N_("&View")),
    ("export", N_("E&xport")),
    ("help", N_("&Help")),
)

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new_jiyao", N_("纪要 (&official minutes)"), "file/new", StandardKey.New),
    ActionSpec("new_news", N_("&News report (会议报道)"), "file/new", "Ctrl+Shift+N"),
    ActionSpec("new_board", N_("&Board minutes"), "file/new"),
    ActionSpec("open", N_("&Open…"), "file", StandardKey.Open),
    ActionSpec("save", N_("&Save"), "file", StandardKey.Save),
    ActionSpec("save_as", N_("Save &As…"), "file", "Ctrl+Shift+S"),
    ActionSpec("import_file", N_("&Import text or Word file…"), "file", "Ctrl+I"),
    ActionSpec("paste_text", N_("&Paste text as new draft…"), "file", "Ctrl+Shift+V"),
    ActionSpec("print_preview", N_("Print Pre&view…"), "file"),
    ActionSpec("print", N_("Prin&t…"), "file", StandardKey.Print),
    ActionSpec("close", N_("&Close"), "file", (StandardKey.Close, "Ctrl+W")),
    ActionSpec("quit", N_("&Quit"), "file", "Ctrl+Q"),
    ActionSpec("find", N_("Fin&d…"), "edit", StandardKey.Find),
    ActionSpec("replace", N_("R&eplace…"), "edit", "Ctrl+H"),
    ActionSpec("find_next", N_("Find ne&xt"), "edit", "F3"),
    ActionSpec("find_previous", N_("Find pre&vious"), "edit", "Shift+F3"),
    ActionSpec("roster", N_("Roster of &names…"), "edit"),
    ActionSpec("preferences", N_("Pre&ferences…"), "edit", "Ctrl+,"),
    ActionSpec("page_header", N_("&Header"), "view", "Ctrl+1"),
    ActionSpec("page_people", N_("&People"), "view", "Ctrl+2"),
    ActionSpec("page_sections", N_("&Sections"), "view", "Ctrl+3"),
    ActionSpec("page_text", N_("&Reports and remarks"), "view", "Ctrl+4"),
    ActionSpec("page_decisions", N_("&Motions and actions"), "view", "Ctrl+5"),
    ActionSpec("toggle_preview", N_("Show pre&view"), "view", "F9"),
    ActionSpec("refresh_preview", N_("Re&fresh preview"), "view", "F5"),
    ActionSpec("export_docx", N_("&Word document (.docx)…"), "export", "Ctrl+E"),
    ActionSpec("export_html", N_("Web &page (.html)…"), "export", "Ctrl+Shift+E"),
    ActionSpec("export_pdf", N_("P&DF document (.pdf)…"), "export", "Ctrl+Shift+P"),
    ActionSpec("shortcuts", N_("&Keyboard shortcuts"), "help", StandardKey.HelpContents),
    ActionSpec("about", N_("&About Minutes"), "help"),
)

SEPARATOR_AFTER = {"new_board", "save_as", "paste_text", "print", "close", "page_decisions", "find_previous"}


def key_sequences(shortcut: StandardKey | str | tuple[StandardKey | str, ...]) -> list[QKeySequence]:
    """Every binding of the shortcut(s): a standard key may have several per platform."""
    keys: list[QKeySequence] = []
    for one in shortcut if isinstance(shortcut, tuple) else (shortcut,):
        found = QKeySequence.keyBindings(one) if isinstance(one, StandardKey) else [QKeySequence(one)]
        keys += [k for k in found if k not in keys]
    return keys


def build_menus(
    window: QMainWindow, texts: Texts, handlers: Mapping[str, Callable[[], None]]
) -> tuple[dict[str, QMenu], dict[str, QAction]]:
    menus: dict[str, QMenu] = {}
    for key, title in MENUS:
        parent, _sep, _child = key.rpartition("/")
        menu = (menus[parent] if parent else window.menuBar()).addMenu("")
        texts.add(lambda m=menu, t=title: m.setTitle(_(t)))
        menus[key] = menu
    # Submenus sit at the top of their menu; the file menu's actions follow them.
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(window)
        if spec.shortcut is not None:
            action.setShortcuts(key_sequences(spec.shortcut))
        texts.add(lambda a=action, t=spec.text: a.setText(_(t)))
        action.triggered.connect(lambda _checked=False, h=handlers[spec.key]: h())
        menus[spec.menu].addAction(action)
        if spec.key in SEPARATOR_AFTER:
            menus[spec.menu].addSeparator()
        actions[spec.key] = action
    return menus, actions
