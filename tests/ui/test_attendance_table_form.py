"""The 参会人员 table choice in the People form: a check box per group, shown in a 纪要 only,
toggled from the keyboard as one undo step, and the preview then shows the group as a table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextTable
from ui_driving import activate, choose

from minutes_app.model import DocumentStyle
from minutes_app.resources import EXAMPLES

WAIT = 30_000  # ms before a test gives up waiting for a render (a loaded machine is slow)
CTRL = Qt.KeyboardModifier.ControlModifier


def preview_tables(window) -> list[QTextTable]:
    root = window.preview.browser.document().rootFrame()
    return [frame for frame in root.childFrames() if isinstance(frame, QTextTable)]


def test_toggling_the_table_box_is_one_undo_step_and_the_preview_shows_a_table(qtbot, editor) -> None:
    window = editor.open_paths([EXAMPLES / "jiyao-example.minutes"])[0]
    activate(qtbot, window)
    qtbot.waitUntil(lambda: window.preview is not None and bool(window.preview.html), timeout=WAIT)
    qtbot.waitUntil(lambda: window.preview.idle, timeout=WAIT)
    assert preview_tables(window) == []
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    panel = window.panels["people"]
    box = panel.group_editors[0].widgets["as_table"]
    assert box.isVisibleTo(panel) and not box.isChecked()
    session = window.session
    steps = session.undo_stack.count()

    box.setFocus()
    with qtbot.waitSignal(window.preview.rendered, timeout=WAIT):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert session.doc.people.groups[0].as_table is True
    assert session.undo_stack.count() == steps + 1
    (table,) = preview_tables(window)
    names = [p.name for p in session.doc.people.groups[0].people]
    cells = [table.cellAt(row, 0).firstCursorPosition().block().text() for row in range(table.rows())]
    assert cells == ["姓名", *names]

    with qtbot.waitSignal(window.preview.rendered, timeout=WAIT):
        session.undo_stack.undo()
    assert session.doc.people.groups[0].as_table is False and not box.isChecked()
    assert preview_tables(window) == []


def test_the_table_box_shows_in_a_jiyao_only_and_keeps_its_value(qtbot, editor) -> None:
    window = editor.open_paths([EXAMPLES / "jiyao-example.minutes"])[0]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    people = window.panels["people"]
    box = people.group_editors[0].widgets["as_table"]
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    style = window.panels["header"].widgets["style"]
    for other in (DocumentStyle.NEWS, DocumentStyle.BOARD):
        choose(qtbot, style, other)
        assert not box.isVisibleTo(people)
    assert window.session.doc.people.groups[0].as_table is True  # hidden, not cleared
    choose(qtbot, style, DocumentStyle.JIYAO)
    assert box.isVisibleTo(people) and box.isChecked()
    # A group added later has the box too, under the same rule.
    people.add_group()
    assert people.group_editors[-1].widgets["as_table"].isVisibleTo(people)
