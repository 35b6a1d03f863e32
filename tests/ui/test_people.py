"""People: moving between groups by keyboard and by drag, deleting a group, roster completion."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from ui_driving import activate, add_row, cell_editor, type_text

from minutes_app.model import AttendeeGroup, GroupRole, Person, copy_deep
from minutes_app.resources import EXAMPLES
from minutes_app.ui.roster import RosterEntry

SEED = EXAMPLES / "seed-report.minutes"
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, editor):
    window = editor.open_paths([SEED])[0]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    return window


def names(group: AttendeeGroup) -> list[str]:
    return [p.name for p in group.people]


def test_move_between_groups_and_delete_group_undo_exactly(qtbot, window) -> None:
    panel = window.panels["people"]
    doc = window.session.doc
    start = copy_deep(doc)
    panel.add_group()
    second = panel.group_editors[1]
    assert second.widgets["role"].hasFocus()
    second.widgets["role"].setCurrentIndex(second.widgets["role"].findData(GroupRole.IN_ATTENDANCE.value))
    second.widgets["role"].activated.emit(second.widgets["role"].currentIndex())
    assert doc.people.groups[1].role == GroupRole.IN_ATTENDANCE

    first = panel.group_editors[0].people
    first.select_row(5)  # 任磊
    first.table.setFocus()
    qtbot.keyClick(first.table, Qt.Key.Key_Down, CTRL_SHIFT)
    assert names(doc.people.groups[1]) == ["任磊"]
    assert second.people.table.hasFocus() and second.people.current_row() == 0

    # Drag 张广勇 from the first group's table onto the second group's first row.
    data = first.model.mimeData([first.model.index(0, 0)])
    second.people.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert names(doc.people.groups[1]) == ["张广勇", "任磊"]
    assert names(doc.people.groups[0]) == ["张稳科", "李建国", "任忠", "李安林"]

    # Back up to the first group's end with Ctrl+Shift+Up.
    second.people.select_row(1)
    second.people.table.setFocus()
    qtbot.keyClick(second.people.table, Qt.Key.Key_Up, CTRL_SHIFT)
    assert names(doc.people.groups[0])[-1] == "任磊"

    before_delete = copy_deep(doc)
    panel.group_editors[0].findChildren(type(panel.add_group_button))[-1].click()  # Remove group
    assert len(doc.people.groups) == 1 and names(doc.people.groups[0]) == ["张广勇"]
    assert len(panel.group_editors) == 1
    assert panel.group_editors[0].widgets["label"].text() == ""  # shows the remaining group

    window.session.undo_stack.undo()
    assert doc == before_delete
    assert panel.group_editors[0].widgets["label"].text() == "市领导"
    assert panel.group_editors[0].people.model.rowCount() == 5
    while window.session.undo_stack.canUndo():
        window.session.undo_stack.undo()
    assert doc == start
    assert len(panel.group_editors) == 1


def test_people_cells_complete_names_and_titles_from_the_roster(qtbot, editor, window) -> None:
    editor.roster.add([RosterEntry("王立伟", "市长"), RosterEntry("王小明", "秘书长")])
    editor.names.load()
    presiders = window.panels["people"].lists["presiders"]
    presiders.table.setFocus()
    qtbot.keyClick(presiders.table, Qt.Key.Key_Insert)
    line = cell_editor(presiders)
    type_text(line, "立伟")
    completer = line.completer()
    assert completer is not None
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    popup = completer.popup()
    assert popup.model().rowCount() == 1
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    if presiders.table.state() == presiders.table.State.EditingState:
        qtbot.keyClick(cell_editor(presiders), Qt.Key.Key_Return)
        QApplication.processEvents()
    person = window.session.doc.people.presiders[1]
    assert (person.name, person.title) == ("王立伟", "市长")
    stack = window.session.undo_stack
    assert stack.text(stack.count() - 1) == "Edit Name"  # one step for name and title
    stack.undo()
    assert window.session.doc.people.presiders[1] == Person()


def test_saving_adds_names_to_the_roster(qtbot, editor, window, tmp_path) -> None:
    add_row(qtbot, window.panels["people"].lists["speakers"], "新同志", "市委秘书长", "")
    editor.prompts.queue("save_file", str(tmp_path / "copy.minutes"))
    assert window.save_as()
    entries = {e.name: e.title for e in editor.roster.entries()}
    assert entries["新同志"] == "市委秘书长"
    assert entries["李正印"] == "市委书记、市疫情防控工作领导小组组长"
    assert "任磊" in entries
    assert editor.names.model.rowCount() == len(entries)
