"""Sections: live numbers in the list and the preview, reordering by keyboard and by drag."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from ui_driving import activate, add_row, choose, type_into

from minutes_app.export import ExportOptions, render
from minutes_app.export.blocks import SpanKind
from minutes_app.model import DocumentStyle, MeetingDocument, Report, Section
from minutes_app.resources import EXAMPLES
from minutes_app.ui.draft_session import DraftSession
from minutes_app.ui.panels.sections_panel import NOT_PRINTED, SectionListModel

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


def first_blocks(doc: MeetingDocument, style: DocumentStyle, locale: str) -> dict[int, Any]:
    """The first block the rendering pass makes for each section, by its draft index."""
    firsts: dict[int, Any] = {}
    for block in render(doc, ExportOptions(style=style, locale=locale)).blocks:
        path = getattr(block, "path", "")
        if path.startswith("body.sections[") and path.endswith("]"):
            firsts.setdefault(int(path.removeprefix("body.sections[").removesuffix("]")), block)
    return firsts


def printed_number(block: Any, section: Section) -> str:
    """The number a section's first block opens with: its NUMBER span or, with no heading,
    what comes before the section's own first paragraph."""
    numbers = [span.text.strip() for span in block.spans if span.kind == SpanKind.NUMBER]
    if numbers:
        return numbers[0]
    text, body = block.text, section.body.split("\n")[0].strip()
    assert text.endswith(body), (text, body)
    return text.removesuffix(body).strip()


def with_empty_and_headless_sections(doc: MeetingDocument, reports: bool) -> MeetingDocument:
    doc.body.sections.insert(2, Section())  # just added: prints nothing, takes no number
    doc.body.sections.insert(4, Section(body="没有标题的一段。 A paragraph with no heading."))
    if not reports:
        doc.body.reports.clear()
    elif not doc.body.reports:
        doc.body.reports.append(Report(speaker="The Treasurer", subject="the accounts"))
    return doc


@pytest.mark.parametrize("reports", [True, False], ids=["with-reports", "no-reports"])
@pytest.mark.parametrize("style", list(DocumentStyle))
@pytest.mark.parametrize("locale", ["zh_CN", "en_GB", "en_US"])
def test_list_numbers_match_the_rendered_document(qapp, seed_doc: MeetingDocument, style, locale, reports) -> None:
    """Section by section, the editor's list shows exactly the number the document prints
    (board minutes with reports: the reports are item 1, the sections start at 2)."""
    doc = with_empty_and_headless_sections(seed_doc, reports)
    doc.header.style, doc.header.locale = style, locale
    model = SectionListModel(DraftSession(doc))
    listed = {row: model.number_label(row) for row in range(model.rowCount())}
    printed = {
        i: printed_number(block, doc.body.sections[i])
        for i, block in first_blocks(doc, style, locale).items()
    }
    assert {row: label for row, label in listed.items() if label != NOT_PRINTED} == printed
    assert [row for row, label in listed.items() if label == NOT_PRINTED] == [2]
    if style == DocumentStyle.BOARD:  # the bug this test was written for
        first = ("二、", "2.") if reports else ("一、", "1.")
        assert printed[0] == first[0 if locale == "zh_CN" else 1]


def test_board_list_counts_from_two_once_a_report_is_heard(qtbot, editor) -> None:
    """Board minutes print the reports heard as item 1: a report typed on the reports page
    renumbers the sections list, emptying it or undoing it numbers from 1 again."""
    window = editor.open_paths([EXAMPLES / "board-minutes.minutes"])[0]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    sections = window.panels["sections"]
    first = list_labels(sections)[0]
    assert first.startswith("1. ")
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    reports = window.panels["text"].lists["reports"]
    add_row(qtbot, reports, "The Treasurer", "the quarterly accounts")
    assert list_labels(sections)[0] == "2." + first.removeprefix("1.")
    assert list_labels(sections)[-1].startswith(f"{sections.model.rowCount() + 1}. ")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the subject
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the speaker: the report prints nothing now
    assert list_labels(sections)[0] == first


def test_an_emptied_section_loses_its_number(qtbot, window) -> None:
    panel = window.panels["sections"]
    before = list_labels(panel)
    panel.list.table.setCurrentIndex(panel.model.index(0, 0))
    type_into(qtbot, panel.editor.widgets["heading"], "")
    body = panel.editor.widgets["body"]
    body.setFocus()
    body.selectAll()
    qtbot.keyClick(body, Qt.Key.Key_Delete)
    assert panel.model.number_label(0) == NOT_PRINTED
    assert [label.split(" ")[0] for label in list_labels(panel)[1:3]] == ["一是", "二是"]
    assert before[1].startswith("二是")
