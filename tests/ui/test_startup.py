"""The start-up path stays lean: what is only needed later is not loaded when the window shows."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

from minutes_app.resources import EXAMPLES
from minutes_app.ui.app import after_first_paint

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
        "dataclasses",  # records on the start path are NamedTuples: no class generation
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
    # Dialogs and completion load when asked; no Python event filter or event handler ran (its
    # first event makes PySide6 create event classes and the 200-member event type); the window
    # icon and Qt's own catalog (English interface) wait.
    assert {"QMessageBox", "QFileDialog", "QCompleter", "QStandardItemModel",
            "QGraphicsSceneMouseEvent", "QStyleOptionViewItem", "QShowEvent", "QIcon",
            "QTranslator"} & classes == set()


def test_pyside_reads_no_source_of_ours_on_the_way(tmp_path: Path, child_env: dict[str, str]) -> None:
    """Every module the start-up imports was already in PySide6's table when it was imported,
    so PySide6 read none of their sources (see ui/feature_scan.py)."""
    probe = """
import json, sys
import minutes_app.ui.app as app
import inspect
read = []
real = inspect.getsource
def spy(obj):
    read.append(getattr(obj, "__name__", "?"))
    return real(obj)
inspect.getsource = spy
status = app.main()
print(json.dumps({"status": status, "read": read}))
"""
    done = subprocess.run(
        [sys.executable, "-c", probe, str(EXAMPLES / "seed-report.minutes")],
        capture_output=True, text=True, env=child_env, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout.splitlines()[-1])
    assert state["status"] == 0
    ours = [name for name in state["read"] if name.startswith("minutes_app.ui")]
    assert ours == [], ours
    assert len(state["read"]) <= 8, state["read"]  # a handful of our other modules, read once


def test_work_held_back_runs_once_the_first_window_has_painted(qtbot, qapp, editor, monkeypatch) -> None:
    """``started`` fires from the after-show step, before the recovery offer can wait in a
    dialog; the application then sets the icon and resumes the garbage collector."""

    order: list[str] = []
    monkeypatch.setattr(editor, "offer_recovery", lambda: order.append("recovery") or [])
    editor.started.connect(lambda: order.append("started"))
    with qtbot.waitSignal(editor.started, timeout=1000):
        editor.after_first_show()
    assert order == ["started", "recovery"]

    qapp.setWindowIcon(type(qapp.windowIcon())())  # no icon yet
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        after_first_paint(qapp)
        assert gc.isenabled()
        assert gc.get_freeze_count() > 0  # start-up's objects are left out of later collections
        assert not qapp.windowIcon().isNull()
    finally:
        gc.unfreeze()
        if not was_enabled:
            gc.disable()
