"""Typing merges into one undo step per field; Ctrl+Z reaches the draft's stack from any field;
the window's modified marker follows the stack's clean state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from ui_driving import activate, type_into, type_text

from minutes_app.model import MeetingDocument

CTRL = Qt.KeyboardModifier.ControlModifier


def test_typing_merges_and_undo_keys_reach_the_document(qtbot, editor) -> None:
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    assert not window.isWindowModified()
    assert not window.undo_action.isEnabled() and window.undo_action.text() == "&Undo"
    fields = window.panels["header"].widgets
    organisation, place = fields["organisation"], fields["place"]

    type_into(qtbot, organisation, "市政府办公室")
    qtbot.keyClicks(organisation, " abc")
    stack = window.session.undo_stack
    assert stack.count() == 1
    assert window.undo_action.text() == "&Undo Edit Organisation"
    assert window.isWindowModified()
    assert window.windowTitle() == "Untitled 1[*] — Minutes"

    type_into(qtbot, place, "市委常委会议室")
    assert stack.count() == 2
    type_text(organisation, "!")  # back in the first field: a new step
    assert stack.count() == 3

    organisation.setFocus()
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL)  # the document's undo, not QLineEdit's
    assert organisation.text() == "市政府办公室 abc"
    assert window.session.doc.header.organisation == "市政府办公室 abc"
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL)
    assert place.text() == "" and window.session.doc.header.place == ""
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL)
    assert organisation.text() == ""
    assert not window.isWindowModified()
    assert window.redo_action.text() == "&Redo Edit Organisation"
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert organisation.text() == "市政府办公室 abc"

    body = window.panels["header"].widgets["purpose"]
    type_into(qtbot, body, "研究部署")
    assert window.session.doc.header.purpose == "研究部署"
    qtbot.keyClick(body, Qt.Key.Key_Z, CTRL)
    assert body.toPlainText() == "" and window.session.doc.header.purpose == ""


def test_typing_then_deleting_leaves_no_step(qtbot, editor) -> None:
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    field = window.panels["header"].widgets["place"]
    field.setFocus()
    qtbot.keyClicks(field, "ab")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert window.session.undo_stack.count() == 0
    assert not window.isWindowModified()


def test_text_is_cleaned_on_the_way_in(qtbot, editor) -> None:
    window = editor.open_document(MeetingDocument())
    field = window.panels["header"].widgets["place"]
    field.setText("会议室\x00A")
    field.textEdited.emit(field.text())
    assert window.session.doc.header.place == "会议室A"
    assert field.text() == "会议室A"  # the widget shows what the document holds
