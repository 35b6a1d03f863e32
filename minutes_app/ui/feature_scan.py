"""Spare PySide6 from reading the source of every module imported after it.

PySide6 replaces ``__import__`` to support its ``__feature__`` switches (snake_case,
true_property). The first time a module name is imported after PySide6, it reads that module's
whole source (``inspect.getsource``) to see whether it mentions "PySide6", and notes the answer
in the table it publishes as ``__feature__.pyside_feature_dict``: 0 for a module that uses
PySide6, -1 for one that does not. Start-up imports about 65 module names that way (ours and the
standard library's), 10–13 ms of reading before the first window can show.

``note_known_modules`` fills in the same answers without the reading: -1 for the standard
library (which never mentions PySide6) and, for the modules of this user interface package, the
same test on the file's bytes (about 2 ms for all of them). The editor never turns a feature on, so the answers change nothing but the time. Where the table
is missing (another PySide6 version), nothing is done and PySide6 scans as before.
"""

from __future__ import annotations

import os
import sys

_UI_FOLDER = os.path.dirname(os.path.abspath(__file__))
_UI_PACKAGE = __name__.rpartition(".")[0]  # minutes_app.ui


def feature_table() -> dict[str, int] | None:
    table = getattr(sys.modules.get("__feature__"), "pyside_feature_dict", None)
    return table if isinstance(table, dict) else None


def note_known_modules() -> int:
    """Fill PySide6's table for the standard library and this package; how many were added."""
    table = feature_table()
    if table is None:
        return 0
    before = len(table)
    stdlib = sys.stdlib_module_names
    for name in list(sys.modules):
        if name.partition(".")[0] in stdlib:
            table.setdefault(name, -1)
    for name in stdlib:
        table.setdefault(name, -1)
    for name, uses_pyside in own_modules():
        table.setdefault(name, 0 if uses_pyside else -1)
    return len(table) - before


def _mentions_pyside(path: str) -> bool | None:
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:  # a frozen app keeps its modules in an archive: no source beside them
        return None


def own_modules() -> list[tuple[str, bool]]:
    """Every module of the user interface package and those of the application loaded so far
    (the model and storage), and whether its source mentions PySide6 (PySide's own test)."""
    application = _UI_PACKAGE.partition(".")[0]
    loaded = [  # loaded before Qt, outside the UI package (which the walk below covers)
        (name, _mentions_pyside(module.__file__))
        for name, module in list(sys.modules.items())
        if name.partition(".")[0] == application
        and not (name == _UI_PACKAGE or name.startswith(f"{_UI_PACKAGE}."))
        and getattr(module, "__file__", None)
    ]
    found = [(name, uses) for name, uses in loaded if uses is not None]  # PySide6 asks itself
    for folder, dirs, files in os.walk(_UI_FOLDER):
        dirs[:] = [d for d in dirs if d.isidentifier() and not d.startswith("__")]
        relative = os.path.relpath(folder, _UI_FOLDER)
        package = _UI_PACKAGE if relative == "." else f"{_UI_PACKAGE}.{relative.replace(os.sep, '.')}"
        for file in files:
            if not file.endswith(".py"):
                continue
            stem = file[:-3]
            name = package if stem == "__init__" else f"{package}.{stem}"
            uses = _mentions_pyside(os.path.join(folder, file))
            if uses is not None:
                found.append((name, uses))
    return found


__all__ = ["feature_table", "note_known_modules", "own_modules"]
