"""Switching the UI language rebuilds every text at once; the document's language is separate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from minutes_app.resources import EXAMPLES
from minutes_app.ui.dialogs.preferences_dialog import PreferencesDialog

SEED = EXAMPLES / "seed-report.minutes"


def texts(window) -> dict[str, str]:
    header = window.panels["header"]
    people = window.panels["people"].lists["presiders"].model
    return {
        "menu": window.menus["file"].title(),
        "export": window.actions["export_docx"].text(),
        "tab": window.tabs.tabText(0),
        "label": header.widgets["organisation"].parentWidget().layout().labelForField(
            header.widgets["organisation"]
        ).text(),
        "column": people.headerData(0, Qt.Orientation.Horizontal),
        "format": header.widgets["format"].currentText(),
        "undo": window.undo_action.text(),
        "title": window.windowTitle(),
    }


def test_preferences_switch_the_language_at_once_and_back(qtbot, editor, monkeypatch) -> None:
    window = editor.open_paths([SEED])[0]
    window.session.set(("header", "place"), "会议室", "Edit Place")
    english = texts(window)
    assert english["menu"] == "&File" and english["tab"] == "Header"

    monkeypatch.setattr(PreferencesDialog, "choose", lambda self: ("zh_CN", 7))
    window.actions["preferences"].trigger()
    chinese = texts(window)
    assert chinese["menu"] == "文件(&F)"
    assert chinese["export"] == "Word 文档 (.docx)(&W)…"
    assert chinese["tab"] == "基本信息"
    assert chinese["label"] == "单位(&O)："
    assert chinese["format"] == "视频会议"
    assert chinese["column"] == "姓名"
    assert chinese["undo"] == "撤销“Edit Place”(&U)"  # the step's own text stays as recorded
    assert chinese["title"] == "seed-report.minutes[*] — 会议纪要"
    assert editor.preferences.ui_language == "zh_CN"
    assert editor.preferences.autosave_seconds == 7 and window.autosaver.delay_ms == 7000
    # Qt's own buttons follow (qtbase_zh_CN.qm).
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "m", QMessageBox.StandardButton.Save)
    assert box.button(QMessageBox.StandardButton.Save).text() == "保存"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    # The document keeps its own language: the preview and the draft do not change.
    assert window.session.doc.header.locale == "zh_CN"

    monkeypatch.setattr(PreferencesDialog, "choose", lambda self: ("en", 7))
    window.actions["preferences"].trigger()
    assert texts(window) == english
    box = QMessageBox(QMessageBox.Icon.Warning, "t", "m", QMessageBox.StandardButton.Save)
    assert box.button(QMessageBox.StandardButton.Save).text() == "Save"


def test_a_new_start_uses_the_saved_language(make_editor) -> None:
    first = make_editor()
    first.set_language("zh_CN")
    first.shutdown()
    second = make_editor(language=first.preferences.ui_language)
    window = second.new_draft("jiyao")
    assert window.menus["edit"].title() == "编辑(&E)"
    assert window.windowTitle().startswith("未命名 1")
