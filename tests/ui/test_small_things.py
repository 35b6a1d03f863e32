"""Issue 14, point 7: the small surprises, each with its test."""

from __future__ import annotations

import datetime as dt
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

from minutes_app.model import Header, MeetingDocument
from minutes_app.resources import EXAMPLES
from minutes_app.ui.file_names import meeting_stem
from minutes_app.ui.recovery import RecoveryStore

SEED = EXAMPLES / "seed-report.minutes"


# Save As and the file dialogs --------------------------------------------------------------------


def test_save_as_suggests_the_meeting_as_the_file_name(qtbot, editor, tmp_path: Path) -> None:
    doc = MeetingDocument(header=Header(meeting_name="市委常委会/扩大会议: 第3次", date=dt.date(2024, 5, 8)))
    window = editor.open_document(doc)
    editor.prompts.queue("save_file", None)
    assert not window.save()
    [(suggested,)] = editor.prompts.asked("save_file")
    assert Path(suggested).name == "2024-05-08 市委常委会 扩大会议 第3次.minutes"
    assert meeting_stem(MeetingDocument()) == ""
    blank = editor.open_document(MeetingDocument())
    editor.prompts.queue("save_file", None)
    blank.save()
    assert Path(editor.prompts.asked("save_file")[-1][0]).name == "Untitled 2.minutes"


def test_dialogs_start_next_to_the_draft(qtbot, editor, tmp_path: Path) -> None:
    folder = tmp_path / "council"
    folder.mkdir()
    draft = folder / "may.minutes"
    draft.write_bytes(SEED.read_bytes())
    window = editor.open_paths([draft])[0]
    editor.prompts.queue("open_files", [], [])
    editor.open_dialog(window)
    editor.import_dialog(window)
    assert [args[0] for args in editor.prompts.asked("open_files")] == [str(folder), str(folder)]
    untitled = editor.open_document(MeetingDocument())
    editor.prompts.queue("open_files", [])
    editor.import_dialog(untitled)  # nothing remembered, no folder of its own: home
    assert editor.prompts.asked("open_files")[-1][0] == str(Path.home())


@pytest.mark.parametrize("accept", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave])
def test_qt_file_dialogs_are_all_chinese_in_the_chinese_interface(qtbot, make_editor, accept) -> None:
    make_editor(language="zh_CN")
    dialog = QFileDialog(None, "打开草稿", str(Path.home()), "Minutes 草稿 (*.minutes)")
    qtbot.addWidget(dialog)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(accept)
    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton) if w.text()]
    assert texts
    bare = [re.sub(r"\(&.\)", "", t) for t in texts]  # 查找范围(&L)： -> 查找范围：
    assert not [t for t in bare if re.search("[A-Za-z]", t)], texts  # no English left
    assert "查找范围(&L)：" in texts and "文件类型(&T)：" in texts


# Recovery ---------------------------------------------------------------------------------------


def test_recovery_names_untitled_drafts_by_their_meeting(qtbot, editor) -> None:
    doc = MeetingDocument(header=Header(meeting_name="校长办公会议", date=dt.date(2025, 3, 1)))
    window = editor.open_document(doc, unsaved=True)
    assert window.recovery_title() == "2025-03-01 校长办公会议"
    assert editor.recovery.has(window.session.draft_id)
    [offered] = RecoveryStore._describe(editor.recovery.folder / f"{window.session.draft_id}.minutes"),
    assert offered.title == "2025-03-01 校长办公会议"


def test_sigterm_is_a_clean_quit_with_nothing_to_recover(tmp_path: Path, child_env: dict[str, str]) -> None:
    draft = tmp_path / "meeting.minutes"
    draft.write_bytes(SEED.read_bytes())
    env = dict(child_env, MINUTES_EXIT_AFTER_SHOW="stay")
    child = subprocess.Popen(
        [sys.executable, "-m", "minutes_app.ui.app", str(draft)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("MINUTES_SHOWN"), child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=60) == 0
    finally:
        if child.poll() is None:
            child.kill()
    recovery = Path(env["MINUTES_DATA_DIR"]) / "recovery"
    store = RecoveryStore(recovery)
    store.start()
    try:
        assert store.orphans() == []  # the next start offers nothing
        assert not list((recovery / "sessions").glob("*/session.lock")) or all(
            p.parent == store.folder for p in (recovery / "sessions").glob("*/session.lock")
        )
    finally:
        store.close()
    assert "Traceback" not in (child.stderr.read() if child.stderr else "")
