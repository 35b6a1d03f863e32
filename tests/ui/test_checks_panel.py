"""The Checks panel: runs once a burst of edits pauses, lists the draft's problems, leads to
each problem's field, fixes through the undo stack; exports ask before writing a draft with
errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from ui_driving import activate, type_into

from minutes_app.checks import GlyphSource
from minutes_app.model import Person
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft, save_draft
from minutes_app.ui.checks_panel import HINT_ROWS, ChecksPanel
from minutes_app.ui.draft_session import DraftSession

JIYAO = EXAMPLES / "jiyao-example.minutes"


@pytest.fixture(scope="module")
def glyphs() -> GlyphSource:
    return GlyphSource().prepare()


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    doc = load_draft(JIYAO)
    doc.header.start_time, doc.header.end_time = dt.time(15, 0), dt.time(9, 0)
    doc.people.groups[0].people[1] = Person(name=" 刘志强")
    sub = doc.body.sections[2].sub_items[0]
    sub.heading = sub.heading.replace("由", "由(牵头)", 1)
    path = tmp_path / "broken.minutes"
    save_draft(doc, path, backup=False)
    return path


@pytest.fixture
def window(qtbot, editor, glyphs, broken, monkeypatch):
    monkeypatch.setattr(editor, "glyph_source", lambda: glyphs)
    window = editor.open_paths([broken])[0]
    qtbot.waitUntil(lambda: window.checks is not None, timeout=10_000)
    if window.checks.runs == 0:
        with qtbot.waitSignal(window.checks.checked, timeout=5_000):
            pass
    activate(qtbot, window)
    return window


def rows(panel: ChecksPanel) -> list[tuple[str, str]]:
    tree = panel.tree
    return [(tree.topLevelItem(i).text(1), tree.topLevelItem(i).text(0)) for i in range(tree.topLevelItemCount())]


def item_for(panel: ChecksPanel, field: str) -> QTreeWidgetItem:
    tree = panel.tree
    return next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(1) == field
    )


def activate_item(qtbot, panel: ChecksPanel, field: str) -> None:
    panel.tree.setFocus()
    panel.tree.setCurrentItem(item_for(panel, field))
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)


def test_lists_the_drafts_problems(window) -> None:
    panel = window.checks
    assert rows(panel) == [
        ("header.end_time", "The meeting ends (09:00) before it starts (15:00)."),
        ("people.groups[0].people[1].name", "“刘志强” begins or ends with spaces."),
        (
            "body.sections[2].sub_items[0].heading",
            "Half-width ( ) in Chinese text: use full-width punctuation.",
        ),
    ]
    assert panel.summary.text() == "Errors: 1   Warnings: 2"
    assert window.checks_dock.isVisible()


def test_a_burst_of_typing_is_checked_once(qtbot, window) -> None:
    panel = window.checks
    place = window.panels["header"].widgets["place"]
    runs = panel.runs
    type_into(qtbot, place, "市政府第二会议室, 301")  # eleven edits, no pause between them
    assert panel.runs == runs and panel.timer.isActive()
    with qtbot.waitSignal(panel.checked, timeout=5_000):
        pass
    assert panel.runs == runs + 1
    assert ("header.place", "Half-width , in Chinese text: use full-width punctuation.") in rows(panel)
    type_into(qtbot, place, "市政府第二会议室")
    with qtbot.waitSignal(panel.checked, timeout=5_000):
        pass
    assert panel.runs == runs + 2
    assert "header.place" not in [field for field, _message in rows(panel)]


def test_activating_a_problem_focuses_its_field(qtbot, window) -> None:
    panel = window.checks
    activate_item(qtbot, panel, "header.end_time")
    header = window.panels["header"]
    assert window.tabs.currentWidget() is window.panels.holder("header")
    assert header.widgets["end_time"].isAncestorOf(QApplication.focusWidget()) or (
        QApplication.focusWidget() is header.widgets["end_time"]
    )

    activate_item(qtbot, panel, "people.groups[0].people[1].name")
    people = window.panels["people"]
    table = people.group_editors[0].people.table
    assert window.tabs.currentWidget() is window.panels.holder("people")
    assert QApplication.focusWidget() is table
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 0)

    activate_item(qtbot, panel, "body.sections[2].sub_items[0].heading")
    sections = window.panels["sections"]
    assert window.tabs.currentWidget() is window.panels.holder("sections")
    assert sections.current_row() == 2
    subs = sections.editor.lists["sub_items"]
    assert QApplication.focusWidget() is subs.table
    assert subs.current_row() == 0


def test_fix_goes_through_the_undo_stack(qtbot, window) -> None:
    panel = window.checks
    session = window.session
    original = load_draft(JIYAO)
    panel.tree.setCurrentItem(item_for(panel, "people.groups[0].people[1].name"))
    assert panel.fix_button.isEnabled()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert session.doc.people.groups[0].people[1].name == "刘志强"
    assert [field for field, _m in rows(panel)] == [
        "header.end_time",
        "body.sections[2].sub_items[0].heading",
    ]
    panel.tree.setCurrentItem(item_for(panel, "header.end_time"))
    assert not panel.fix_button.isEnabled()  # an end time is the clerk's to correct

    qtbot.mouseClick(panel.fix_all_button, Qt.MouseButton.LeftButton)
    assert session.doc.body.sections[2].sub_items[0].heading == original.body.sections[2].sub_items[0].heading.replace("由", "由（牵头）", 1)
    assert [field for field, _m in rows(panel)] == ["header.end_time"]
    assert not panel.fix_all_button.isEnabled()

    window.undo_action.trigger()  # "fix all" is one step
    assert "(牵头)" in session.doc.body.sections[2].sub_items[0].heading
    window.undo_action.trigger()
    assert session.doc.people.groups[0].people[1].name == " 刘志强"
    assert not session.undo_stack.canUndo()


def test_export_asks_when_the_draft_has_errors(qtbot, editor, window, tmp_path: Path) -> None:
    out = tmp_path / "out.docx"
    editor.prompts.queue("choose_export", ("docx", "jiyao", "zh_CN", "chars"), ("docx", "jiyao", "zh_CN", "chars"))
    editor.prompts.queue("export_anyway", False, True)
    editor.prompts.queue("save_file", str(out))
    window.export("docx")
    [(errors,)] = editor.prompts.asked("export_anyway")
    assert errors == ["header.end_time: The meeting ends (09:00) before it starts (15:00)."]
    assert editor.prompts.asked("save_file") == [] and not out.exists()
    window.export("docx")  # "export anyway"
    assert out.exists()


def test_a_clean_draft_exports_without_asking(qtbot, editor, glyphs, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(editor, "glyph_source", lambda: glyphs)
    window = editor.open_paths([JIYAO])[0]
    editor.prompts.queue("choose_export", ("html", "jiyao", "zh_CN", "chars"))
    editor.prompts.queue("save_file", str(tmp_path / "clean.html"))
    window.export("html")
    assert editor.prompts.asked("export_anyway") == []
    assert (tmp_path / "clean.html").exists()


def test_messages_follow_the_interface_language(qtbot, window, editor) -> None:
    editor.language.set_language("zh_CN")
    panel = window.checks
    assert rows(panel)[0] == ("header.end_time", "会议结束时间（09:00）早于开始时间（15:00）。")
    assert panel.summary.text() == "错误：1　警告：2"
    assert window.checks_dock.windowTitle() == "检查"


def test_debounce_with_a_fixed_clock(qtbot, qapp) -> None:
    """The clock is passed in: the day before the meeting, its date and the 印发日期 (two days
    later) are in the future; on the 印发日期 neither is."""
    doc = load_draft(JIYAO)
    session = DraftSession(doc)
    days = [doc.header.date - dt.timedelta(days=1)]
    panel = ChecksPanel(session, _language(), today=lambda: days[0], delay_ms=0)
    qtbot.addWidget(panel)
    panel.run_now()
    assert [(p.rule, p.field) for p in panel.problems] == [
        ("date-in-future", "header.date"),
        ("date-in-future", "colophon.printed_on"),
    ]
    days[0] = doc.colophon.printed_on
    session.set(("header", "place"), "市政府第二会议室", "edit")
    session.set(("header", "place"), "市政府第三会议室", "edit")
    with qtbot.waitSignal(panel.checked, timeout=5_000):
        pass
    assert panel.runs == 2 and panel.problems == []


def _language():
    from minutes_app.ui.i18n import Language

    language = Language()
    language.set_language("en")
    return language


def test_the_dock_opens_a_few_rows_tall(qtbot, window) -> None:
    """The form keeps the room: the dock starts about HINT_ROWS problems tall, not the list
    widget's default (a third of the window)."""
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    panel = window.checks_dock.widget()
    row = panel.tree.sizeHintForRow(0) if panel.tree.topLevelItemCount() else panel.tree.fontMetrics().height()
    shown_rows = panel.tree.viewport().height() / row
    assert HINT_ROWS - 1 <= shown_rows <= HINT_ROWS + 2
    assert window.checks_dock.height() < window.height() / 4
