"""The draft lock, change detection, read-only files and long names (issue 15, D7, D8, D13)."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from minutes_app.fileio.atomic import (
    NAME_MAX,
    STALE_TEMP_SECONDS,
    backup_path,
    fitted_name,
    sweep_stale_temps,
)
from minutes_app.model import MeetingDocument
from minutes_app.storage import (
    DraftChangedOnDisk,
    DraftLock,
    DraftLocked,
    DraftReadOnly,
    load_draft,
    read_draft,
    save_draft,
)
from minutes_app.storage.draft_lock import (
    STALE_AFTER,
    LockOwner,
    is_stale,
    lock_path,
    read_owner,
    this_process,
)


def _doc(title: str) -> MeetingDocument:
    doc = MeetingDocument()
    doc.header.title = title
    return doc


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_lock_names_who_holds_the_draft(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    save_draft(_doc("a"), draft)
    alice = LockOwner("alice", "office-pc", 4242, dt.datetime.now().astimezone().replace(microsecond=0))
    lock_path(draft).write_text(alice.to_json(), encoding="utf-8")
    me = this_process()._replace(host="my-laptop")
    with pytest.raises(DraftLocked) as caught:
        DraftLock.acquire(draft, me)
    assert caught.value.owner == alice
    assert "alice on office-pc" in str(caught.value)


def test_a_lock_is_taken_and_released(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    lock = DraftLock.acquire(draft)
    assert lock_path(draft).name == ".~lock.report.minutes#"
    assert read_owner(draft) == lock.owner
    assert DraftLock.acquire(draft).owner == lock.owner  # our own lock: the same draft again
    lock.release()
    assert not lock_path(draft).exists()


def test_a_dead_process_on_this_host_leaves_a_stale_lock(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    me = this_process()
    dead = me._replace(pid=_dead_pid())
    lock_path(draft).write_text(dead.to_json(), encoding="utf-8")
    assert is_stale(dead, me)
    assert DraftLock.acquire(draft, me).owner == me


def test_a_live_process_on_this_host_holds_its_lock(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    with subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE) as child:
        other = this_process()._replace(pid=child.pid)
        lock_path(draft).write_text(other.to_json(), encoding="utf-8")
        with pytest.raises(DraftLocked):
            DraftLock.acquire(draft)
        child.stdin.close()


def test_a_lock_from_another_host_is_stale_only_when_old() -> None:
    me = this_process()
    now = dt.datetime.now().astimezone()
    fresh = LockOwner("bob", "elsewhere", 1, now - dt.timedelta(hours=1))
    old = fresh._replace(time=now - STALE_AFTER - dt.timedelta(minutes=1))
    assert not is_stale(fresh, me, now)
    assert is_stale(old, me, now)


def test_taken_over_lock_is_noticed_before_saving(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    lock = DraftLock.acquire(draft)
    lock_path(draft).write_text(LockOwner("carol", "x", 7, dt.datetime.now().astimezone()).to_json(), encoding="utf-8")
    assert not lock.held()
    with pytest.raises(DraftLocked):
        lock.check()
    lock.release()  # not ours any more: left alone
    assert lock_path(draft).exists()


def test_a_change_on_disk_stops_the_save(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    save_draft(_doc("first"), draft)
    _doc_read, identity = read_draft(draft)
    save_draft(_doc("by a sync client"), draft)  # someone else writes the file
    with pytest.raises(DraftChangedOnDisk, match="changed by another program"):
        save_draft(_doc("mine"), draft, expected=identity)
    assert load_draft(draft).header.title == "by a sync client"


def test_a_deleted_draft_is_reported_too(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    identity = save_draft(_doc("first"), draft)
    draft.unlink()
    with pytest.raises(DraftChangedOnDisk, match="deleted or moved"):
        save_draft(_doc("mine"), draft, expected=identity)


def test_the_identity_returned_by_a_save_allows_the_next(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    identity = save_draft(_doc("one"), draft)
    identity = save_draft(_doc("two"), draft, expected=identity)
    os.utime(draft, ns=(1, 1))  # touched, same content: not a conflict
    save_draft(_doc("three"), draft, expected=identity)
    assert load_draft(draft).header.title == "three"


def test_a_read_only_draft_is_refused_and_kept(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    save_draft(_doc("kept"), draft)
    draft.chmod(0o444)
    with pytest.raises(DraftReadOnly, match="read-only.*Save As"):
        save_draft(_doc("lost?"), draft)
    assert load_draft(draft).header.title == "kept"
    assert stat.S_IMODE(draft.stat().st_mode) == 0o444


def test_mode_and_group_are_kept(tmp_path: Path) -> None:
    draft = tmp_path / "report.minutes"
    save_draft(_doc("one"), draft)
    groups = os.getgroups()
    group = groups[-1] if groups else draft.stat().st_gid
    os.chown(draft, -1, group)
    draft.chmod(0o640)
    save_draft(_doc("two"), draft)
    assert stat.S_IMODE(draft.stat().st_mode) == 0o640
    assert draft.stat().st_gid == group


def test_names_at_the_file_systems_limit_can_be_saved(tmp_path: Path) -> None:
    for length in range(NAME_MAX - 12, NAME_MAX - 8 + 1):  # ".minutes" is 8 bytes
        draft = tmp_path / ("纪" * ((length - 8) // 3) + "x" * ((length - 8) % 3) + ".minutes")
        assert len(draft.name.encode()) == length
        save_draft(_doc("one"), draft)
        save_draft(_doc("two"), draft)  # the second save makes the backup
        assert load_draft(draft).header.title == "two"
        assert load_draft(backup_path(draft)).header.title == "one"
        assert len(backup_path(draft).name.encode()) <= NAME_MAX
        assert DraftLock.acquire(draft).path.exists()
    assert not list(tmp_path.glob(".*.tmp"))


def test_stale_temp_files_are_swept(tmp_path: Path) -> None:
    draft = tmp_path / ("长" * 80 + ".minutes")
    save_draft(_doc("one"), draft)
    stale = tmp_path / fitted_name(draft.name, ".deadbeef.tmp", ".")
    fresh = tmp_path / fitted_name(draft.name, ".cafef00d.tmp", ".")
    for tmp in (stale, fresh):
        tmp.write_bytes(b"half a save")
    past = (dt.datetime.now() - dt.timedelta(seconds=STALE_TEMP_SECONDS + 60)).timestamp()
    os.utime(stale, (past, past))
    sweep_stale_temps(draft)
    assert not stale.exists()
    assert fresh.exists()
