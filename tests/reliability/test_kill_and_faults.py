"""Saves killed at random moments and faults injected at every risky call (issue 15): the
draft and its .bak always load as the old or the new version, and what a killed save left
behind is swept. The storage tests run a quick form of each; this is the long one."""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import ROOT, rounds

from minutes_app.fileio import atomic
from minutes_app.fileio.atomic import STALE_TEMP_SECONDS, backup_path, sweep_stale_temps
from minutes_app.model import Section
from minutes_app.resources import EXAMPLES
from minutes_app.storage import DraftError, dumps_draft, load_draft, read_draft, save_draft

SAVER = """
import sys
from pathlib import Path
from minutes_app.storage import loads_draft, read_draft, save_draft
target = Path(sys.argv[1])
docs = [loads_draft(Path(p).read_bytes()) for p in sys.argv[2:4]]
_doc, identity = read_draft(target)
i = 0
while True:
    identity = save_draft(docs[i % 2], target, expected=identity)  # as the editor saves
    i += 1
    if i == 1:
        print("saving", flush=True)
"""


def two_big_drafts(tmp_path: Path) -> tuple[Any, Any, list[Path]]:
    a = load_draft(EXAMPLES / "seed-report.minutes")
    b = load_draft(EXAMPLES / "board-minutes.minutes")
    a.body.sections = [Section(heading=f"第{i}项", body="填充" * 3000) for i in range(300)]
    files = []
    for name, doc in (("a", a), ("b", b)):
        file = tmp_path / f"{name}.minutes"
        file.write_text(dumps_draft(doc), encoding="utf-8")
        files.append(file)
    return a, b, files


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_killed_saves_leave_old_or_new_drafts_and_swept_temp_files(tmp_path: Path) -> None:
    a, b, files = two_big_drafts(tmp_path)
    assert files[0].stat().st_size > 5_000_000  # ~6 MB: kills land inside the write too
    target = tmp_path / "draft" / "crash.minutes"
    target.parent.mkdir()
    save_draft(a, target)
    rng = random.Random(15)
    kills, interrupted = rounds(8, 200), 0
    for _ in range(kills):
        saver = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(target), *map(str, files)],
            stdout=subprocess.PIPE, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        assert saver.stdout is not None and saver.stdout.readline() == b"saving\n"
        time.sleep(rng.uniform(0, 0.2))  # where the kill lands, not a measurement
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        saver.stdout.close()
        assert load_draft(target) in (a, b)
        assert load_draft(backup_path(target)) in (a, b)
        leftovers = [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
        interrupted += bool(leftovers)
        past = time.time() - STALE_TEMP_SECONDS - 1
        for tmp in leftovers:
            os.utime(tmp, (past, past))  # as if the next start came later
        sweep_stale_temps(target)
        assert not [p for p in target.parent.iterdir() if p.name.endswith(".tmp")]
    print(f"FIGURE kill loop: {kills} kills of 6 MB saves, {interrupted} interrupted a write")


class FaultyOS:
    """``os`` as ``atomic`` sees it: the n-th risky call fails (and every later one, if
    persistent) with the given errno."""

    RISKY = frozenset({"open", "write", "fsync", "close", "link", "replace", "chmod", "chown"})

    def __init__(self, fail_at: int, code: int, persistent: bool) -> None:
        self.fail_at, self.code, self.persistent = fail_at, code, persistent
        self.calls = 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in self.RISKY:
            return real

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls += 1
            if self.calls == self.fail_at or (self.persistent and self.calls >= self.fail_at):
                if name == "close":
                    real(*args, **kwargs)  # a failing close still releases the descriptor
                raise OSError(self.code, os.strerror(self.code))
            return real(*args, **kwargs)

        return call


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EMFILE, errno.EACCES],
                         ids=["ENOSPC", "EIO", "EDQUOT", "EMFILE", "EACCES"])
@pytest.mark.parametrize("persistent", [False, True], ids=["once", "persistent"])
def test_a_fault_at_any_call_leaves_old_or_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, persistent: bool) -> None:
    old_doc = load_draft(EXAMPLES / "seed-report.minutes")
    new_doc = load_draft(EXAMPLES / "seed-report.minutes")
    new_doc.header.title = "新版本"
    for n in range(1, 40):
        folder = tmp_path / str(n)
        folder.mkdir()
        path = folder / "draft.minutes"
        save_draft(old_doc, path)
        _doc, identity = read_draft(path)
        faulty = FaultyOS(n, code, persistent)
        monkeypatch.setattr(atomic, "os", faulty)
        try:
            save_draft(new_doc, path, expected=identity)
            saved = True
        except DraftError as exc:
            assert os.strerror(code) in str(exc)
            saved = False
        finally:
            monkeypatch.setattr(atomic, "os", os)
        assert load_draft(path) == (new_doc if saved else old_doc), n
        assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")], n
        if faulty.calls < n:  # the save made fewer risky calls than n: every point was tried
            break
    else:
        pytest.fail("more than 39 risky calls in one save?")
