"""Fill the seed meeting into a blank draft through the panels, save, reopen, compare; then undo
everything back to the blank draft and redo it all."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from ui_driving import activate, add_row, choose, set_optional, type_into

from minutes_app.model import MeetingDocument
from minutes_app.storage import load_draft
from minutes_app.ui.draft_window import DraftWindow


def fill_header(qtbot, window: DraftWindow, seed: MeetingDocument) -> None:
    panel = window.panels["header"]
    h = seed.header
    w = panel.widgets
    type_into(qtbot, w["organisation"], h.organisation)
    type_into(qtbot, w["meeting_name"], h.meeting_name)
    set_optional(w["session_number"], h.session_number)
    type_into(qtbot, w["meeting_kind"], h.meeting_kind)
    for line in h.deck:
        add_row(qtbot, panel.lists["deck"], line)
    set_optional(w["date"], h.date)
    set_optional(w["start_time"], h.start_time)
    set_optional(w["end_time"], h.end_time)
    choose(qtbot, w["format"], h.format)
    for venue in h.branch_venues:
        add_row(qtbot, panel.lists["branch_venues"], venue)
    type_into(qtbot, w["purpose"], h.purpose)
    choose(qtbot, w["style"], h.style)
    choose(qtbot, w["locale"], h.locale)
    set_optional(w["issue_number"], h.issue_number)
    type_into(qtbot, w["source"], h.source)
    set_optional(w["published"], h.published)
    type_into(qtbot, w["reporter"], h.reporter)


def fill_people(qtbot, window: DraftWindow, seed: MeetingDocument) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = window.panels["people"]
    assert window.tabs.currentWidget() is window.panels.holder("people")
    for p in seed.people.presiders:
        add_row(qtbot, panel.lists["presiders"], p.name, p.title, p.note)
    for s in seed.people.speakers:
        add_row(qtbot, panel.lists["speakers"], s.name, s.title, s.contribution)
    for i, group in enumerate(seed.people.groups):
        panel.add_group_button.click()
        editor = panel.group_editors[i]
        choose(qtbot, editor.widgets["role"], group.role)
        type_into(qtbot, editor.widgets["label"], group.label)
        for person in group.people:
            add_row(qtbot, editor.people, person.name, person.title, person.note)


def fill_body(qtbot, window: DraftWindow, seed: MeetingDocument) -> None:
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    text = window.panels["text"]
    body = seed.body
    for report in body.reports:
        add_row(qtbot, text.lists["reports"], report.speaker, report.subject)
    type_into(qtbot, text.widgets["requirements_by"], body.requirements_by)
    type_into(qtbot, text.widgets["requirements_topic"], body.requirements_topic)
    for remark in body.remarks:
        remarks = text.lists["remarks"]
        add_row(qtbot, remarks, remark.speaker, remark.topic, remark.verb)
        remarks.detail_widgets["text"].setPlainText(remark.text)

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    sections = window.panels["sections"]
    for i, section in enumerate(body.sections):
        add_row(qtbot, sections.list, section.heading)
        assert sections.current_row() == i
        assert window.session.doc.body.sections[i].heading == section.heading, i
        editor = sections.editor.widgets
        if i == 0:  # one body typed key by key; the others pasted
            type_into(qtbot, editor["body"], section.body)
        else:
            editor["body"].setPlainText(section.body)


def test_fill_save_reopen_undo_redo(qtbot, editor, seed_doc: MeetingDocument, tmp_path: Path) -> None:
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    blank = MeetingDocument()

    fill_header(qtbot, window, seed_doc)
    fill_people(qtbot, window, seed_doc)
    fill_body(qtbot, window, seed_doc)
    got, want = window.session.doc.model_dump(), seed_doc.model_dump()
    for part in ("header", "people", "body"):
        for key in want[part]:
            assert got[part][key] == want[part][key], (part, key)
    assert window.isWindowModified()

    target = tmp_path / "filled"  # the editor adds .minutes
    editor.prompts.queue("save_file", str(target))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "filled.minutes"
    assert load_draft(saved) == seed_doc
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("filled.minutes")

    stack = window.session.undo_stack
    steps = stack.count()
    # Typing merged: far fewer steps than characters typed.
    assert steps < 120
    while stack.canUndo():
        stack.undo()
    assert window.session.doc == blank
    assert window.isWindowModified()
    while stack.canRedo():
        stack.redo()
    assert window.session.doc == seed_doc
    assert not window.isWindowModified()  # back at the saved state

    window.close()
    assert editor.windows == []
    reopened = editor.open_paths([saved])[0]
    assert reopened.session.doc == seed_doc
    assert editor.preferences.recent_files()[0] == saved.resolve()
