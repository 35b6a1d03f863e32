"""The entry point, the error hook, the roster dialog and the help texts."""

from __future__ import annotations

import base64
import json
import logging
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt
from ui_driving import activate

from minutes_app.resources import EXAMPLES
from minutes_app.storage.settings_file import SETTINGS_VERSION, SettingsFile
from minutes_app.ui.dialogs.roster_dialog import RosterDialog
from minutes_app.ui.errors import install_excepthook
from minutes_app.ui.roster import RosterEntry
from minutes_app.ui.settings import Preferences
from minutes_app.ui.shortcuts_help import shortcuts_text


def test_minutes_app_opens_a_draft_and_reports_when_shown(tmp_path: Path, child_env: dict[str, str]) -> None:
    env = child_env
    started = time.time()
    code = "import sys; from minutes_app.ui.app import main; sys.exit(main())"
    # A copy: the editor locks what it opens, and nothing may appear in resources/ meanwhile
    # (tests/test_wheel.py lists it).
    seed = tmp_path / "seed-report.minutes"
    seed.write_bytes((EXAMPLES / "seed-report.minutes").read_bytes())
    done = subprocess.run(
        [sys.executable, "-c", code, str(seed)],
        capture_output=True, text=True, env=env, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    stamp, rss, peak = done.stdout.split()[1:4]
    assert started < float(stamp) < time.time()
    assert 10_000 < int(rss.removeprefix("rss_kb=")) <= int(peak.removeprefix("peak_kb="))
    assert not (tmp_path / "data" / "recovery" / "sessions").exists() or not any(
        (tmp_path / "data" / "recovery" / "sessions").iterdir()
    )  # a clean exit leaves nothing to recover


_OLD_SETTINGS = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
app = QCoreApplication([])
app.setOrganizationName("Minutes")
app.setApplicationName("Minutes")
old = QSettings()
old.setValue("preferences/ui_language", "zh_CN")
old.setValue("preferences/autosave_seconds", 30)
old.setValue("recent/files", [sys.argv[1]])
old.sync()
"""


def test_the_first_start_takes_over_the_settings_qsettings_kept(tmp_path: Path, child_env: dict[str, str]) -> None:
    """Settings of the QSettings era (INI text) come into the settings file, upgraded."""
    seed = str(EXAMPLES / "seed-report.minutes")
    subprocess.run([sys.executable, "-c", _OLD_SETTINGS, seed], env=child_env, check=True, timeout=60)
    code = "import sys; from minutes_app.ui.app import main; sys.exit(main())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=child_env, timeout=60)
    assert done.returncode == 0, done.stderr
    saved = json.loads((Path(child_env["MINUTES_CONFIG_DIR"]) / "settings.json").read_text("utf-8"))
    assert saved["settings_version"] == SETTINGS_VERSION
    values = saved["values"]
    assert values["preferences/ui_language"] == "zh_CN"
    assert values["preferences/autosave_seconds"] == 30
    assert values["recent/files"] == [seed]


def test_window_state_is_kept_as_text_and_read_back_as_bytes(tmp_path: Path) -> None:
    settings = SettingsFile(tmp_path / "settings.json")
    geometry, state = QByteArray(b"\x01\xd9\xd0\xcb\x00"), QByteArray(b"\x00\xff")
    Preferences(settings).save_window_state(geometry, state)
    again = Preferences(SettingsFile(tmp_path / "settings.json"))
    assert again.window_state() == (geometry, state)
    assert settings.get("window/geometry") == base64.b64encode(b"\x01\xd9\xd0\xcb\x00").decode()
    settings.set("window/state", "not base64!")  # edited by hand: ignored, not fatal
    assert Preferences(settings).window_state() == (geometry, None)


def test_slot_errors_are_logged_and_shown_not_fatal(editor, caplog) -> None:
    shown = []
    previous = sys.excepthook
    install_excepthook(lambda parent, title, message, details: shown.append((title, message, details)))
    try:
        try:
            raise KeyError("section 7")
        except KeyError:
            with caplog.at_level(logging.ERROR):
                sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    [(title, message, details)] = shown
    assert title == "Something went wrong" and "KeyError: 'section 7'" in message
    assert "autosaved" in message and "Traceback" in details
    assert "unexpected error" in caplog.text


def test_roster_dialog_edits_entries(qtbot) -> None:
    dialog = RosterDialog([RosterEntry("李正印", "市委书记"), RosterEntry("王立伟", "市长")])
    qtbot.addWidget(dialog)
    dialog.filter.setText("王")
    assert [dialog.table.isRowHidden(r) for r in range(2)] == [True, False]
    dialog.filter.clear()
    dialog.add_row()
    assert dialog.table.currentIndex().row() == 2
    dialog.model.item(2, 0).setText("张广勇")
    dialog.model.item(2, 1).setText("市委副书记")
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    dialog.remove_row()
    assert dialog.entries() == [RosterEntry("王立伟", "市长"), RosterEntry("张广勇", "市委副书记")]


def test_roster_dialog_result_replaces_the_roster(editor, monkeypatch) -> None:
    editor.roster.add([RosterEntry("旧名字", "旧职务")])
    monkeypatch.setattr(RosterDialog, "choose", lambda self: [RosterEntry("新名字", "新职务")])
    editor.roster_dialog()
    assert editor.roster.entries() == [RosterEntry("新名字", "新职务")]
    assert editor.names.model.item(0).data(Qt.ItemDataRole.EditRole) == "新名字"


def test_shortcuts_help_lists_the_keys(qtbot, editor) -> None:
    text = shortcuts_text()
    assert "Ctrl+S\tSave" in text and "Ctrl+Up / Ctrl+Down" in text
    assert "Ctrl+N\tNew: 纪要 (official minutes)" in text
    window = editor.new_draft("jiyao")
    window.actions["shortcuts"].trigger()
    [(title, headers, rows)] = editor.prompts.asked("show_table")
    assert title == "Keyboard shortcuts" and headers == ("Keys", "Does")
    assert ("Ctrl+S", "Save") in rows and "\n".join(f"{k}\t{w}" if k else "" for k, w in rows) == text
    activate(qtbot, window)  # and Ctrl+Tab does turn the page, from inside a field
    window.panels["header"].widgets["organisation"].setFocus()
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1


def test_quitting_waits_for_background_work_but_not_forever() -> None:
    """A preview still rendering when the editor quits finishes first (a daemon thread cut off
    by the interpreter's tear-down can abort the process); one that will not finish is left."""
    from minutes_app.ui.app import let_workers_finish

    release, finished = threading.Event(), []
    quick = threading.Thread(
        target=lambda: (release.wait(), finished.append(1)), name="minutes-preview", daemon=True
    )
    quick.start()
    threading.Timer(0.01, release.set).start()
    assert let_workers_finish(30) and finished == [1]  # returns once it is done, not after 30 s

    stuck = threading.Event()
    forever = threading.Thread(target=stuck.wait, name="minutes-export", daemon=True)
    forever.start()
    assert not let_workers_finish(0.01)
    stuck.set()
    forever.join()
