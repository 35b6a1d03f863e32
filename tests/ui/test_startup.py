"""The start-up path stays lean: what is only needed later is not loaded when the window shows."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from minutes_app.resources import EXAMPLES
from minutes_app.ui.app import after_first_paint

# The modules loaded once the first window is shown, just before the event loop would run:
# nothing held back for after the first paint (timers) can have run, however slow the machine.
_PROBE = """
import json, os, sys
import minutes_app.ui.app as app

def report(qt_app, editor, mode):
    shown = [window.isVisible() for window in editor.windows]
    print(json.dumps({"shown": shown, "modules": sorted(sys.modules)}), flush=True)
    os._exit(0)

app._exit_after_show = report
app.main()
"""


def test_the_first_window_shows_without_what_is_needed_later(tmp_path: Path, child_env: dict[str, str]) -> None:
    env = child_env
    # A copy: the probe ends with os._exit, which leaves the draft's lock beside the file, and
    # nothing may appear in resources/ (tests/test_wheel.py lists it).
    seed = tmp_path / "seed-report.minutes"
    seed.write_bytes((EXAMPLES / "seed-report.minutes").read_bytes())
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, str(seed)],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    state = json.loads(done.stdout.splitlines()[-1])
    assert state["shown"] == [True]
    assert (tmp_path / ".~lock.seed-report.minutes#").exists()  # locked where it lies
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
        "minutes_app.ui.undo_commands",  # with the first edit
        "hashlib",  # OpenSSL: the draft's hash is taken when first compared
        "locale",  # the UI catalog is read without gettext's alias search
    }
    assert later & modules == set()


def test_work_held_back_runs_once_the_first_window_has_painted(qtbot, qapp, editor, monkeypatch) -> None:
    """``started`` fires from the after-show step, before the recovery offer can wait in a
    dialog; the application then sets the window icon."""

    order: list[str] = []
    monkeypatch.setattr(editor, "offer_recovery", lambda: order.append("recovery") or [])
    editor.started.connect(lambda: order.append("started"))
    editor.after_first_show()  # emits started directly, no timer
    assert order == ["started", "recovery"]

    qapp.setWindowIcon(type(qapp.windowIcon())())  # no icon yet
    after_first_paint(qapp)
    assert not qapp.windowIcon().isNull()
