"""Sections: live numbers in the list and the preview, reordering by keyboard and by drag."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from ui_driving import activate, choose

from minutes_app.export import ExportOptions, to_html
from minutes_app.model import DocumentStyle, MeetingDocument
from minutes_app.resources import EXAMPLES
from minutes_app.ui.section_numbers import section_label

SEED = EXAMPLES / "seed-report.minutes"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, editor):
    window = editor.open_paths([SEED])[0]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    return window


def list_labels(panel) -> list[str]:
    model = panel.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def preview_text(window) -> str:
    window.build_preview()
    window.preview.render_now()
    return window.preview.text()


def test_keyboard_reorder_renumbers_list_and_preview(qtbot, window) -> None:
    panel = window.panels["sections"]
    assert list_labels(panel)[:2] == ["一是 疫情防控要丝毫不松", "二是 复工复产要切实抓紧"]
    panel.list.select_row(1)
    panel.list.table.setFocus()
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Up, CTRL)
    assert list_labels(panel)[:2] == ["一是 复工复产要切实抓紧", "二是 疫情防控要丝毫不松"]
    assert panel.current_row() == 0  # the moved section stays selected
    assert panel.editor.widgets["heading"].text() == "复工复产要切实抓紧"
    text = preview_text(window)
    assert text.index("一是复工复产要切实抓紧。") < text.index("二是疫情防控要丝毫不松。")
    assert window.isWindowModified()
    assert window.undo_action.text() == "&Undo Move section"

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert list_labels(panel)[0] == "一是 疫情防控要丝毫不松"
    assert "一是疫情防控要丝毫不松。" in preview_text(window)
    assert not window.isWindowModified()


def test_drag_to_the_end_duplicate_and_delete(qtbot, window) -> None:
    panel = window.panels["sections"]
    model = panel.model
    sections = window.session.doc.body.sections
    first = sections[0].heading
    data = model.mimeData([model.index(0, 0)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, model.rowCount(), 0, QModelIndex())
    model.dropMimeData(data, Qt.DropAction.MoveAction, model.rowCount(), 0, QModelIndex())
    assert sections[-1].heading == first
    assert list_labels(panel)[-1] == f"六是 {first}"

    panel.list.select_row(5)
    panel.list.table.setFocus()
    qtbot.keyClick(panel.list.table, Qt.Key.Key_D, CTRL)  # duplicate
    assert [s.heading for s in sections[-2:]] == [first, first]
    assert list_labels(panel)[-1] == f"七是 {first}"
    assert panel.current_row() == 6

    qtbot.keyClick(panel.list.table, Qt.Key.Key_Delete)
    qtbot.keyClick(panel.list.table, Qt.Key.Key_Delete)
    assert len(sections) == 5  # 6, duplicated, two removed
    assert panel.current_row() == 4
    assert panel.editor.widgets["heading"].text() == sections[4].heading
    stack = window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert window.session.doc.body.sections[0].heading == first
    assert len(window.session.doc.body.sections) == 6


def test_style_and_locale_change_the_numbers(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_1, CTRL)
    header = window.panels["header"].widgets
    choose(qtbot, header["style"], DocumentStyle.JIYAO)
    panel = window.panels["sections"]
    assert list_labels(panel)[1] == "二、 复工复产要切实抓紧"
    choose(qtbot, header["locale"], "en_GB")
    assert list_labels(panel)[1] == "2. 复工复产要切实抓紧"


@pytest.mark.parametrize("style", list(DocumentStyle))
@pytest.mark.parametrize("locale", ["zh_CN", "en_GB"])
def test_list_numbers_match_the_rendered_document(seed_doc: MeetingDocument, style, locale) -> None:
    """The editor's list shows the numbers the rendering pass prints."""
    html = to_html(seed_doc, ExportOptions(style=style, locale=locale), preview=True)
    for n in (2, 6):
        label = section_label(n, style, locale)
        assert label in html, (style, locale, label)
