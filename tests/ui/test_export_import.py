"""Export to .docx and HTML, import text and Word files into new drafts."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from PySide6.QtCore import Qt
from ui_driving import activate

from minutes_app.export import ExportOptions, to_html
from minutes_app.model import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.ui.dialogs.export_dialog import ExportDialog

SEED = EXAMPLES / "seed-report.minutes"
SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "seed-article.txt"


def test_export_html_and_docx_remembering_the_folder(qtbot, editor, tmp_path: Path) -> None:
    window = editor.open_paths([SEED])[0]
    out = tmp_path / "out"
    out.mkdir()
    editor.prompts.queue(
        "choose_export", ("html", "news", "zh_CN", "chars"), ("docx", "jiyao", "zh_CN", "chars")
    )
    editor.prompts.queue("save_file", str(out / "report"), str(out / "report.docx"))
    window.actions["export_html"].trigger()
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html == to_html(window.session.doc, ExportOptions(DocumentStyle.NEWS, "zh_CN"))
    window.actions["export_docx"].trigger()
    with zipfile.ZipFile(out / "report.docx") as docx:
        assert "疫情防控要丝毫不松" in docx.read("word/document.xml").decode()
    # The second export was offered the folder of the first.
    assert [args[0] for args in editor.prompts.asked("save_file")] == [
        str(SEED.parent / "seed-report.html"),  # nothing remembered yet: next to the draft
        str(out / "seed-report.docx"),
    ]
    assert editor.prompts.asked("choose_export")[0] == ("html", "news", "zh_CN", "lines")
    assert editor.prompts.asked("error") == []


def test_export_error_is_a_dialog(qtbot, editor, tmp_path: Path) -> None:
    window = editor.open_paths([SEED])[0]
    editor.prompts.queue("choose_export", ("docx", "board", "en_GB", "chars"))
    editor.prompts.queue("save_file", str(tmp_path / "no" / "such" / "folder.docx"))
    window.export("docx")
    [(title, message, _)] = editor.prompts.asked("error")
    assert title == "The export failed" and "folder.docx" in message


def test_paste_text_opens_an_unsaved_draft_with_warnings(qtbot, editor) -> None:
    first = editor.new_draft("news")
    editor.prompts.queue("paste_text", SEED_TEXT.read_text(encoding="utf-8"))
    activate(qtbot, first)
    qtbot.keyClick(first, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(editor.windows) == 2
    imported = editor.windows[-1]
    doc = imported.session.doc
    assert doc.header.meeting_name == "市委第二十四次专题会议暨市疫情防控工作领导小组会议"
    assert len(doc.body.sections) == 6
    assert imported.isWindowModified() and imported.session.path is None
    assert editor.recovery.has(imported.session.draft_id)  # an unsaved import is autosaved at once
    # The review step came first, with the warnings; confirmed unchanged, nothing to undo.
    [(reviewed, warnings, source)] = editor.prompts.asked("review_import")
    assert reviewed is doc and source == "pasted text" and warnings
    assert editor.prompts.asked("info") == [] and not imported.session.undo_stack.canUndo()


def test_import_file_and_unreadable_file(qtbot, editor, tmp_path: Path) -> None:
    good = tmp_path / "report.txt"
    good.write_bytes(SEED_TEXT.read_text(encoding="utf-8").encode("gb18030"))
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    editor.prompts.queue("open_files", [str(good), str(bad)])
    editor.import_dialog()
    assert [w.session.doc.header.reporter for w in editor.windows] == ["李雅萍"]
    [(title, message, _)] = editor.prompts.asked("error")
    assert title == "The file could not be imported" and "broken.docx" in message


def test_jiyao_page_grid_is_chosen_and_remembered(qtbot, editor, tmp_path: Path) -> None:
    window = editor.open_paths([SEED])[0]
    editor.prompts.queue("choose_export", ("docx", "jiyao", "zh_CN", "lines"), ("docx", "jiyao", "zh_CN", "chars"))
    editor.prompts.queue("save_file", str(tmp_path / "lo.docx"), str(tmp_path / "word.docx"))
    window.export("docx")
    window.export("docx")
    # The first dialog offered the default that is right in every office suite; the second
    # the grid chosen in the first.
    assert [args[3] for args in editor.prompts.asked("choose_export")] == ["lines", "lines"]
    editor.prompts.queue("choose_export", ("docx", "jiyao", "zh_CN", "chars"))
    editor.prompts.queue("save_file", str(tmp_path / "again.docx"))
    window.export("docx")
    assert editor.prompts.asked("choose_export")[-1][3] == "chars"  # remembered per machine

    def grid_type(name: str) -> str | None:
        with zipfile.ZipFile(tmp_path / name) as docx:
            xml = docx.read("word/document.xml").decode()
        return re.search(r'<w:docGrid [^>]*w:type="(\w+)"', xml).group(1)

    assert grid_type("lo.docx") == "lines"
    assert grid_type("word.docx") == "linesAndChars"
    assert editor.preferences.export_grid == "chars"


def test_export_dialog_shows_the_grid_only_for_a_jiyao_docx(qtbot) -> None:
    dialog = ExportDialog("docx", "jiyao", "zh_CN", "lines")
    qtbot.addWidget(dialog)
    assert dialog.grid_box.currentData() == "lines"
    form = dialog.layout()
    assert form.isRowVisible(dialog.grid_box)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("html"))
    assert not form.isRowVisible(dialog.grid_box)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("board"))
    assert not form.isRowVisible(dialog.grid_box)


def test_import_warnings_are_shown_in_the_interface_language(qtbot, editor) -> None:
    editor.set_language("zh_CN")
    editor.prompts.queue("paste_text", SEED_TEXT.read_text(encoding="utf-8"))
    editor.paste_dialog()
    [(_doc, lines, _source)] = editor.prompts.asked("review_import")
    assert lines[0] == "第 1 行：根据会议名称和来源“吕梁日报”推断单位为“中共吕梁市委”，请核对"
    assert lines[1] == "第 31 行：已移除网页页脚（从“扫一扫在手机打开当前页面”起共 6 行）"
    editor.set_language("en")
    editor.prompts.queue("paste_text", SEED_TEXT.read_text(encoding="utf-8"))
    editor.paste_dialog()
    english = editor.prompts.asked("review_import")[1][1]
    assert english[0] == "line 1: organisation guessed as 中共吕梁市委 from the meeting name and the source 吕梁日报; check it"
