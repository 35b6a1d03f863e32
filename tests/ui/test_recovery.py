"""Autosave and recovery: a crashed editor's drafts are offered at the next start."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from ui_driving import type_into

from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

SEED = EXAMPLES / "seed-report.minutes"
ROOT = Path(__file__).resolve().parents[2]

# An editor that autosaves two drafts and is then killed: no close events, no clean-up.
CRASHING_EDITOR = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(["minutes-app"])
    from minutes_app.ui.editor_app import EditorApp
    from minutes_app.ui.i18n import Language
    from minutes_app.ui.recovery import RecoveryStore
    from minutes_app.ui.settings import Preferences
    folder, draft = Path(sys.argv[1]), Path(sys.argv[2])
    store = RecoveryStore(folder / "recovery")
    store.start()
    language = Language()
    language.set_language("en")
    from minutes_app.storage.settings_file import SettingsFile
    settings = SettingsFile(folder / "crashed.json")
    editor = EditorApp(Preferences(settings), language, store, None)
    saved = editor.open_paths([draft])[0]
    saved.session.set(("header", "place"), "市委常委会议室", "edit")
    untitled = editor.new_draft("board")
    untitled.session.set(("header", "organisation"), "Parish Council", "edit")
    for window in (saved, untitled):
        window.autosaver.flush()
    print("autosaved", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


@pytest.fixture
def crashed(folders: Path) -> Path:
    draft = folders / "meeting.minutes"
    shutil.copyfile(SEED, draft)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_EDITOR, str(folders), str(draft)],
        capture_output=True, text=True, env=env, timeout=60, cwd=ROOT,
    )
    assert "autosaved" in done.stdout, done.stderr
    assert done.returncode == -9
    return draft


def test_next_start_offers_the_crashed_drafts(qtbot, make_editor, crashed: Path) -> None:
    editor = make_editor()
    editor.prompts.queue("choose_recovered", "all")
    editor.after_first_show()
    [(titles,)] = editor.prompts.asked("choose_recovered")
    assert sorted(titles) == ["Untitled 1", "meeting.minutes"]
    restored = {w.display_name(): w for w in editor.windows}
    saved = restored["meeting.minutes"]
    assert saved.session.path == crashed.resolve()
    assert saved.session.doc.header.place == "市委常委会议室"
    assert saved.isWindowModified()
    untitled = next(w for w in editor.windows if w.session.path is None)
    assert untitled.session.doc.header.organisation == "Parish Council"
    assert untitled.isWindowModified()
    # The recovered state now lives in this session's recovery folder; the old one is gone.
    assert all(editor.recovery.has(w.session.draft_id) for w in editor.windows)
    assert [p.name for p in editor.recovery.sessions.iterdir()] == [editor.recovery.folder.name]

    assert load_draft(crashed).header.place == ""  # nothing was written to the draft itself
    saved.save()
    assert load_draft(crashed).header.place == "市委常委会议室"
    assert not editor.recovery.has(saved.session.draft_id)  # gone after the real save
    assert editor.recovery.has(untitled.session.draft_id)

    second = make_editor()
    second.after_first_show()  # the first editor is alive: its drafts are not orphans
    assert second.prompts.asked("choose_recovered") == []


def test_later_keeps_and_discard_deletes(make_editor, crashed: Path) -> None:
    first = make_editor()
    first.prompts.queue("choose_recovered", None)  # "Later"
    first.after_first_show()
    assert first.windows == []
    first.shutdown()

    second = make_editor()
    second.prompts.queue("choose_recovered", [])  # "Discard all"
    second.after_first_show()
    assert second.windows == []
    second.shutdown()

    third = make_editor()
    third.after_first_show()
    assert third.prompts.asked("choose_recovered") == []


def test_autosave_waits_for_a_pause_then_writes(qtbot, editor) -> None:
    window = editor.open_paths([SEED])[0]
    window.autosaver.delay_ms = 100
    draft_id = window.session.draft_id
    type_into(qtbot, window.panels["header"].widgets["place"], "会议室")
    assert not editor.recovery.has(draft_id)  # not on every keystroke
    qtbot.waitUntil(lambda: editor.recovery.has(draft_id), timeout=30_000)  # give up, not a limit
    recovered = load_draft(editor.recovery.folder / f"{draft_id}.minutes")
    assert recovered.header.place == "会议室"
    window.session.undo_stack.undo()  # back to the state on disk: nothing to recover
    assert not editor.recovery.has(draft_id)


def test_a_failed_autosave_is_logged_not_raised(qtbot, editor, caplog, monkeypatch) -> None:
    window = editor.open_paths([SEED])[0]

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(editor.recovery, "write", disk_full)
    window.session.set(("header", "place"), "X", "edit")
    window.autosaver.flush()
    assert window.autosaver.failed
    assert "No space left on device" in caplog.text
    assert "the disk is full" in window.autosave_problem.text()
    assert not window.autosave_problem.isHidden()
    assert window.session.doc.header.place == "X"  # the edit itself stands
