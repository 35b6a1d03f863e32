"""Drafts: quitting with unsaved changes, corrupt files, failed saves, recent files, new drafts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_driving import activate, type_into

from minutes_app.model import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft
from minutes_app.ui.prompts import Answer
from minutes_app.ui.settings import MAX_RECENT

SEED = EXAMPLES / "seed-report.minutes"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.minutes"
    shutil.copyfile(SEED, path)
    return path


def edit(qtbot, window, text: str = "X") -> None:
    type_into(qtbot, window.panels["header"].widgets["place"], text)
    window.autosaver.flush()


def test_quit_cancel_keeps_everything(qtbot, editor, draft: Path) -> None:
    window = editor.open_paths([draft])[0]
    edit(qtbot, window)
    editor.prompts.queue("ask_unsaved", Answer.CANCEL)
    assert editor.quit() is False
    assert editor.windows == [window] and window.isVisible()
    assert editor.prompts.asked("ask_unsaved") == [("meeting.minutes",)]
    assert editor.recovery.has(window.session.draft_id)
    assert load_draft(draft).header.place == ""


def test_quit_discard_drops_changes_and_recovery(qtbot, editor, draft: Path) -> None:
    window = editor.open_paths([draft])[0]
    edit(qtbot, window)
    draft_id = window.session.draft_id
    assert editor.recovery.has(draft_id)
    editor.prompts.queue("ask_unsaved", Answer.DISCARD)
    assert editor.quit() is True
    assert editor.windows == []
    assert not editor.recovery.has(draft_id)
    assert load_draft(draft).header.place == ""
    assert not editor.recovery.folder.exists()  # a clean exit leaves no session behind


def test_quit_save_writes_the_draft(qtbot, editor, draft: Path) -> None:
    window = editor.open_paths([draft])[0]
    edit(qtbot, window, "市委常委会议室")
    other = editor.new_draft("board")
    edit(qtbot, other, "Board room")
    editor.prompts.queue("ask_unsaved", Answer.SAVE, Answer.SAVE)
    editor.prompts.queue("save_file", str(draft.parent / "board"))
    assert editor.quit() is True
    assert load_draft(draft).header.place == "市委常委会议室"
    board = load_draft(draft.parent / "board.minutes")
    assert board.header.place == "Board room" and board.header.style == DocumentStyle.BOARD
    assert (draft.parent / "meeting.minutes.bak").exists()  # the previous version is kept


def test_close_window_with_ctrl_w_asks(qtbot, editor, draft: Path) -> None:
    window = editor.open_paths([draft])[0]
    activate(qtbot, window)
    edit(qtbot, window)
    editor.prompts.queue("ask_unsaved", Answer.CANCEL)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible()
    editor.prompts.queue("ask_unsaved", Answer.DISCARD)
    window.close()
    assert editor.windows == []


@pytest.mark.parametrize(
    "content, expected",
    [
        (b'{"format": "minutes-draft", "schema_version": 2, "document": {', "is cut short"),
        (b'{"format": "minutes-draft", "schema_version": 2, "x": "\xff"}', "is not a Minutes draft"),
        (b"garbage", "is not a Minutes draft"),
        (b'{"format": "minutes-draft", "schema_version": 2, "document": {"header": {"date": 5}}}',
         "(the header) is damaged"),
    ],
)
def test_corrupt_draft_shows_the_problem(editor, tmp_path: Path, content: bytes, expected: str) -> None:
    bad = tmp_path / "bad.minutes"
    bad.write_bytes(content)
    assert editor.open_paths([bad]) == []
    assert editor.windows == []
    [(title, message, details)] = editor.prompts.asked("error")
    assert title == "The draft could not be opened"
    assert "“bad.minutes”" in message and expected in message
    assert "Traceback" not in message
    assert details.startswith("bad.minutes: ")  # the precise reason, for whoever helps


def test_failed_save_keeps_the_draft_modified(qtbot, editor, draft: Path) -> None:
    window = editor.open_paths([draft])[0]
    edit(qtbot, window)
    editor.prompts.queue("save_file", str(draft.parent / "missing-folder" / "x.minutes"))
    assert window.save_as() is False
    [(title, message, _)] = editor.prompts.asked("error")
    assert title == "The draft was not saved" and "x.minutes" in message
    assert window.isWindowModified() and window.session.path == draft.resolve()


def test_recent_files_are_absolute_pruned_and_capped(editor, tmp_path: Path) -> None:
    paths = []
    for i in range(MAX_RECENT + 2):
        path = tmp_path / f"d{i}.minutes"
        shutil.copyfile(SEED, path)
        paths.append(path)
        editor.preferences.add_recent(path)
    recent = editor.preferences.recent_files()
    assert recent == [p.resolve() for p in reversed(paths)][:MAX_RECENT]
    paths[-1].unlink()
    assert editor.preferences.recent_files()[0] == paths[-2].resolve()
    window = editor.open_paths([paths[3]])[0]
    menu = window.menus["file/recent"]
    editor.fill_recent_menu(menu)
    texts = [a.text() for a in menu.actions() if a.text()]
    # d3 moved to the front of the nine left, then "Clear the list".
    assert texts[:3] == ["&1 d3.minutes", "&2 d10.minutes", "&3 d9.minutes"]
    assert len(texts) == MAX_RECENT and texts[-1] == "&Clear the list"
    menu.actions()[1].trigger()  # the second entry opens in a window of its own
    assert [w.session.path.name for w in editor.windows] == ["d3.minutes", "d10.minutes"]


def test_new_drafts_come_from_the_templates(editor) -> None:
    for key, style in (("new_jiyao", "jiyao"), ("new_news", "news"), ("new_board", "board")):
        window = editor.windows[-1] if editor.windows else editor.new_draft("jiyao")
        window.actions[key].trigger()
        new = editor.windows[-1]
        assert new.session.doc.header.style == style
        assert new.session.path is None and not new.isWindowModified()
    assert [w.windowTitle() for w in editor.windows][-1].startswith("Untitled 4")


def test_saving_again_does_not_count_the_names_again(qtbot, editor, draft: Path) -> None:
    window = editor.open_paths([draft])[0]
    for place in ("会议室", "常委会议室"):
        edit(qtbot, window, place)
        assert window.save()
    uses = dict(editor.roster._connect().execute("SELECT name, uses FROM person"))
    assert uses and set(uses.values()) == {1}
    assert "张广勇" in uses  # a 市领导 of the seed draft
