"""Two editor processes on one draft (issue 15, D7): the second is told who has it and cannot
silently overwrite the first one's work; a crashed editor's lock does not block anyone."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from reliability_helpers import rounds

from minutes_app.storage import load_draft
from minutes_app.storage.draft_lock import lock_path


def test_the_second_editor_is_told_and_cannot_overwrite(editors, draft: Path) -> None:
    first = editors(draft)
    assert first.reply()["opened"]
    second = editors(draft, {"ask_locked": "read_only", "ask_save_elsewhere": False})
    opened = second.reply()
    assert opened["read_only"]
    [(question, name, who)] = opened["asked"]
    assert question == "ask_locked" and name == "meeting.minutes" and " on " in who

    first.ask("edit 第一位书记员的修改")
    assert first.ask("save")["saved"]
    second.ask("edit 第二位书记员的修改")
    reply = second.ask("save")
    assert reply["saved"] is False
    assert reply["asked"][-1][0] == "ask_save_elsewhere"
    assert load_draft(draft).header.place == "第一位书记员的修改"  # nothing silently lost

    first.quit()
    assert not lock_path(draft).exists()  # released on close: the draft is free again


def test_two_editors_started_together_never_both_get_the_draft(editors, draft: Path) -> None:
    for round_ in range(rounds(3, 30)):
        a = editors(draft, {"ask_locked": "cancel"})
        b = editors(draft, {"ask_locked": "cancel"})
        replies = [a.reply(), b.reply()]
        opened = [r["opened"] for r in replies]
        asked = [[q[0] for q in r["asked"]] for r in replies]
        assert sorted(opened) == [False, True], (round_, replies)  # exactly one has it
        assert asked[opened.index(False)] == ["ask_locked"], (round_, replies)
        for editor in (a, b):
            editor.quit()
        assert not lock_path(draft).exists()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_a_killed_editors_lock_is_recognised_as_stale(editors, draft: Path) -> None:
    crashed = editors(draft)
    assert crashed.reply()["opened"]
    crashed.process.send_signal(signal.SIGKILL)
    crashed.process.wait()
    assert lock_path(draft).exists()  # left behind by the crash
    after = editors(draft)
    reply = after.reply()
    assert reply["opened"] and not reply["read_only"] and reply["asked"] == []
    after.ask("edit 崩溃之后")
    assert after.ask("save")["saved"]
    assert load_draft(draft).header.place == "崩溃之后"
