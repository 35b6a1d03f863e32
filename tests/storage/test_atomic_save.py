"""A failed or interrupted save never damages the draft: faults at every call, and SIGKILL."""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from minutes_app.fileio import atomic
from minutes_app.fileio.atomic import backup_path
from minutes_app.model import Body, MeetingDocument, Section
from minutes_app.resources import EXAMPLES
from minutes_app.storage import DraftError, dumps_draft, load_draft, save_draft


class FaultyOS:
    """``os`` as ``atomic`` sees it, raising ENOSPC at the n-th risky call (and on, if persistent)."""

    RISKY = frozenset({"open", "write", "fsync", "close", "link", "replace"})

    def __init__(self, fail_at: int = 0, persistent: bool = False) -> None:
        self.fail_at = fail_at
        self.persistent = persistent
        self.calls: list[str] = []
        self.failed: list[str] = []

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in self.RISKY:
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append(name)
            n = len(self.calls)
            if n == self.fail_at or (self.persistent and self.fail_at and n >= self.fail_at):
                self.failed.append(name)
                if name == "close":
                    real(*args, **kwargs)  # a failing close still releases the descriptor
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return real(*args, **kwargs)

        return call


def three_versions() -> list[MeetingDocument]:
    docs = [load_draft(EXAMPLES / "seed-report.minutes") for _ in range(3)]
    docs[1].header.title = "第二版"
    docs[2].body.sections.append(Section(heading="第三版新增"))
    return docs


def count_risky_calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    v0, v1, v2 = three_versions()
    path = tmp_path / "count" / "draft.minutes"
    path.parent.mkdir()
    save_draft(v0, path)
    save_draft(v1, path)
    probe = FaultyOS()
    monkeypatch.setattr(atomic, "os", probe)
    save_draft(v2, path)
    monkeypatch.setattr(atomic, "os", os)
    assert {"write", "fsync", "replace", "link"} <= set(probe.calls)
    return len(probe.calls)


@pytest.mark.parametrize("persistent", [False, True], ids=["one-shot", "persistent"])
def test_a_fault_at_any_call_leaves_old_or_new_bytes_and_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, persistent: bool
) -> None:
    v0, v1, v2 = three_versions()
    old0, old, new = (dumps_draft(d).encode("utf-8") for d in (v0, v1, v2))
    total = count_risky_calls(tmp_path, monkeypatch)
    outcomes = set()
    for n in range(1, total + 2):
        folder = tmp_path / f"{'p' if persistent else 'o'}{n}"
        folder.mkdir()
        path = folder / "draft.minutes"
        save_draft(v0, path)
        save_draft(v1, path)  # now: draft = v1, draft.bak = v0
        faulty = FaultyOS(n, persistent)
        monkeypatch.setattr(atomic, "os", faulty)
        try:
            save_draft(v2, path)
            saved = True
        except DraftError as exc:
            assert "could not save" in str(exc) and "No space left" in str(exc)
            saved = False
        finally:
            monkeypatch.setattr(atomic, "os", os)
        where = f"fault at call {n} ({faulty.failed[:1]})"
        assert path.read_bytes() == (new if saved else old), where
        assert backup_path(path).read_bytes() in ({old} if saved else {old0, old}), where
        assert sorted(p.name for p in folder.iterdir()) == ["draft.minutes", "draft.minutes.bak"], where
        assert load_draft(path) == (v2 if saved else v1)
        outcomes.add(saved)
    assert outcomes == {True, False}  # some faults were fatal, some (folder fsync) harmless


def test_a_fault_while_creating_a_new_draft_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1, 5):
        folder = tmp_path / str(n)
        folder.mkdir()
        monkeypatch.setattr(atomic, "os", FaultyOS(n))
        with pytest.raises(DraftError):
            save_draft(MeetingDocument(), folder / "new.minutes")
        monkeypatch.setattr(atomic, "os", os)
        assert list(folder.iterdir()) == []


def test_bak_holds_the_previous_version(tmp_path: Path) -> None:
    v0, v1, v2 = three_versions()
    path = tmp_path / "draft.minutes"
    save_draft(v0, path)
    assert not backup_path(path).exists()  # nothing to keep on the first save
    save_draft(v1, path)
    assert load_draft(backup_path(path)) == v0
    save_draft(v2, path)
    assert load_draft(backup_path(path)) == v1 and load_draft(path) == v2
    save_draft(v0, path, backup=False)
    assert load_draft(backup_path(path)) == v1  # untouched when not asked for


def test_saving_through_a_symlink_updates_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real.minutes"
    link = tmp_path / "link.minutes"
    save_draft(MeetingDocument(), real)
    link.symlink_to(real)
    doc = MeetingDocument()
    doc.header.title = "经链接保存"
    save_draft(doc, link)
    assert link.is_symlink() and load_draft(real).header.title == "经链接保存"


def test_permissions_are_kept_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    path = tmp_path / "draft.minutes"
    save_draft(MeetingDocument(), path)
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~umask
    path.chmod(0o640)
    save_draft(MeetingDocument(), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_a_later_save_sweeps_temp_files_left_by_killed_saves(tmp_path: Path) -> None:
    target = tmp_path / "a.minutes"
    save_draft(MeetingDocument(), target)
    old = time.time() - atomic.STALE_TEMP_SECONDS - 60
    stale = [tmp_path / ".a.minutes.0badf00d.tmp", tmp_path / ".a.minutes.bak.0badf00d.tmp"]
    fresh = tmp_path / ".a.minutes.1234abcd.tmp"  # perhaps another save that is still running
    other = tmp_path / ".b.minutes.0badf00d.tmp"  # another draft's: not ours to touch
    for leftover in (*stale, fresh, other):
        leftover.write_bytes(b"half a draft")
    for leftover in (*stale, other):
        os.utime(leftover, (old, old))
    save_draft(MeetingDocument(body=Body(sections=[Section(heading="x")])), target)
    assert [p.exists() for p in stale] == [False, False]
    assert fresh.exists() and other.exists()
    assert load_draft(target).body.sections[0].heading == "x"


def test_saving_into_a_missing_folder_is_a_draft_error(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="could not save: No such file or directory"):
        save_draft(MeetingDocument(), tmp_path / "gone" / "draft.minutes")


# A real crash: a saver process killed at random moments ------------------------------------

SAVER = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("atomic_alone", sys.argv[1])
atomic = importlib.util.module_from_spec(spec)
spec.loader.exec_module(atomic)  # stdlib only: starts in milliseconds, unlike the whole app
blobs = [open(p, "rb").read() for p in sys.argv[3:5]]
i = 0
while True:
    atomic.atomic_write_bytes(sys.argv[2], blobs[i % 2])
    i += 1
    if i == 1:
        print("saving", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_during_saves_always_leaves_a_loadable_old_or_new_draft(tmp_path: Path) -> None:
    a = load_draft(EXAMPLES / "seed-report.minutes")
    b = load_draft(EXAMPLES / "board-minutes.minutes")
    a.body.free_paragraphs = ["填充" * 2000] * 60  # ~0.7 MB, so kills land mid-write too
    blobs = []
    for name, doc in (("a", a), ("b", b)):
        blob = tmp_path / f"{name}.bytes"
        blob.write_text(dumps_draft(doc), encoding="utf-8")
        blobs.append(blob)
    target = tmp_path / "draft" / "crash.minutes"
    target.parent.mkdir()
    save_draft(a, target)
    rng = random.Random(20240508)
    interrupted = 0
    kills = 20  # the same number on any machine (a loaded one just takes longer)
    for _ in range(kills):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, atomic.__file__, str(target), *map(str, blobs)],
            stdout=subprocess.PIPE,
        )
        assert saver.stdout is not None and saver.stdout.readline() == b"saving\n"
        time.sleep(rng.uniform(0, 0.03))
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        assert load_draft(target) in (a, b)
        assert load_draft(backup_path(target)) in (a, b)
        leftovers = [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
        interrupted += bool(leftovers)
        for p in leftovers:
            p.unlink()  # a killed save leaves its hidden temp file; never the draft itself
    print(f"{interrupted} of {kills} kills interrupted a save")
