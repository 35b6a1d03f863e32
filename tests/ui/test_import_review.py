"""The review step after File > Import or paste: the source beside the structure found, fixed
with the keyboard before the draft opens, the fixes undoable afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from ui_driving import type_into, type_text

from minutes_app.importers import import_file, import_text
from minutes_app.ui.dialogs.import_review_dialog import ImportReviewDialog

TEXT = Path(__file__).parents[1] / "importers" / "data" / "corpus" / "zh-county-inline-yao.txt"


def _dialog(qtbot) -> ImportReviewDialog:
    result = import_file(TEXT)
    dialog = ImportReviewDialog(result.document, [str(w) for w in result.warnings], TEXT.name)
    qtbot.addWidget(dialog)
    return dialog


def test_review_shows_the_source_beside_the_structure_found(qtbot) -> None:
    dialog = _dialog(qtbot)
    assert dialog.source.toPlainText() == TEXT.read_text(encoding="utf-8").strip()
    assert dialog.header_edits["title"].text() == "县政府召开第12次常务会议"
    assert dialog.header_edits["date_text"].text() == "6月3号上午"
    assert dialog.date_found.text() == "not a full date: left empty"
    presiding = dialog.people.topLevelItem(0)
    assert (presiding.child(0).text(0), presiding.child(0).text(1)) == ("王明", "县长")
    group = dialog.people.topLevelItem(1)
    assert [group.child(i).text(0) for i in range(group.childCount())] == ["李强", "赵刚", "孙丽"]
    assert group.text(2) == "各乡镇主要负责人，县直有关部门干部职工等80多人"
    rows = [
        tuple(dialog.sections.item(r, c).text() for c in range(3))
        for r in range(dialog.sections.rowCount())
    ]
    assert rows == [
        ("一要", "会议指出，", "提高政治站位"),
        ("二要", "", "压实工作责任"),
        ("三要", "", "强化隐患排查"),
        ("四要", "", "做好应急准备"),
    ]
    assert dialog.warnings.count() == 2  # the yearless date, the paragraph kept as it is


def test_fixes_typed_in_the_review(qtbot) -> None:
    dialog = _dialog(qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_into(qtbot, dialog.header_edits["date_text"], "2026年6月3日上午")
    table = dialog.sections
    table.setCurrentCell(1, 2)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the heading cell, as a clerk would
    (line,) = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    line.selectAll()
    type_text(line, "压实责任")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    table.setCurrentCell(1, 1)  # the second item's lead-in: one the clerk adds
    qtbot.keyClick(table, Qt.Key.Key_F2)
    (line,) = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    type_text(line, "会议要求，")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert dialog.fixes() == [
        (("header", "date_text"), "2026年6月3日上午"),
        (("body", "sections", 1, "lead_in"), "会议要求，"),
        (("body", "sections", 1, "heading"), "压实责任"),
    ]
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Open the draft"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportReviewDialog.DialogCode.Accepted


def test_the_editor_opens_the_reviewed_draft_and_undo_returns_to_the_import(qtbot, editor) -> None:
    editor.prompts.queue("paste_text", TEXT.read_text(encoding="utf-8"))
    editor.prompts.queue("review_import", [(("header", "title"), "县政府常务会议")])
    editor.paste_dialog()
    (window,) = editor.windows
    session = window.session
    assert session.doc.header.title == "县政府常务会议"
    assert [s.heading for s in session.doc.body.sections][0] == "提高政治站位"
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.doc.header.title == "县政府召开第12次常务会议"  # as the import found it
    assert not session.undo_stack.canUndo()


def test_cancelling_the_review_opens_nothing(qtbot, editor) -> None:
    editor.prompts.queue("paste_text", TEXT.read_text(encoding="utf-8"))
    editor.prompts.queue("review_import", None)
    editor.paste_dialog()
    assert editor.windows == []


def test_the_date_found_says_why_there_is_none(qtbot) -> None:
    for text, shown in (
        ("Oak Trust\nMinutes of the Trustees Meeting held on 2 May 2024\n", "2024-05-02"),
        ("县政府召开常务会议\n6月3号上午，县政府召开常务会议。\n", "not a full date: left empty"),
        ("Oak Trust\nMinutes of the Trustees Meeting\n", "none found"),
    ):
        result = import_text(text)
        dialog = ImportReviewDialog(result.document, [], "pasted text")
        qtbot.addWidget(dialog)
        assert dialog.date_found.text() == shown
