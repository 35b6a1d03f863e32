"""Two editors, a sync client and read-only files meet one draft (issue 15, D7, D8): nobody's
work is silently overwritten, and the clerk is asked in plain words."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_driving import activate, type_into

from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft, save_draft
from minutes_app.storage.draft_lock import lock_path, read_owner, this_process
from minutes_app.ui.prompts import Answer

SEED = EXAMPLES / "seed-report.minutes"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "shared" / "meeting.minutes"
    path.parent.mkdir()
    shutil.copyfile(SEED, path)
    return path


@pytest.fixture
def locking(make_editor):
    return make_editor(lock_drafts=True)


@pytest.fixture
def other_editor(draft: Path):
    """Another live process holds the draft's lock, as a second editor would."""
    with subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE) as child:
        owner = this_process()._replace(user="alice", pid=child.pid)
        lock_path(draft).write_text(owner.to_json(), encoding="utf-8")
        yield owner
        child.stdin.close()


def edit_and_save(qtbot, window, text: str) -> None:
    activate(qtbot, window)
    type_into(qtbot, window.panels["header"].widgets["place"], text)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_opening_takes_the_lock_and_closing_releases_it(qtbot, locking, draft: Path) -> None:
    window = locking.open_paths([draft])[0]
    assert read_owner(draft) == window.session.lock.owner
    edit_and_save(qtbot, window, "一号会议室")
    assert read_owner(draft) is not None  # still ours after saving
    window.close()
    assert not lock_path(draft).exists()


def test_locks_of_windows_still_open_are_released_when_the_editor_ends(locking, draft: Path) -> None:
    """However the event loop ended (a test hook, a session logout), no lock outlives us."""
    locking.open_paths([draft])
    assert lock_path(draft).exists()
    locking.shutdown()
    assert not lock_path(draft).exists()


def test_a_draft_open_elsewhere_opens_read_only_and_is_not_saved_over(qtbot, locking, draft: Path, other_editor) -> None:
    locking.prompts.queue("ask_locked", Answer.READ_ONLY)
    window = locking.open_paths([draft])[0]
    (name, who), = locking.prompts.asked("ask_locked")
    assert name == "meeting.minutes" and who.startswith(f"alice on {other_editor.host} (since ")
    assert "(read-only)" in window.windowTitle()
    before = draft.read_bytes()
    locking.prompts.queue("ask_save_elsewhere", False)
    edit_and_save(qtbot, window, "二号会议室")
    assert "read-only because another editor has it" in locking.prompts.asked("ask_save_elsewhere")[0][1]
    assert draft.read_bytes() == before
    assert read_owner(draft) == other_editor  # their lock is left alone
    window.session.undo_stack.setClean()


def test_a_draft_open_elsewhere_can_be_opened_as_a_copy(qtbot, locking, draft: Path, other_editor) -> None:
    locking.prompts.queue("ask_locked", Answer.COPY)
    window = locking.open_paths([draft])[0]
    assert window.session.path is None and window.session.is_modified
    copy = draft.with_name("my copy.minutes")
    locking.prompts.queue("save_file", str(copy))
    edit_and_save(qtbot, window, "三号会议室")
    assert load_draft(copy).header.place == "三号会议室"
    assert window.session.path == copy and read_owner(copy) == window.session.lock.owner
    assert read_owner(draft) == other_editor


def test_a_change_on_disk_is_announced_and_stops_the_save(qtbot, locking, draft: Path) -> None:
    window = locking.open_paths([draft])[0]
    activate(qtbot, window)
    type_into(qtbot, window.panels["header"].widgets["place"], "我的修改")
    theirs = load_draft(draft)
    theirs.header.place = "同事的修改"
    save_draft(theirs, draft)  # a colleague (or a sync client) writes the file
    qtbot.waitUntil(window.disk_notice.isVisible, timeout=30_000)  # the watcher, under load
    assert "changed on disk by another program" in window.disk_notice.text()

    locking.prompts.queue("ask_changed_on_disk", Answer.CANCEL)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert locking.prompts.asked("ask_changed_on_disk") == [("meeting.minutes", False)]
    assert load_draft(draft).header.place == "同事的修改"
    assert window.session.is_modified

    locking.prompts.queue("ask_changed_on_disk", Answer.OVERWRITE)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert load_draft(draft).header.place == "我的修改"
    assert load_draft(draft.with_name("meeting.minutes.bak")).header.place == "同事的修改"
    assert not window.session.is_modified and not window.disk_notice.isVisible()


def test_save_as_copy_keeps_both_versions(qtbot, locking, draft: Path) -> None:
    window = locking.open_paths([draft])[0]
    theirs = load_draft(draft)
    theirs.header.place = "同事的修改"
    save_draft(theirs, draft)
    locking.prompts.queue("ask_changed_on_disk", Answer.SAVE_COPY)
    locking.prompts.queue("save_file", str(draft.with_name("mine.minutes")))
    edit_and_save(qtbot, window, "我的修改")
    assert load_draft(draft).header.place == "同事的修改"
    assert load_draft(draft.with_name("mine.minutes")).header.place == "我的修改"
    assert not lock_path(draft).exists()  # the lock moved with the window to the copy


def test_reload_takes_the_version_on_disk(qtbot, locking, draft: Path) -> None:
    window = locking.open_paths([draft])[0]
    theirs = load_draft(draft)
    theirs.header.place = "同事的修改"
    save_draft(theirs, draft)
    locking.prompts.queue("ask_changed_on_disk", Answer.RELOAD)
    edit_and_save(qtbot, window, "我的修改")
    (reloaded,) = locking.windows
    assert reloaded is not window
    assert reloaded.session.doc.header.place == "同事的修改"
    assert not reloaded.session.is_modified


def test_a_deleted_draft_is_reported_before_saving(qtbot, locking, draft: Path) -> None:
    window = locking.open_paths([draft])[0]
    draft.unlink()
    qtbot.waitUntil(window.disk_notice.isVisible, timeout=30_000)  # the watcher, under load
    assert "deleted or moved" in window.disk_notice.text()
    locking.prompts.queue("ask_changed_on_disk", Answer.OVERWRITE)
    edit_and_save(qtbot, window, "我的修改")
    assert locking.prompts.asked("ask_changed_on_disk") == [("meeting.minutes", True)]
    assert load_draft(draft).header.place == "我的修改"


def test_a_read_only_draft_is_refused_with_save_as_offered(qtbot, locking, draft: Path) -> None:
    draft.chmod(0o444)
    window = locking.open_paths([draft])[0]
    before = draft.read_bytes()
    locking.prompts.queue("ask_save_elsewhere", True)
    locking.prompts.queue("save_file", str(draft.with_name("writable.minutes")))
    edit_and_save(qtbot, window, "我的修改")
    assert "is read-only: it was not changed" in locking.prompts.asked("ask_save_elsewhere")[0][1]
    assert draft.read_bytes() == before
    assert load_draft(draft.with_name("writable.minutes")).header.place == "我的修改"
