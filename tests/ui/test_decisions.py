"""Motions and action items in one place, the Motions page, for the meeting and each section:
the wording in multi-line editors with the same undo steps as every text field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTabWidget
from ui_driving import activate, type_text

from minutes_app.model import DocumentStyle, MeetingDocument, Section
from minutes_app.resources import EXAMPLES
from minutes_app.ui.panels.decisions_panel import WHOLE_MEETING

CTRL = Qt.KeyboardModifier.ControlModifier
BOARD = EXAMPLES / "board-minutes.minutes"


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_the_board_examples_motions_show_on_the_motions_page(qtbot, editor) -> None:
    window = editor.open_paths([BOARD])[0]
    activate(qtbot, window)
    doc = window.session.doc
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    panel = window.panels["decisions"]
    assert window.tabs.currentWidget() is window.panels.holder("decisions")
    assert QApplication.focusWidget() is panel.places
    # The first place holding any: section 3's motion (the meeting itself has none).
    first = next(i for i, s in enumerate(doc.body.sections) if s.motions or s.actions)
    assert panel.current_place() == first
    motions = panel.lists["motions"]
    assert motions.model.rowCount() == len(doc.body.sections[first].motions) == 1
    assert doc.body.sections[first].motions[0].text.startswith(
        motions.model.index(0, 0).data().removesuffix(" …")
    )
    # Every place is listed with its counts; Down walks them with the keyboard.
    texts = [panel.places.item(i).text() for i in range(panel.places.count())]
    assert len(texts) == len(doc.body.sections) + 1
    assert texts[0] == "The meeting as a whole"
    assert texts[5].startswith("5. Finance report") and texts[5].endswith("(motions: 1, actions: 2)")
    while panel.current_place() != 4:
        qtbot.keyClick(panel.places, Qt.Key.Key_Down)
    assert panel.lists["action_items"].model.rowCount() == 2
    assert panel.lists["action_items"].model.list_path == ("body", "sections", 4, "actions")
    qtbot.keyClick(panel.places, Qt.Key.Key_Home)
    assert panel.current_place() == WHOLE_MEETING
    assert panel.lists["motions"].model.list_path == ("body", "motions")


def test_the_sections_page_counts_and_turns_to_the_motions(qtbot, editor) -> None:
    window = editor.open_paths([BOARD])[0]
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    sections = window.panels["sections"]
    assert not sections.findChildren(QTabWidget)  # no second place to edit motions in
    sections.list.select_row(4)
    assert sections.editor.decisions.text() == "Motions and actions: motions: 1, actions: 2"
    sections.list.table.setFocus()
    qtbot.keyClick(sections.list.table, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    # (a button's mnemonic clicks it as the mouse would, after its press is shown)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.panels.holder("decisions"))
    panel = window.panels["decisions"]
    assert panel.current_place() == 4
    assert QApplication.focusWidget() is panel.lists["motions"].table


def test_a_motion_is_worded_in_a_multi_line_editor_with_word_processor_undo(qtbot, editor) -> None:
    doc = MeetingDocument()
    doc.header.style = DocumentStyle.BOARD
    doc.body.sections = [Section(heading="Finance")]
    window = editor.open_document(doc)
    activate(qtbot, window)
    clock = FakeClock()
    window.session.typing.clock = clock
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    panel = window.panels["decisions"]
    qtbot.keyClick(panel.places, Qt.Key.Key_Down)  # the section
    motions = panel.lists["motions"]
    motions.table.setFocus()
    qtbot.keyClick(motions.table, Qt.Key.Key_Insert)
    wording = QApplication.focusWidget()
    assert isinstance(wording, QPlainTextEdit) and wording is motions.detail_widgets["text"]
    type_text(wording, "That the budget be approved")
    qtbot.keyClick(wording, Qt.Key.Key_Return)  # a second line, not the end of the edit
    clock.now += 2  # a pause: the next words are a step of their own
    type_text(wording, "and published.")
    motion = window.session.doc.body.sections[0].motions[0]
    assert motion.text == "That the budget be approved\nand published."
    assert motions.model.index(0, 0).data() == "That the budget be approved …"
    qtbot.keyClick(wording, Qt.Key.Key_Tab)  # on to the mover, in the same form
    mover = QApplication.focusWidget()
    assert mover is motions.detail_widgets["mover"]
    type_text(mover, "Ms Ellis")
    assert window.session.doc.body.sections[0].motions[0].mover == "Ms Ellis"
    mover.setFocus()
    qtbot.keyClick(mover, Qt.Key.Key_Z, CTRL)
    assert window.session.doc.body.sections[0].motions[0].mover == "Ms "  # a word a step
    wording.setFocus()
    steps = []
    for _ in range(3):  # the mover's first word, then the wording back word by word
        qtbot.keyClick(wording, Qt.Key.Key_Z, CTRL)
        motion = window.session.doc.body.sections[0].motions[0]
        steps.append((motion.mover, motion.text))
    approved = "That the budget be approved\n"
    assert steps == [("", approved + "and published."), ("", approved + "and "), ("", approved)]
    assert wording.toPlainText() == approved


def test_action_items_and_remarks_have_multi_line_editors(qtbot, editor) -> None:
    window = editor.open_paths([BOARD])[0]
    activate(qtbot, window)
    remarks = window.show_page("text").lists["remarks"]
    actions = window.show_page("decisions").lists["action_items"]
    assert isinstance(actions.detail_widgets["text"], QPlainTextEdit)
    assert isinstance(remarks.detail_widgets["text"], QPlainTextEdit)
    actions.table.setFocus()
    qtbot.keyClick(actions.table, Qt.Key.Key_Insert)
    assert QApplication.focusWidget() is actions.detail_widgets["text"]


def test_the_chosen_place_follows_its_section_when_sections_move(qtbot, editor) -> None:
    window = editor.open_paths([BOARD])[0]
    activate(qtbot, window)
    finance = window.session.doc.body.sections[4]
    panel = window.show_page("decisions")
    panel.show_place(4)
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    sections = window.panels["sections"]
    sections.list.select_row(4)
    qtbot.keyClick(sections.list.table, Qt.Key.Key_Up, CTRL)  # finance becomes item 4
    assert window.session.doc.body.sections[3] is finance
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    assert panel.current_place() == 3
    assert panel.lists["action_items"].model.list_path == ("body", "sections", 3, "actions")
    assert panel.lists["action_items"].model.rowCount() == len(finance.actions) == 2
    assert panel.places.item(4).text().startswith("4. Finance report")


def test_a_problem_in_a_sections_motions_leads_to_the_motions_page(qtbot, editor) -> None:
    """The Checks panel names fields by path: a section's actions are on the Motions page now,
    its sub-items still on the Sections page."""
    from minutes_app.ui.field_focus import focus_field

    window = editor.open_paths([BOARD])[0]
    activate(qtbot, window)
    assert focus_field(window, ("body", "sections", 4, "actions", 1, "owner"))
    panel = window.panels["decisions"]
    assert window.tabs.currentWidget() is window.panels.holder("decisions")
    assert panel.current_place() == 4
    actions = panel.lists["action_items"]
    assert QApplication.focusWidget() is actions.table
    assert actions.table.currentIndex().row() == 1 and actions.table.currentIndex().column() == 1
    assert focus_field(window, ("body", "motions"))
    assert panel.current_place() == WHOLE_MEETING
    assert focus_field(window, ("body", "sections", 3, "sub_items", 1, "body"))
    sections = window.panels["sections"]
    assert window.tabs.currentWidget() is window.panels.holder("sections")
    assert sections.current_row() == 3
    assert QApplication.focusWidget() is sections.editor.lists["sub_items"].table
