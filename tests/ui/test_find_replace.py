"""Find and replace (Ctrl+F, Ctrl+H) over the whole draft, driven with keys: matches counted and
visited in document order, selected in their fields, highlighted in the preview; Replace all is
one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_driving import activate, type_text

from minutes_app.model.find_replace import Query, find_all
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SEED = EXAMPLES / "seed-report.minutes"


def _window(qtbot, editor):
    window = editor.open_document(load_draft(SEED))
    activate(qtbot, window)
    window.build_preview()
    window.preview.render_now()
    return window


def _focused():
    return QApplication.focusWidget()


def _needle(doc) -> str:
    """A name that occurs in several fields of the seed report."""
    name = doc.people.presiders[0].name if doc.people.presiders else doc.body.sections[0].speaker
    assert len({m.path for m in find_all(doc, Query(name))}) >= 2, name
    return name


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_ctrl_f_finds_every_match_in_order_and_highlights_the_preview(qtbot, make_editor, language) -> None:
    editor = make_editor(language=language)
    window = _window(qtbot, editor)
    doc = window.session.doc
    needle = _needle(doc)
    expected = find_all(doc, Query(needle))

    qtbot.keyClick(window.panels["header"].widgets["organisation"], Qt.Key.Key_F, CTRL)
    bar = window.find_bar()
    assert bar.isVisible() and _focused() is bar.find_edit
    assert not bar.replace_edit.isVisible()  # Ctrl+F: find only
    type_text(bar.find_edit, needle)
    count = len(expected)
    assert bar.count.text() == ({"en": f"{count} matches", "zh_CN": f"共 {count} 处"}[language])
    highlights = window.preview.browser.extraSelections()
    assert len(highlights) >= 1 and all(h.cursor.selectedText() == needle for h in highlights)

    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.count.text() == ({"en": f"1 of {count}", "zh_CN": f"第 1 处，共 {count} 处"}[language])
    assert bar.matches[0] == expected[0]
    assert _focused() is bar.find_edit  # the next Enter goes on
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.current == 1
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, SHIFT)
    assert bar.current == 0
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, SHIFT)
    assert bar.current == count - 1  # wraps round
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    assert bar.current == 0

    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.preview.browser.extraSelections() == []


def test_the_match_is_selected_in_its_field(qtbot, editor) -> None:
    window = _window(qtbot, editor)
    header = window.panels["header"].widgets
    organisation = window.session.doc.header.organisation
    word = organisation[2:4]
    qtbot.keyClick(header["place"], Qt.Key.Key_F, CTRL)
    bar = window.find_bar()
    type_text(bar.find_edit, word)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    match = bar.matches[bar.current]
    assert match.path == ("header", "organisation")
    assert header["organisation"].selectedText() == word
    assert header["organisation"].selectionStart() == match.start == 2


def test_whole_words_and_match_case(qtbot, editor) -> None:
    from minutes_app.model import MeetingDocument
    from minutes_app.model.document import Header

    window = editor.open_document(MeetingDocument(header=Header(place="Plan room", purpose="plans and the plan")))
    activate(qtbot, window)
    qtbot.keyClick(window.panels["header"].widgets["place"], Qt.Key.Key_F, CTRL)
    bar = window.find_bar()
    type_text(bar.find_edit, "plan")
    assert len(bar.matches) == 3
    bar.whole_words.setFocus()
    qtbot.keyClick(bar.whole_words, Qt.Key.Key_Space)
    assert len(bar.matches) == 2
    qtbot.keyClick(bar.match_case, Qt.Key.Key_Space)
    assert [m.path[-1] for m in bar.matches] == ["purpose"]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_ctrl_h_replace_all_is_one_undo_step(qtbot, make_editor, language) -> None:
    editor = make_editor(language=language)
    window = _window(qtbot, editor)
    doc = window.session.doc
    needle = _needle(doc)
    before = len(find_all(doc, Query(needle)))
    stack = window.session.undo_stack
    steps = stack.count()

    qtbot.keyClick(window.panels["header"].widgets["organisation"], Qt.Key.Key_H, CTRL)
    bar = window.find_bar()
    assert bar.replace_edit.isVisible()
    type_text(bar.find_edit, needle)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Tab)
    while _focused() is not bar.replace_edit:  # Tab through the bar to the replace field
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    type_text(bar.replace_edit, "林晓")
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return, CTRL)

    assert find_all(doc, Query(needle)) == []
    assert len(find_all(doc, Query("林晓"))) >= before
    assert stack.count() == steps + 1
    assert bar.count.text() == {"en": "No matches", "zh_CN": "无匹配"}[language]
    message = window.statusBar().currentMessage()
    assert str(before) in message and ("Ctrl+Z" in message)
    if language == "zh_CN":
        assert stack.undoText() == f"全部替换“{needle}”"
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Escape)
    organisation = window.panels["header"].widgets["organisation"]
    organisation.setFocus()
    qtbot.keyClick(organisation, Qt.Key.Key_Z, CTRL)  # the bar's own fields undo their text
    assert len(find_all(doc, Query(needle))) == before
    window.preview.render_now()
    assert needle in window.preview.text()


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_one_match_is_said_in_the_singular(qtbot, make_editor, language) -> None:
    editor = make_editor(language=language)
    window = _window(qtbot, editor)
    place = window.panels["header"].widgets["place"]
    place.setFocus()
    type_text(place, "东楼")
    assert len(find_all(window.session.doc, Query("东楼"))) == 1
    qtbot.keyClick(place, Qt.Key.Key_H, CTRL)
    bar = window.find_bar()
    type_text(bar.find_edit, "东楼")
    assert bar.count.text() == {"en": "1 match", "zh_CN": "共 1 处"}[language]
    bar.replace_edit.setFocus()
    type_text(bar.replace_edit, "西楼")
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return, CTRL)
    assert window.statusBar().currentMessage() == {
        "en": "Replaced 1 match in 1 field (Ctrl+Z undoes them all).",
        "zh_CN": "已替换 1 个栏目中的 1 处（按 Ctrl+Z 可全部撤销）。",
    }[language]


def test_replace_steps_through_the_matches(qtbot, editor) -> None:
    from minutes_app.model import MeetingDocument
    from minutes_app.model.document import Header

    window = editor.open_document(MeetingDocument(header=Header(place="A and A", purpose="A")))
    activate(qtbot, window)
    qtbot.keyClick(window.panels["header"].widgets["place"], Qt.Key.Key_H, CTRL)
    bar = window.find_bar()
    type_text(bar.find_edit, "A")
    bar.match_case.setChecked(True)
    bar.replace_edit.setFocus()
    type_text(bar.replace_edit, "AB")
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # goes to the first match
    assert bar.current == 0
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)  # replaces it, goes to the next
    assert window.session.doc.header.place == "AB and A"
    assert bar.matches[bar.current].start == 7  # not the A inside the replacement
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.replace_edit, Qt.Key.Key_Return)
    assert (window.session.doc.header.place, window.session.doc.header.purpose) == ("AB and AB", "AB")
    assert window.session.undo_stack.count() == 3  # one step per replacement


def test_the_preview_scrolls_to_the_current_match(qtbot, editor) -> None:
    window = _window(qtbot, editor)
    window.preview.resize(600, 300)  # a short preview: the last section is below the fold
    doc = window.session.doc
    last = len(doc.body.sections) - 1
    body = doc.body.sections[last].body
    word = body[len(body) // 2 : len(body) // 2 + 4]
    qtbot.keyClick(window.panels["header"].widgets["organisation"], Qt.Key.Key_F, CTRL)
    bar = window.find_bar()
    type_text(bar.find_edit, word)
    target = next(i for i, m in enumerate(bar.matches) if m.path == ("body", "sections", last, "body"))
    bar.current = target - 1
    scroll = window.preview.browser.verticalScrollBar()
    scroll.setValue(0)
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert scroll.value() > 0
    cursor = window.preview.browser.textCursor()
    text = window.preview.browser.document().toPlainText()
    assert text[cursor.position() : cursor.position() + len(word)] == word
