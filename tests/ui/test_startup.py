"""The start-up path stays lean: what is only needed later is not loaded when the window shows."""

from __future__ import annotations

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
print(json.dumps({"status": status, "modules": sorted(sys.modules)}))
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
    # Our exporters, importers and the pages not shown load when first used (lazy imports of
    # our own modules); so do the libraries only they need.
    later = {
        "minutes_app.ui.preview",
        "minutes_app.ui.exporting",
        "minutes_app.ui.panels.people_panel",
        "minutes_app.ui.panels.sections_panel",
        "minutes_app.ui.dialogs.recovery_dialog",
        "minutes_app.export",
        "minutes_app.importers",
        "docx",
        "jinja2",
        "babel.dates",
    }
    assert later & modules == set()


def test_work_held_back_runs_once_the_first_window_has_painted(qtbot, qapp, editor, monkeypatch) -> None:
    """``started`` fires from the after-show step, before the recovery offer can wait in a
    dialog; the application then sets the window icon."""

    order: list[str] = []
    monkeypatch.setattr(editor, "offer_recovery", lambda: order.append("recovery") or [])
    editor.started.connect(lambda: order.append("started"))
    with qtbot.waitSignal(editor.started, timeout=1000):
        editor.after_first_show()
    assert order == ["started", "recovery"]

    qapp.setWindowIcon(type(qapp.windowIcon())())  # no icon yet
    after_first_paint(qapp)
    assert not qapp.windowIcon().isNull()
