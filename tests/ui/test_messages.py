"""Messages a clerk sees are in the interface language, in plain words, and say what to do
next: broken drafts, Word and text files opened as drafts (Import is offered), failed imports,
and texts beyond a field's limit, cut at the input instead of failing the save."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from ui_driving import activate

from minutes_app.model import MeetingDocument
from minutes_app.model.limits import text_limit
from minutes_app.storage import load_draft

DATA = Path(__file__).resolve().parents[1] / "importers" / "data"
TECHNICAL = ("JSON", "msgspec", "Expected", "line 0", "byte ", "column", "$.")


def _error(prompts) -> tuple[str, str, str]:
    errors = prompts.asked("error")
    assert len(errors) == 1, prompts.calls
    return errors[0]


@pytest.mark.parametrize(
    ("content", "language", "expected"),
    [
        (b"", "en", "is empty: it holds no draft"),
        (b"", "zh_CN", "是空文件"),
        (b"x", "zh_CN", "不是 Minutes 草稿"),
        (b'{"format": "minutes-draft", "schema_version": 3, "document": {"hea', "zh_CN", "不完整"),
        (b"\xff\xfe\x00garbage\x81", "en", "is not a Minutes draft"),
        (b'{"format": "minutes-draft", "schema_version": 99, "document": {}}', "zh_CN", "更新 Minutes"),
    ],
)
def test_a_broken_draft_is_explained_in_plain_words(
    make_editor, tmp_path: Path, content: bytes, language: str, expected: str
) -> None:
    path = tmp_path / "x.minutes"
    path.write_bytes(content)
    editor = make_editor(language=language)
    prompts = editor.prompts
    assert editor.open_paths([path]) == []
    title, message, details = _error(prompts)
    assert expected in message
    assert "x.minutes" in message
    assert not any(word in message for word in TECHNICAL), message
    assert details  # the precise reason, for whoever helps the clerk
    if language == "zh_CN":
        assert title == "无法打开草稿"


def test_a_damaged_field_names_the_part_of_the_draft(make_editor, tmp_path: Path) -> None:
    path = tmp_path / "bad.minutes"
    path.write_text(
        '{"format": "minutes-draft", "schema_version": 3, "document": {"header": {"date": 5}}}',
        encoding="utf-8",
    )
    editor = make_editor(language="zh_CN")
    prompts = editor.prompts
    editor.open_paths([path])
    _title, message, details = _error(prompts)
    assert "“bad.minutes”中的基本信息部分已损坏" in message and "bad.minutes.bak" in message
    assert "header.date" in details


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_opening_a_text_or_word_file_offers_to_import_it(
    qtbot, make_editor, tmp_path: Path, language: str
) -> None:
    text = tmp_path / "会议记录.txt"
    text.write_bytes((DATA / "zh-jiyao-county-executive.txt").read_bytes())
    editor = make_editor(language=language)
    prompts = editor.prompts
    prompts.queue("ask_import", False, True)
    assert editor.open_paths([text]) == []  # declined: nothing opened, no error
    assert not prompts.asked("error")
    opened = editor.open_paths([text])
    assert prompts.asked("ask_import") == [("会议记录.txt",), ("会议记录.txt",)]
    assert len(opened) == 1 and opened[0].session.path is None  # a new, unsaved draft
    assert opened[0].session.doc.header.meeting_name


@pytest.mark.parametrize(
    ("name", "content", "language", "expected"),
    [
        ("minutes.doc", b"\xd0\xcf\x11\xe0" + b"\0" * 600, "zh_CN", "旧版 Word .doc 文件"),
        ("minutes.docx", b"\xd0\xcf\x11\xe0" + b"\0" * 600, "en", "old Word .doc file"),
        ("minutes.docx", b"PK\x03\x04 not really a zip", "zh_CN", "已损坏"),
        ("minutes.txt", b"\x00\x01\x02\x81\x82\x83" * 100, "en", "not a text or Word file"),
        ("minutes.txt", b" \n\n ", "zh_CN", "是空文件，没有可导入的内容"),
    ],
)
def test_a_failed_import_says_what_to_do(
    qtbot, make_editor, tmp_path: Path, name: str, content: bytes, language: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    editor = make_editor(language=language)
    prompts = editor.prompts
    prompts.queue("ask_import", True)
    assert editor.open_paths([path]) == []
    _title, message, _details = _error(prompts)
    assert expected in message and name in message
    assert not any(word in message for word in TECHNICAL), message


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_too_long_paste_is_cut_with_a_message_and_the_draft_saves(
    qtbot, make_editor, tmp_path: Path, language: str
) -> None:
    editor = make_editor(language=language)
    prompts = editor.prompts
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    fields = window.panels["header"].widgets
    limit = text_limit(("header", "purpose"))
    assert limit is not None

    purpose = fields["purpose"]
    purpose.setFocus()
    QGuiApplication.clipboard().setText("议" * (limit * 2 + 10_000))  # 410,000 characters
    qtbot.keyClick(purpose, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.doc.header.purpose) == limit
    assert len(purpose.toPlainText()) == limit  # the field shows what the draft holds
    assert purpose.textCursor().position() == limit  # at the cut, not back at the start
    qtbot.waitUntil(lambda: bool(prompts.asked("info")))
    (title, message, _details), = prompts.asked("info")
    assert f"{limit:,}" in message and "410,000" in message
    if language == "zh_CN":
        assert title == "文字已截断" and "最多" in message

    organisation = fields["organisation"]
    short = text_limit(("header", "organisation"))
    organisation.setFocus()
    QGuiApplication.clipboard().setText("单" * (short + 3))
    qtbot.keyClick(organisation, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.doc.header.organisation) == short == len(organisation.text())
    assert f"{short:,}" in window.statusBar().currentMessage()
    assert len(prompts.asked("info")) == 1  # a few characters over: the status bar says it

    target = tmp_path / "long.minutes"
    prompts.queue("save_file", str(target))
    assert window.save()
    assert not prompts.asked("error")
    assert len(load_draft(target).header.purpose) == limit
    qtbot.keyClick(purpose, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.session.doc.header.purpose) == limit  # the cut paste is one undo step
    assert window.session.doc.header.organisation == ""


def test_import_warnings_name_a_real_line_in_the_interface_language(make_editor) -> None:
    from minutes_app.importers.result import ImportWarning
    from minutes_app.ui.i18n import describe_warning

    make_editor(language="zh_CN")
    template = "date line not used: “%(text)s”"
    placed = describe_warning(ImportWarning.of(12, template, text="2024年"))
    assert placed.startswith("第 12 行") and "未使用的日期行" in placed
    unplaced = describe_warning(ImportWarning.of(0, template, text="2024年"))
    assert unplaced == "未使用的日期行：“2024年”"


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_a_failed_export_says_what_to_do(qtbot, make_editor, tmp_path: Path, language: str) -> None:
    from minutes_app.resources import EXAMPLES

    editor = make_editor(language=language)
    window = editor.open_paths([EXAMPLES / "seed-report.minutes"])[0]
    prompts = editor.prompts
    folder_as_target = tmp_path / "taken.docx"
    folder_as_target.mkdir()
    prompts.queue("choose_export", ("docx", "board", "en_GB", "chars"), ("docx", "board", "en_GB", "chars"))
    prompts.queue("save_file", str(tmp_path / "gone" / "x.docx"), str(folder_as_target))
    window.export("docx")
    window.export("docx")
    (title, missing, details), (_title, folder, _details) = prompts.asked("error")
    expected = {
        "en": ("The export failed", "does not exist (any more)", "is a folder"),
        "zh_CN": ("导出失败", "不存在", "是一个文件夹"),
    }[language]
    assert title == expected[0]
    assert "x.docx" in missing and expected[1] in missing
    assert "taken.docx" in folder and expected[2] in folder
    assert "folder" in details  # the precise English reason, for whoever helps
    assert not any(word in missing + folder for word in TECHNICAL)


def test_a_too_long_cell_is_cut_with_a_message(qtbot, make_editor) -> None:
    from minutes_app.model import Person
    from minutes_app.model.document import AttendeeGroup, People

    editor = make_editor(language="zh_CN")
    doc = MeetingDocument(people=People(groups=[AttendeeGroup(people=[Person(name="王明")])]))
    window = editor.open_document(doc)
    activate(qtbot, window)
    window.show_page("people")
    people = window.panels["people"].group_editors[0].people
    people.select_row(0, 1)  # the title cell
    people.table.setFocus()
    qtbot.keyClick(people.table, Qt.Key.Key_F2)
    cell = window.focusWidget()
    QGuiApplication.clipboard().setText("职" * 40_000)  # more than Qt's default cell limit too
    qtbot.keyClick(cell, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    QApplication.processEvents()  # the delegate commits on the next turn of the event loop
    limit = text_limit(("people", "groups", 0, "people", 0, "title"))
    assert len(window.session.doc.people.groups[0].people[0].title) == limit
    qtbot.waitUntil(lambda: bool(editor.prompts.asked("info")))
    (title, message, _details), = editor.prompts.asked("info")
    assert title == "文字已截断" and "40,000" in message and f"{limit:,}" in message


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_import_question_itself_is_translated(qtbot, make_editor, monkeypatch, language: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    from minutes_app.ui.prompts import Prompts

    make_editor(language=language)
    shown = []

    def answer(box):
        shown.append((box.windowTitle(), box.text(), box.informativeText(), box.button(QMessageBox.StandardButton.Yes).text()))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert Prompts().ask_import(None, "纪要.docx") is True
    [(title, text, informative, button)] = shown
    expected = {
        "en": ("Import this file?", "“纪要.docx” is a Word or text file, not a Minutes draft.", "&Import"),
        "zh_CN": ("导入这个文件？", "“纪要.docx”是 Word 或文本文件，不是 Minutes 草稿。", "导入(&I)"),
    }[language]
    assert (title, text, button) == expected and informative
