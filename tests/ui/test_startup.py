"""The start-up path stays lean: what is only needed later is not loaded when the window shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from minutes_app.resources import EXAMPLES

# main() returns right after the MINUTES_SHOWN report: what is loaded then was loaded to show.
_PROBE = """
import json, sys
from minutes_app.ui.app import main
status = main()
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
made = sorted(n for m in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets) for n in vars(m))
print(json.dumps({"status": status, "modules": sorted(sys.modules), "qt_classes": made}))
"""


def test_the_first_window_shows_without_what_is_needed_later(tmp_path: Path, child_env: dict[str, str]) -> None:
    env = child_env
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(EXAMPLES / "seed-report.minutes")],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    shown, report = done.stdout.splitlines()[-2:]
    assert shown.startswith("MINUTES_SHOWN ")
    state = json.loads(report)
    assert state["status"] == 0
    modules = set(state["modules"])
    assert "minutes_app.ui.panels.header_panel" in modules  # the probe does see the first page
    later = {
        "sqlite3",  # the roster: read after the first paint
        "ctypes",  # the binding guard: only when the bindings leak
        "minutes_app.ui.preview",
        "minutes_app.ui.exporting",
        "minutes_app.ui.panels.people_panel",
        "minutes_app.ui.panels.sections_panel",
        "minutes_app.ui.dialogs.recovery_dialog",
        "minutes_app.export",
        "minutes_app.importers",
    }
    assert later & modules == set()
    classes = set(state["qt_classes"])
    if "QColorDialog" in classes:  # a binding that creates every class up front: nothing to see
        return
    assert {"QMainWindow", "QLineEdit", "QTableView"} <= classes
    # Dialogs and completion load when asked; no Python event filter ran (its first event makes
    # PySide6 create every event class, such as the graphics-scene ones).
    assert {"QMessageBox", "QFileDialog", "QCompleter", "QStandardItemModel",
            "QGraphicsSceneMouseEvent", "QStyleOptionViewItem"} & classes == set()
