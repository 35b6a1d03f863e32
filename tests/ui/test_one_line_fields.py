"""One-line fields refuse line breaks (issue 12): a name or a place pasted with a break is
entered on one line (市长陈⏎建华 once printed as a broken line), while a multi-line field and the
headline, which may carry the clerk's breaks, keep them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_driving import activate, cell_editor

from minutes_app.model import MeetingDocument
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

CTRL = Qt.KeyboardModifier.ControlModifier


def paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, CTRL)


def test_a_pasted_break_in_a_one_line_field_is_taken_out(qtbot, editor) -> None:
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    fields = window.panels["header"].widgets
    place, title = fields["place"], fields["title"]

    paste(qtbot, place, "市政府\n第一会议室")
    assert place.text() == "市政府第一会议室"
    assert window.session.doc.header.place == "市政府第一会议室"
    paste(qtbot, place, " Room\r\n2")
    assert window.session.doc.header.place == "市政府第一会议室 Room 2"

    paste(qtbot, title, "两行\n标题")  # the headline may be broken where the clerk wants
    assert window.session.doc.header.title == "两行\n标题"


def test_a_pasted_break_in_a_name_cell_is_taken_out(qtbot, editor) -> None:
    window = editor.open_document(load_draft(EXAMPLES / "jiyao-example.minutes"))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)  # the people page
    people = window.panels["people"].group_editors[0].people
    people.table.setCurrentIndex(people.model.index(0, people.model.column_of("name")))
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    line = cell_editor(people)
    line.selectAll()
    paste(qtbot, line, "陈\n建华")
    assert line.text() == "陈建华"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.session.doc.people.groups[0].people[0].name == "陈建华"
