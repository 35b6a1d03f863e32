"""Keyboard use: every mnemonic of every page and menu is unique and reaches its field, in both
languages; Ctrl+1 … Ctrl+5 put the focus on the page's first field; the table with the focus
marks its current row."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget
from ui_driving import activate

from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft
from minutes_app.ui.pages import PAGES

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
_MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text)
    return found.group(1).upper() if found else None


def shown_mnemonics(window) -> dict[str, list[QWidget]]:
    """Letter -> the labels and buttons of the shown page (and the window around it)."""
    found: dict[str, list[QWidget]] = {}
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if isinstance(widget, QMenu) or not widget.isVisibleTo(window):
            continue
        letter = mnemonic(widget.text())
        if letter:
            found.setdefault(letter, []).append(widget)
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        if letter:
            found.setdefault(letter, []).append(window.menuBar())
    return found


def reached(buddy: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is buddy or buddy.isAncestorOf(focus))


@pytest.mark.parametrize("example", ["board-minutes", "jiyao-example", "seed-report"])
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_each_page_has_unique_mnemonics_that_reach_their_fields(
    qtbot, make_editor, language, example
) -> None:
    """Every page each style shows (the board form has the Motions page, the 纪要 its 版记 and
    attachments, the news report its 来源 and 记者), in both languages."""
    editor = make_editor(language=language)
    window = editor.open_document(load_draft(EXAMPLES / f"{example}.minutes"))
    activate(qtbot, window)
    window.build_preview()
    reached_count = 0
    keys = [k for i, k in enumerate(PAGES) if window.tabs.isTabVisible(i)]
    assert ("decisions" in keys) == (example == "board-minutes")
    for key in keys:
        window.show_page(key)
        QApplication.processEvents()
        found = shown_mnemonics(window)
        clashes = {k: [w.text() if hasattr(w, "text") else "menu" for w in v] for k, v in found.items() if len(v) > 1}
        assert not clashes, (language, key, clashes)
        for letter, (widget,) in found.items():
            if not isinstance(widget, QLabel) or widget.buddy() is None:
                continue
            window.show_page("header" if key != "header" else "people")  # focus elsewhere first
            window.show_page(key)
            start = QApplication.focusWidget()
            qtbot.keyClick(start, Qt.Key(ord(letter)), ALT)
            assert reached(widget.buddy()), (language, key, widget.text(), QApplication.focusWidget())
            reached_count += 1
    assert reached_count >= 20  # the header alone has 16 labelled fields


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_menu_mnemonics_are_unique_and_open_their_menus(qtbot, make_editor, language) -> None:
    editor = make_editor(language=language)
    window = editor.open_document(load_draft(EXAMPLES / "board-minutes.minutes"))
    activate(qtbot, window)
    menus = [window.menuBar(), *window.menus.values()]
    for menu in menus:
        letters = [mnemonic(a.text()) for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        letters = [x for x in letters if x]
        assert len(letters) == len(set(letters)), (language, [a.text() for a in menu.actions()])
    assert len(menus) == 8
    bar = window.menuBar()
    for action in bar.actions():
        letter = mnemonic(action.text())
        assert letter, (language, action.text())
        qtbot.keyClick(window, Qt.Key(ord(letter)), ALT)
        qtbot.waitUntil(lambda a=action: a.menu().isVisible())
        assert bar.activeAction() is action
        qtbot.keyClick(action.menu(), Qt.Key.Key_Escape)
        qtbot.keyClick(bar, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda a=action: not a.menu().isVisible())


def test_ctrl_number_puts_the_focus_on_the_first_field_of_the_page(qtbot, editor) -> None:
    window = editor.open_document(load_draft(EXAMPLES / "board-minutes.minutes"))
    activate(qtbot, window)
    window.build_preview()
    preview_boxes = (window.preview.style_box, window.preview.locale_box)
    expected = {
        "header": lambda: window.panels["header"].widgets["organisation"],
        "people": lambda: window.panels["people"].lists["presiders"].table,
        "sections": lambda: window.panels["sections"].list.table,
        "text": lambda: window.panels["text"].lists["reports"].table,
        "decisions": lambda: window.panels["decisions"].places,
    }
    preview_boxes[0].setFocus()  # where Tab would have gone next
    for number, key in reversed(list(enumerate(PAGES, start=1))):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_0 + number), CTRL)
        assert window.tabs.currentWidget() is window.panels.holder(key)
        assert QApplication.focusWidget() is expected[key](), key


def test_the_table_with_the_focus_marks_its_current_row(qtbot, editor) -> None:
    window = editor.open_document(load_draft(EXAMPLES / "seed-report.minutes"))
    activate(qtbot, window)
    window.show_page("people")
    presiders = window.panels["people"].lists["presiders"].table
    speakers = window.panels["people"].lists["speakers"].table
    assert presiders.model().rowCount() and speakers.model().rowCount()

    def row_colour(table) -> tuple[int, int, int]:
        rect = table.visualRect(table.model().index(0, 0))
        image = table.viewport().grab().toImage()
        colour = image.pixelColor(rect.right() - 3, rect.bottom() - 2)
        return colour.red(), colour.green(), colour.blue()

    def near(colour: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
        return all(abs(a - b) <= 8 for a, b in zip(colour, other, strict=True))

    assert QApplication.focusWidget() is presiders
    highlight = presiders.palette().highlight().color()
    marked = (highlight.red(), highlight.green(), highlight.blue())
    assert presiders.selectionModel().isRowSelected(0)
    assert near(row_colour(presiders), marked)

    qtbot.keyClick(presiders, Qt.Key.Key_Tab)  # on to the speakers' table
    while QApplication.focusWidget() is not speakers:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert speakers.selectionModel().isRowSelected(0)
    assert near(row_colour(speakers), marked)
    assert not near(row_colour(presiders), marked)  # the table left shows its row muted
