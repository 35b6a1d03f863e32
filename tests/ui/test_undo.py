"""Typing makes undo steps as in a word processor (a pause, leaving the field, a new word or
sentence start a new one); Ctrl+Z and the fields' context menus reach the draft's stack; the
window's modified marker follows the stack's clean state."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
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
    qtbot.keyClicks(organisation, " abc")  # a new word: a new step
    stack = window.session.undo_stack
    assert stack.count() == 2
    assert window.undo_action.text() == "&Undo Edit Organisation"
    assert window.isWindowModified()
    assert window.windowTitle() == "Untitled 1[*] — Minutes"

    type_into(qtbot, place, "市委常委会议室")
    assert stack.count() == 3
    type_text(organisation, "!")  # back in the first field: a new step
    assert stack.count() == 4

    organisation.setFocus()
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL)  # the document's undo, not QLineEdit's
    assert organisation.text() == "市政府办公室 abc"
    assert window.session.doc.header.organisation == "市政府办公室 abc"
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL)
    assert place.text() == "" and window.session.doc.header.place == ""
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL)
    assert organisation.text() == "市政府办公室 "
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL)
    assert organisation.text() == ""
    assert not window.isWindowModified()
    assert window.redo_action.text() == "&Redo Edit Organisation"
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert organisation.text() == "市政府办公室 "

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


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_undo_steps_like_a_word_processor(qtbot, editor) -> None:
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    clock = FakeClock()
    window.session.typing.clock = clock
    stack = window.session.undo_stack
    fields = window.panels["header"].widgets
    purpose = fields["purpose"]

    purpose.setFocus()
    type_text(purpose, "研究部署防汛工作")
    assert stack.count() == 1  # one run of typing, no pause: one step
    clock.now += 0.5
    type_text(purpose, "。")  # the end of a sentence still belongs to it
    assert stack.count() == 1
    clock.now += 0.5
    type_text(purpose, "会议强调")  # a new sentence
    assert stack.count() == 2
    clock.now += 1.5  # a pause of a second and a half
    type_text(purpose, "要")
    assert stack.count() == 3

    qtbot.keyClick(purpose, Qt.Key.Key_Tab)  # leave the field ...
    assert not purpose.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)  # ... and come back at once
    assert purpose.hasFocus()
    purpose.moveCursor(purpose.textCursor().MoveOperation.End)
    type_text(purpose, "压实责任")  # a later visit never joins an earlier step
    assert stack.count() == 4
    qtbot.keyClick(purpose, Qt.Key.Key_Z, CTRL)
    assert purpose.toPlainText() == "研究部署防汛工作。会议强调要"
    qtbot.keyClick(purpose, Qt.Key.Key_Z, CTRL)
    assert purpose.toPlainText() == "研究部署防汛工作。会议强调"
    qtbot.keyClick(purpose, Qt.Key.Key_Z, CTRL)
    assert purpose.toPlainText() == "研究部署防汛工作。"
    assert window.session.doc.header.purpose == "研究部署防汛工作。"


def test_english_words_are_steps(qtbot, editor) -> None:
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    window.session.typing.clock = FakeClock()  # no time passes
    place = window.panels["header"].widgets["place"]
    place.setFocus()
    qtbot.keyClicks(place, "Council chamber, first floor")
    assert window.session.undo_stack.count() == 4
    qtbot.keyClick(place, Qt.Key.Key_Z, CTRL)
    assert place.text() == "Council chamber, first "


def test_the_context_menu_undoes_on_the_document(qtbot, editor, monkeypatch) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from minutes_app.ui import undo_keys

    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    place = window.panels["header"].widgets["place"]
    type_into(qtbot, place, "会议室")
    shown: list[QMenu] = []
    monkeypatch.setattr(undo_keys, "show_menu", lambda menu, where: shown.append(menu))
    place.customContextMenuRequested.emit(QPoint(5, 5))  # what a right click asks for
    (menu,) = shown
    undo = menu.findChild(QAction, "document-edit-undo")
    assert undo is not None and undo.isEnabled() and undo.text() == "&Undo Edit Place"
    assert menu.findChild(QAction, "edit-undo") not in menu.actions()  # QLineEdit's own is gone
    undo.trigger()
    assert place.text() == "" and window.session.doc.header.place == ""
    place.customContextMenuRequested.emit(QPoint(5, 5))
    redo = shown[-1].findChild(QAction, "document-edit-redo")
    assert redo.isEnabled()
    redo.trigger()
    assert window.session.doc.header.place == "会议室"

