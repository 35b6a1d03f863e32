"""Fill whole example drafts into a blank draft through the panels (every field of the model),
save, reopen and compare; then undo everything back to the blank draft and redo it all."""

from __future__ import annotations

import datetime as dt
import typing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from ui_driving import activate, add_row, choose, set_optional, type_into

from minutes_app.model import (
    ActionItem,
    MeetingDocument,
    Motion,
    MotionResult,
    Node,
    Signatory,
    SubItem,
    field_names,
    to_plain,
)
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft
from minutes_app.ui.draft_window import DraftWindow
from minutes_app.ui.widgets.record_list import RecordListEditor

CTRL = Qt.KeyboardModifier.ControlModifier
HEADER_TEXT = ("organisation", "meeting_name", "meeting_kind", "title", "place", "main_venue",
               "source", "reporter", "recorder", "next_meeting", "classification", "urgency",
               "signer", "quorum", "date_text")
HEADER_CHECKS = ("agenda_approved", "initials_in_header")
HEADER_OPTIONAL = ("session_number", "issue_number", "date", "start_time", "end_time", "published")


def page(qtbot, window: DraftWindow, key: str, number: int):
    qtbot.keyClick(window, getattr(Qt.Key, f"Key_{number}"), CTRL)
    assert window.tabs.currentWidget() is window.panels.holder(key)
    return window.panels[key]


def typed(qtbot, widget, text: str) -> None:
    if text:
        type_into(qtbot, widget, text)


def fill_header(qtbot, window: DraftWindow, doc: MeetingDocument) -> None:
    panel = page(qtbot, window, "header", 1)
    h, w = doc.header, panel.widgets
    choose(qtbot, w["style"], h.style)  # first: the form shows the fields the style prints
    # Only the fields with a value: the other styles' rows are not made (style_rows.later).
    for name in HEADER_TEXT:
        if getattr(h, name):
            assert w[name].isVisibleTo(panel), name
            typed(qtbot, w[name], getattr(h, name))
    for name in HEADER_CHECKS:
        if getattr(h, name):
            tick(qtbot, w[name], True)
    typed(qtbot, w["purpose"], h.purpose)
    for name in HEADER_OPTIONAL:
        if getattr(h, name) is not None:
            set_optional(w[name], getattr(h, name))
    for name in ("format", "locale"):
        choose(qtbot, w[name], getattr(h, name))
    for line in h.deck:
        add_row(qtbot, panel.lists["deck"], line)
    for venue in h.branch_venues:
        add_row(qtbot, panel.lists["branch_venues"], venue)
    c = doc.colophon
    for name in ("copy_label", "printed_by"):
        if getattr(c, name):
            typed(qtbot, w[name], getattr(c, name))
    if c.printed_on is not None:
        set_optional(w["printed_on"], c.printed_on)
    for unit in c.copies_to:
        add_row(qtbot, panel.lists["copies_to"], unit)


def tick(qtbot, box, value: bool) -> None:
    """Space on the focused check box, as a clerk toggles it from the keyboard."""
    if box.isChecked() != value:
        assert box.isVisibleTo(box.window())
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert box.isChecked() == value


def fill_people(qtbot, window: DraftWindow, doc: MeetingDocument) -> None:
    panel = page(qtbot, window, "people", 2)
    for p in doc.people.presiders:
        add_row(qtbot, panel.lists["presiders"], p.name, p.title, p.note)
    for s in doc.people.speakers:
        add_row(qtbot, panel.lists["speakers"], s.name, s.title, s.contribution)
    for i, group in enumerate(doc.people.groups):
        panel.add_group_button.click()
        editor = panel.group_editors[i]
        choose(qtbot, editor.widgets["role"], group.role)
        typed(qtbot, editor.widgets["label"], group.label)
        tick(qtbot, editor.widgets["print_titles"], group.print_titles)
        tick(qtbot, editor.widgets["as_table"], group.as_table)
        typed(qtbot, editor.widgets["note"], group.note)
        for person in group.people:
            add_row(qtbot, editor.people, person.name, person.title, person.note)
    for signatory in doc.people.signatories:
        add_row(qtbot, panel.lists["signatories"], signatory.role, signatory.name)


def fill_paragraphs(qtbot, editor: RecordListEditor, texts: list[str]) -> None:
    for text in texts:
        add_row(qtbot, editor)
        editor.detail_widgets[None].setPlainText(text)


def fill_motions(qtbot, editor: RecordListEditor, motions: list[Motion]) -> None:
    for motion in motions:
        add_row(qtbot, editor, motion.text, motion.mover, motion.seconder)
        choose(qtbot, editor.detail_widgets["result"], motion.result)
        for name in ("votes_for", "votes_against", "abstentions"):
            set_optional(editor.detail_widgets[name], getattr(motion, name))


def fill_actions(qtbot, editor: RecordListEditor, actions: list[ActionItem]) -> None:
    for action in actions:
        add_row(qtbot, editor, action.text, action.owner)
        set_optional(editor.detail_widgets["due"], action.due)


def fill_body(qtbot, window: DraftWindow, doc: MeetingDocument) -> None:
    body = doc.body
    text = page(qtbot, window, "text", 4)
    for report in body.reports:
        add_row(qtbot, text.lists["reports"], report.speaker, report.subject)
    typed(qtbot, text.widgets["requirements_by"], body.requirements_by)
    typed(qtbot, text.widgets["requirements_topic"], body.requirements_topic)
    for remark in body.remarks:
        add_row(qtbot, text.lists["remarks"], remark.speaker, remark.topic, remark.verb)
        text.lists["remarks"].detail_widgets["text"].setPlainText(remark.text)
    fill_paragraphs(qtbot, text.lists["closing_notes"], body.closing_notes)
    fill_paragraphs(qtbot, text.lists["free_paragraphs"], body.free_paragraphs)
    for attachment in body.attachments:
        add_row(qtbot, text.lists["attachments"], attachment.name, attachment.title)
        text.lists["attachments"].detail_widgets["body"].setPlainText(attachment.body)

    sections = page(qtbot, window, "sections", 3)
    editor = sections.editor
    for i, section in enumerate(body.sections):
        add_row(qtbot, sections.list, section.heading)
        assert sections.current_row() == i
        typed(qtbot, editor.widgets["minute_ref"], section.minute_ref)
        typed(qtbot, editor.widgets["lead_in"], section.lead_in)
        typed(qtbot, editor.widgets["marker"], section.marker)
        typed(qtbot, editor.widgets["speaker"], section.speaker)
        if i == 0:  # one body typed key by key; the others pasted
            typed(qtbot, editor.widgets["body"], section.body)
        else:
            editor.widgets["body"].setPlainText(section.body)
        for item in section.sub_items:
            add_row(qtbot, editor.lists["sub_items"], item.heading, item.marker)
            editor.lists["sub_items"].detail_widgets["body"].setPlainText(item.body)

    # Every motion and action on the Motions page, the chosen section's or the meeting's own.
    decisions = None
    for i, section in enumerate(body.sections):
        if section.motions or section.actions:
            sections.list.select_row(i)
            sections.list.table.setFocus()
            qtbot.keyClick(editor.decisions_button, Qt.Key.Key_Space)
            decisions = window.panels["decisions"]
            assert window.tabs.currentWidget() is window.panels.holder("decisions")
            assert decisions.current_place() == i
            fill_motions(qtbot, decisions.lists["motions"], section.motions)
            fill_actions(qtbot, decisions.lists["action_items"], section.actions)
            page(qtbot, window, "sections", 3)
    if body.motions or body.action_items or decisions is not None:
        decisions = page(qtbot, window, "decisions", 5)
        decisions.show_place(-1)
        fill_motions(qtbot, decisions.lists["motions"], body.motions)
        fill_actions(qtbot, decisions.lists["action_items"], body.action_items)


def assert_same(got: MeetingDocument, want: MeetingDocument) -> None:
    g, w = to_plain(got), to_plain(want)
    for part in ("header", "people", "body", "colophon"):
        for key in w[part]:
            assert g[part][key] == w[part][key], (part, key)


def every_field() -> MeetingDocument:
    """The board example plus what no example uses, with text that is hard to carry."""
    doc = load_draft(EXAMPLES / "board-minutes.minutes")
    doc.header.main_venue = "市委常委会议室"
    doc.people.presiders[0].note = "from 10:30 😀"
    doc.body.sections[1].speaker = "吉𠮷"
    doc.body.motions = [
        Motion(text="That <script>alert(1)</script> be noted.", mover="A", seconder="B",
               result=MotionResult.CARRIED, votes_for=7, votes_against=0, abstentions=1),
    ]
    doc.body.action_items = [ActionItem(text="Circulate the minutes", owner="Clerk",
                                        due=dt.date(2025, 2, 28))]
    doc.body.free_paragraphs = ["第一段\n第二行", "Second paragraph"]
    doc.people.signatories = [Signatory(role="Chair", name="Margaret Ellis"),
                              Signatory(role="Treasurer", name="吉𠮷")]
    # What an import fills and a clerk may correct: the date as written, a group's bodies,
    # a list's lead-in and the numbers as the text wrote them.
    doc.header.date_text = "3rd March"
    doc.people.groups[0].note = "and 12 members of the public"
    doc.body.sections[0].lead_in = "The Chair reported:"
    doc.body.sections[0].marker = "Item 4."
    doc.body.sections[0].sub_items = [SubItem(heading="Roof", marker="(a)", body="Quotes were had.")]
    return doc


def every_jiyao_field() -> MeetingDocument:
    """The 纪要 example with the head fields only some 纪要 carry."""
    doc = load_draft(EXAMPLES / "jiyao-example.minutes")
    doc.header.classification = "秘密★1年"
    doc.header.urgency = "特急"
    doc.header.signer = "陈建华"
    doc.colophon.copy_label = "分送"
    doc.body.attachments[0].title = "云川市2024年城镇老旧小区改造项目表"
    doc.people.groups[0].as_table = True  # 出席 as a 参会人员 table
    return doc


CASES = {
    "seed-report": lambda: load_draft(EXAMPLES / "seed-report.minutes"),
    "board-minutes": lambda: load_draft(EXAMPLES / "board-minutes.minutes"),
    "jiyao-example": lambda: load_draft(EXAMPLES / "jiyao-example.minutes"),
    "every-field": every_field,
    "every-jiyao-field": every_jiyao_field,
}


# The import's record of the text as written (passages and the fields each fed) is no form
# field: the clerk edits the fields and the export prints them (tests/export, importers).
IMPORT_RECORD = ("body", "as_written")


def _field_paths(cls: type[Node], prefix: tuple = ()) -> typing.Iterator[tuple]:
    for name, annotation in typing.get_type_hints(cls).items():
        if (*prefix, name) == IMPORT_RECORD:
            continue
        args = typing.get_args(annotation)
        item = args[0] if typing.get_origin(annotation) is list and args else annotation
        if isinstance(item, type) and issubclass(item, Node):
            yield from _field_paths(item, (*prefix, name))
        else:
            yield (*prefix, name)


def _set_paths(node: object, prefix: tuple = ()) -> typing.Iterator[tuple]:
    if isinstance(node, Node):
        for name in field_names(node):
            yield from _set_paths(getattr(node, name), (*prefix, name))
    elif isinstance(node, list) and node and isinstance(node[0], Node):
        for item in node:
            yield from _set_paths(item, prefix)
    elif node not in (None, "", []):
        yield prefix


def test_the_cases_set_every_field_of_the_model() -> None:
    """So the fill test below edits every field through the panels (a new field fails here)."""
    set_somewhere = {path for make in CASES.values() for path in _set_paths(make())}
    assert set(_field_paths(MeetingDocument)) - set_somewhere == set()


@pytest.mark.parametrize("case", list(CASES))
def test_fill_save_reopen_undo_redo(qtbot, editor, tmp_path: Path, case: str) -> None:
    want = CASES[case]()
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    fill_header(qtbot, window, want)
    fill_people(qtbot, window, want)
    fill_body(qtbot, window, want)
    assert_same(window.session.doc, want)
    assert window.isWindowModified()

    editor.prompts.queue("save_file", str(tmp_path / "filled"))  # the editor adds .minutes
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    saved = tmp_path / "filled.minutes"
    assert load_draft(saved) == want
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("filled.minutes")

    stack = window.session.undo_stack
    while stack.canUndo():
        stack.undo()
    assert window.session.doc == MeetingDocument()
    assert window.isWindowModified()
    while stack.canRedo():
        stack.redo()
    assert window.session.doc == want
    assert not window.isWindowModified()  # back at the saved state

    window.close()
    assert editor.windows == []
    reopened = editor.open_paths([saved])[0]
    assert reopened.session.doc == want
    assert editor.preferences.recent_files()[0] == saved.resolve()
