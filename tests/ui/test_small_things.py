"""Issue 14, point 7: the small surprises, each with its test."""

from __future__ import annotations

import datetime as dt
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton

from minutes_app.model import Header, MeetingDocument
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft
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
        status = child.wait(timeout=60)
        assert status == 0, child.stderr.read() if child.stderr else status
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


# The English interface ---------------------------------------------------------------------------


def test_the_english_people_page_has_no_chinese_labels(qtbot, editor) -> None:
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QLineEdit

    window = editor.open_document(load_draft(EXAMPLES / "board-minutes.minutes"))
    window.show_page("people")
    panel = window.panels["people"]
    shown = [w.text() for w in panel.findChildren(QLabel) + panel.findChildren(QPushButton)]
    shown += [g.title() for g in panel.findChildren(QGroupBox)]
    shown += [c.itemText(i) for c in panel.findChildren(QComboBox) for i in range(c.count())]
    shown += [e.placeholderText() for e in panel.findChildren(QLineEdit)]
    for view in panel.findChildren(QAbstractItemView):
        model = view.model()
        shown += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]
    assert "Presiding" in shown and "Contribution" in shown and "Present" in shown
    assert not [t for t in shown if re.search("[\u3000-\u9fff]", t)]


def test_the_english_interface_draws_quotes_with_a_latin_face(qtbot, qapp) -> None:
    from PySide6.QtGui import QFont

    import minutes_app.ui.ui_font as ui_font

    original = QFont(qapp.font())
    cjk = QFont("Noto Sans CJK SC")
    assert ui_font.draws_quotes_wide(cjk)  # the system font of a Chinese desktop
    saved, ui_font._system_font = ui_font._system_font, None
    qapp.setFont(cjk)
    try:
        ui_font.fit_font_to_language(qapp, "en")
        assert not ui_font.draws_quotes_wide(qapp.font())
        assert qapp.font().families()[1:] == cjk.families()  # Chinese names still in the CJK face
        ui_font.fit_font_to_language(qapp, "zh_CN")
        assert qapp.font().families() == cjk.families()
    finally:
        ui_font._system_font = saved
        qapp.setFont(original)


def test_the_f1_table_keeps_the_descriptions_in_one_column(qtbot, make_editor) -> None:
    from minutes_app.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from minutes_app.ui.shortcuts_help import shortcuts_rows

    make_editor(language="zh_CN")
    rows = shortcuts_rows()
    assert ("Ctrl+S", "保存") in rows
    dialog = ShortcutsDialog("键盘快捷键", ("按键", "作用"), rows)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    lefts = {table.visualItemRect(table.item(r, 1)).left() for r in range(table.rowCount()) if rows[r][0]}
    assert len(lefts) == 1  # every description starts at the same x
    widest = max(table.fontMetrics().horizontalAdvance(keys) for keys, _ in rows)
    assert lefts.pop() >= widest  # after the longest keys, whatever the font


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_end_time_before_the_start_is_flagged_as_it_is_set(qtbot, make_editor, language) -> None:
    from PySide6.QtCore import Qt
    from ui_driving import activate, set_optional

    editor = make_editor(language=language)
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    fields = window.panels["header"].widgets
    set_optional(fields["start_time"], dt.time(10, 0))
    set_optional(fields["end_time"], dt.time(9, 30))
    assert window.session.doc.header.end_time == dt.time(9, 30)  # kept: the start may be wrong
    expected = {
        "en": "The meeting ends (09:30) before it starts (10:00).",
        "zh_CN": "会议结束时间（09:30）早于开始时间（10:00）。",
    }[language]
    assert window.statusBar().currentMessage() == expected
    assert fields["end_time"].toolTip() == expected and fields["end_time"].editor.styleSheet()
    fields["start_time"].editor.setFocus()
    qtbot.keyClick(fields["start_time"].editor, Qt.Key.Key_Home)  # the hours
    for _ in range(2):
        qtbot.keyClick(fields["start_time"].editor, Qt.Key.Key_Down)
    assert window.session.doc.header.start_time == dt.time(8, 0)
    assert fields["end_time"].toolTip() == "" and fields["end_time"].editor.styleSheet() == ""


def test_moves_past_the_first_or_last_group_are_off(qtbot, editor) -> None:
    from PySide6.QtCore import Qt

    window = editor.open_document(load_draft(SEED))
    window.show_page("people")
    panel = window.panels["people"]

    def offered(group, delta):
        return [c.isEnabled() for c in group.moves[delta]]  # the action, its button, the group's

    [only] = panel.group_editors
    assert offered(only, -1) == offered(only, 1) == [False, False, False]
    first = only.people
    first.select_row(0)
    first.table.setFocus()
    before = [len(g.people) for g in window.session.doc.people.groups]
    qtbot.keyClick(first.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [len(g.people) for g in window.session.doc.people.groups] == before
    qtbot.keyClick(panel.add_group_button, Qt.Key.Key_Space)  # a second group
    first, second = panel.group_editors
    assert offered(first, -1) == [False, False, False] and offered(first, 1) == [True, True, True]
    assert offered(second, -1) == [True, True, True] and offered(second, 1) == [False, False, False]
    window.session.undo_stack.undo()
    assert offered(panel.group_editors[0], 1) == [False, False, False]


def test_typing_after_add_goes_into_the_new_section(qtbot, editor) -> None:
    """The report: after 添加 the next typing went into the previous section (intermittent).
    Driven both ways (the Add button with the mouse, Insert with the keyboard), three times."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton
    from ui_driving import activate, type_text

    window = editor.open_document(load_draft(SEED))
    activate(qtbot, window)
    window.show_page("sections")
    panel = window.panels["sections"]
    body = panel.editor.widgets["body"]
    add = next(b for b in panel.list.findChildren(QToolButton) if b.defaultAction() is panel.list.add_action)
    before = [s.heading for s in window.session.doc.body.sections]
    panel.list.select_row(1)
    for number, label in enumerate(("甲", "乙", "丙")):
        if number % 2:
            panel.list.table.setFocus()
            qtbot.keyClick(panel.list.table, Qt.Key.Key_Insert)
        else:
            qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
        type_text(QApplication.focusWidget(), label)  # the new row's heading, in the list
        qtbot.mouseClick(body, Qt.MouseButton.LeftButton)
        assert panel.editor.binder.base == ("body", "sections", 2 + number)
        type_text(body, f"{label}的正文")
    sections = window.session.doc.body.sections
    assert [(s.heading, s.body) for s in sections[2:5]] == [("甲", "甲的正文"), ("乙", "乙的正文"), ("丙", "丙的正文")]
    assert [s.heading for s in sections[:2] + sections[5:]] == before  # nothing else touched


def test_sigterm_keeps_unsaved_work_for_the_next_start(qtbot, make_editor, monkeypatch) -> None:
    """Quitting on SIGTERM asks nothing; a draft with unsaved changes is autosaved first and is
    offered back at the next start (a saved one leaves nothing, see the test above)."""
    editor = make_editor()
    window = editor.open_document(MeetingDocument(header=Header(meeting_name="校长办公会议")))
    window.session.set(("header", "place"), "三楼会议室", "Edit Place")
    assert window.session.is_modified and not editor.recovery.has(window.session.draft_id)
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: None))
    editor.terminate()  # what the SIGTERM handler calls
    assert editor.windows == [] and not editor.prompts.calls  # no question was asked
    following = make_editor()
    following.prompts.queue("choose_recovered", "all")
    following.after_first_show()
    [(titles,)] = following.prompts.asked("choose_recovered")
    assert titles == ["校长办公会议"]
    assert following.windows[-1].session.doc.header.place == "三楼会议室"


def test_an_editor_ending_with_windows_open_frees_its_drafts(tmp_path: Path, child_env: dict[str, str]) -> None:
    """The event loop may end with windows open (the session ends, a test's exit after show):
    no draft lock is left beside the file for the next editor to stumble on."""
    draft = tmp_path / "meeting.minutes"
    draft.write_bytes(SEED.read_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "minutes_app.ui.app", str(draft)],
        capture_output=True, text=True, env=child_env, timeout=120, check=False,
    )
    assert done.returncode == 0 and "MINUTES_SHOWN" in done.stdout, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["meeting.minutes"]
