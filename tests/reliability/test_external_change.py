"""Another program rewrites an open draft (issue 15, D7): the editor notices as it happens,
and its next save stops to ask instead of writing over the other version."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reliability_helpers import ROOT, rounds

from minutes_app.fileio.atomic import backup_path
from minutes_app.storage import load_draft

# A sync client: writes the whole file anew (atomically, as Nextcloud or Dropbox do).
SYNC_CLIENT = """
import sys
from minutes_app.storage import load_draft, save_draft
doc = load_draft(sys.argv[1])
doc.header.place = sys.argv[2]
save_draft(doc, sys.argv[1], backup=False)
"""


def sync(draft: Path, place: str) -> None:
    subprocess.run([sys.executable, "-c", SYNC_CLIENT, str(draft), place], check=True, cwd=ROOT, timeout=120)


@pytest.mark.parametrize("answer", ["cancel", "overwrite"])
def test_an_external_change_is_detected_before_any_save(editors, draft: Path, answer: str) -> None:
    for round_ in range(rounds(1, 10)):
        editor = editors(draft, {"ask_changed_on_disk": answer})
        assert editor.reply()["opened"]
        editor.ask(f"edit 编辑器里的修改{round_}")
        sync(draft, f"同步来的版本{round_}")
        notice = editor.ask("wait-notice")
        assert notice["notice"] and "changed on disk by another program" in notice["text"]
        reply = editor.ask("save")
        assert reply["asked"][-1][:3] == ["ask_changed_on_disk", "meeting.minutes", "False"]
        if answer == "cancel":
            assert reply["saved"] is False
            assert load_draft(draft).header.place == f"同步来的版本{round_}"
        else:
            assert reply["saved"] is True
            assert load_draft(draft).header.place == f"编辑器里的修改{round_}"
            assert load_draft(backup_path(draft)).header.place == f"同步来的版本{round_}"
        editor.quit()
