"""Autosave where the disk misbehaves (issue 15, D9-D13): private files, a folder deleted under
it, failures said once in plain words, no writable data folder at all, left-overs cleaned."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from minutes_app.fileio.atomic import STALE_TEMP_SECONDS
from minutes_app.resources import EXAMPLES
from minutes_app.ui import recovery as recovery_module
from minutes_app.ui.recovery import RecoveryStore

SEED = EXAMPLES / "seed-report.minutes"


def _edit(window, text: str) -> None:
    window.session.set(("header", "place"), text, "edit")
    window.autosaver.flush()


def test_recovery_files_and_folders_are_private(editor) -> None:
    old = os.umask(0o022)
    try:
        window = editor.open_paths([SEED])[0]
        _edit(window, "会议室")
    finally:
        os.umask(old)
    store = editor.recovery
    for folder in (store.root, store.sessions, store.folder):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    files = list(store.folder.glob(f"{window.session.draft_id}.*"))
    assert {f.suffix for f in files} == {".minutes", ".json"}
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file


def test_a_deleted_session_folder_is_made_again(editor) -> None:
    window = editor.open_paths([SEED])[0]
    _edit(window, "一")
    store = editor.recovery
    for path in sorted(store.folder.rglob("*"), reverse=True):
        path.unlink()
    store.folder.rmdir()
    _edit(window, "二")
    assert not window.autosaver.failed
    assert store.has(window.session.draft_id)
    assert window.autosave_problem.isHidden()


def test_a_failing_autosave_is_reported_once_and_recovers(editor, monkeypatch: pytest.MonkeyPatch) -> None:
    window = editor.open_paths([SEED])[0]
    problems: list[str] = []
    window.autosaver.problem.connect(problems.append)
    real = recovery_module.atomic_write_bytes
    failures = [3]

    def flaky(*args, **kwargs):
        if failures[0]:
            failures[0] -= 1
            raise OSError(errno.ENOSPC, "No space left on device", str(args[0]))
        return real(*args, **kwargs)

    monkeypatch.setattr(recovery_module, "atomic_write_bytes", flaky)
    for text in ("一", "二", "三"):
        _edit(window, text)
    assert problems == ["the disk is full (or has no room for more files)"]
    assert "Autosave failed: the disk is full" in window.autosave_problem.text()
    assert "[Errno" not in window.autosave_problem.text() and ".tmp" not in window.autosave_problem.text()
    _edit(window, "四")  # the disk has room again
    assert problems[-1] == "" and window.autosave_problem.isHidden()
    assert editor.recovery.has(window.session.draft_id)


def test_the_editor_runs_without_a_writable_data_folder(make_editor, folders: Path) -> None:
    blocker = folders / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    store = RecoveryStore(blocker / "recovery")
    assert store.start() is False
    editor = make_editor()
    editor.recovery = store
    window = editor.open_paths([SEED])[0]
    editor.after_first_show()
    [(title, message, _details)] = editor.prompts.asked("info")
    assert title == "Autosave is off"
    assert str(blocker / "recovery") in message and "is not a folder" in message
    _edit(window, "会议室")
    _edit(window, "会议室二")
    assert window.autosave_problem.isHidden()  # said once, at start: not again per edit
    assert len(editor.prompts.asked("info")) == 1


def test_no_data_folder_means_no_roster_said_in_one_line(make_editor, folders: Path, caplog) -> None:
    """The roster lives in the data folder too: without it, one plain log line, no traceback."""
    from minutes_app.ui.roster import Roster

    blocker = folders / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    editor = make_editor()
    editor.names.roster = Roster(blocker / "roster.sqlite3")
    editor.open_paths([SEED])
    with caplog.at_level("WARNING", logger="minutes_app.ui.editor_app"):
        editor.after_first_show()
    [record] = [r for r in caplog.records if "roster" in r.getMessage()]
    assert record.levelname == "WARNING" and record.exc_info is None
    assert str(blocker) in record.getMessage()  # what stood in the way


def test_the_app_starts_when_the_data_folder_is_a_file(tmp_path: Path, child_env: dict[str, str]) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("not a folder")
    env = dict(child_env, MINUTES_DATA_DIR=str(blocker / "data"))
    seed = tmp_path / SEED.name  # a copy: the child locks what it opens, and resources/ stays still
    seed.write_bytes(SEED.read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "minutes_app.ui.app", str(seed)],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "MINUTES_SHOWN" in done.stdout
    assert "Traceback" not in done.stderr


def test_empty_crash_folders_are_removed(folders: Path) -> None:
    crashed = folders / "recovery" / "sessions" / "0123abcd"
    crashed.mkdir(parents=True)  # a session that crashed before its first autosave
    (crashed / ".x.minutes.0badf00d.tmp").write_bytes(b"half")
    store = RecoveryStore(folders / "recovery")
    store.start()
    assert store.orphans() == []
    assert not crashed.exists()
    store.close()


def test_stale_temp_files_are_swept_at_start(folders: Path) -> None:
    other = folders / "recovery" / "sessions" / "running"
    other.mkdir(parents=True)
    stale, fresh = other / ".a.minutes.deadbeef.tmp", other / ".a.minutes.cafef00d.tmp"
    for tmp in (stale, fresh):
        tmp.write_bytes(b"half an autosave")
    past = time.time() - STALE_TEMP_SECONDS - 60
    os.utime(stale, (past, past))
    store = RecoveryStore(folders / "recovery")
    store.start()
    assert not stale.exists() and fresh.exists()
    store.close()
