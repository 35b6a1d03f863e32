"""PDF export from the editor, File > Print (Ctrl+P) and Print Preview: the PDF's pages.

Print dialogs are answered by the test; the printer writes a PDF file, which is compared page
by page, as pixels, with the PDF export of the same draft.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from ui_driving import activate

from minutes_app.export import to_pdf
from minutes_app.resources import EXAMPLES
from minutes_app.ui.dialogs.export_dialog import ExportDialog
from minutes_app.ui.printing import PrintJob

SEED = EXAMPLES / "seed-report.minutes"


def to_file(path: Path):
    def set_up(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setResolution(100)  # keeps the test's pixels few
        return True

    return set_up


def page_pixels(pdf: pypdfium2.PdfDocument, index: int, width: int) -> list[int]:
    """The page as grey levels, ``width`` pixels wide."""
    page = pdf[index]
    scale = width / page.get_size()[0]
    bitmap = page.render(scale=scale, grayscale=True)
    data = bytes(bitmap.buffer)
    rows = [data[r * bitmap.stride : r * bitmap.stride + bitmap.width] for r in range(bitmap.height)]
    return [v for row in rows for v in row]


def finished(qtbot, task) -> None:
    """Wait for a background job's worker, then for its result on the GUI thread."""
    assert task is not None and task.wait(120)
    qtbot.waitUntil(lambda: not shiboken6.isValid(task), timeout=10_000)


def ink(pixels: list[int]) -> int:
    return sum(1 for v in pixels if v < 200)


def blocks(pixels: list[int], width: int, size: int = 6) -> list[float]:
    """Mean grey of each size x size block: the page's layout, blind to resampling."""
    height = len(pixels) // width
    return [
        sum(pixels[(y + dy) * width + x + dx] for dy in range(size) for dx in range(size)) / size**2
        for y in range(0, height - size + 1, size)
        for x in range(0, width - size + 1, size)
    ]


def test_ctrl_p_prints_the_pdf_pages(qtbot, editor, tmp_path: Path) -> None:
    window = editor.open_paths([SEED])[0]
    activate(qtbot, window)
    printed = tmp_path / "printed.pdf"
    editor.prompts.queue("print_dialog", to_file(printed))
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    finished(qtbot, window.print_task)
    assert editor.prompts.asked("print_dialog") == [("seed-report.minutes",)]
    assert editor.prompts.asked("error") == []
    data, report = to_pdf(window.session.doc)
    exported = pypdfium2.PdfDocument(data)
    paper = pypdfium2.PdfDocument(str(printed))
    assert len(paper) == report.pages == len(exported) >= 3
    for index in range(len(paper)):
        assert paper[index].get_size() == pytest.approx(exported[index].get_size(), abs=1.0)  # A4
        want, got = page_pixels(exported, index, 300), page_pixels(paper, index, 300)
        assert len(want) == len(got)
        assert ink(got) > 0.02 * len(got), (index, ink(got))  # text on every page
        # The same page: printed at 100 dpi and the export, both seen 300 pixels wide, agree
        # block by block (another page of the seed differs in hundreds of blocks).
        differing = sum(
            1 for a, b in zip(blocks(want, 300), blocks(got, 300), strict=True) if abs(a - b) > 40
        )
        assert differing <= 5, (index, differing)


def test_print_cancelled_prints_nothing(qtbot, editor, tmp_path: Path) -> None:
    window = editor.open_paths([SEED])[0]
    editor.prompts.queue("print_dialog", False)
    window.print_document()
    finished(qtbot, window.print_task)
    assert editor.prompts.asked("print_dialog") and editor.prompts.asked("error") == []
    assert list(tmp_path.glob("*.pdf")) == []


def test_print_preview_draws_every_page(qtbot, editor, tmp_path: Path) -> None:
    window = editor.open_paths([SEED])[0]
    painted: list[int] = []

    def preview(printer: QPrinter, paint) -> None:
        # Qt's preview asks the paint callback for the pages; so does this stand-in.
        to_file(tmp_path / "preview.pdf")(printer)
        paint(printer)
        painted.append(len(pypdfium2.PdfDocument(str(tmp_path / "preview.pdf"))))

    editor.prompts.queue("print_preview", preview)
    window.actions["print_preview"].trigger()
    finished(qtbot, window.print_task)
    assert painted == [to_pdf(window.session.doc)[1].pages]


def test_qt_preview_dialog_shows_the_pages(qtbot) -> None:
    from minutes_app.storage import load_draft

    data, report = to_pdf(load_draft(SEED))
    job = PrintJob(data)
    printer = QPrinter()
    job.set_up(printer)
    dialog = QPrintPreviewDialog(printer)
    qtbot.addWidget(dialog)
    dialog.paintRequested.connect(job.paint)
    widget = dialog.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == report.pages
    assert job.painted == report.pages
    job.close()


def test_export_pdf_from_the_export_menu(qtbot, editor, tmp_path: Path) -> None:
    window = editor.open_paths([SEED])[0]
    editor.prompts.queue("choose_export", ("pdf", "jiyao", "zh_CN", "chars", "weasyprint"))
    editor.prompts.queue("save_file", str(tmp_path / "report"))
    window.actions["export_pdf"].trigger()
    finished(qtbot, window.export_task)  # made off the GUI thread
    assert editor.prompts.asked("error") == []
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF-")
    assert editor.preferences.pdf_engine == "weasyprint"
    message = window.statusBar().currentMessage()
    assert "report.pdf" in message and "page(s)" in message
    # The next export offers the PDF engine used last.
    editor.prompts.queue("choose_export", None)
    window.actions["export_pdf"].trigger()
    assert editor.prompts.pdf_engines_offered[-1] == "weasyprint"


def test_a_failed_pdf_export_is_a_dialog(qtbot, editor, tmp_path: Path) -> None:
    window = editor.open_paths([SEED])[0]
    editor.prompts.queue("choose_export", ("pdf", "news", "zh_CN", "chars", "weasyprint"))
    editor.prompts.queue("save_file", str(tmp_path / "missing" / "report.pdf"))
    window.export("pdf")
    finished(qtbot, window.export_task)
    [(title, message, _details)] = editor.prompts.asked("error")
    assert title == "The export failed" and "report.pdf" in message and "does not exist" in message


def test_the_window_answers_while_a_pdf_is_made(qtbot, editor, tmp_path: Path, monkeypatch) -> None:
    """The export runs in a worker: events are handled until it says it is done."""
    import threading

    from minutes_app import export

    release = threading.Event()
    real = export.FORMATS["pdf"]

    def slow(doc, path, options):
        assert release.wait(30)
        return real(doc, path, options)

    monkeypatch.setitem(export.FORMATS, "pdf", slow)
    window = editor.open_paths([SEED])[0]
    editor.prompts.queue("choose_export", ("pdf", "news", "zh_CN", "chars", "weasyprint"))
    editor.prompts.queue("save_file", str(tmp_path / "slow.pdf"))
    window.export("pdf")
    ticks = []
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: ticks.append(1))
    qtbot.waitUntil(lambda: ticks == [1])  # the event loop runs while the worker waits
    assert not (tmp_path / "slow.pdf").exists()
    release.set()
    finished(qtbot, window.export_task)
    assert (tmp_path / "slow.pdf").exists()


def test_export_dialog_shows_engine_and_fonts_only_for_pdf(qtbot) -> None:
    dialog = ExportDialog("docx", "jiyao", "zh_CN", "chars", libreoffice=False)
    qtbot.addWidget(dialog)
    form = dialog.layout()
    assert not form.isRowVisible(dialog.engine_box) and not form.isRowVisible(dialog.fonts_label)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("pdf"))
    assert form.isRowVisible(dialog.engine_box) and form.isRowVisible(dialog.fonts_label)
    assert not form.isRowVisible(dialog.grid_box)
    assert "仿宋_GB2312" in dialog.fonts_label.text()  # the faces the 纪要 names
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("board"))
    assert "Calibri" in dialog.fonts_label.text()
    # LibreOffice is offered but cannot be chosen where it is not installed.
    index = dialog.engine_box.findData("libreoffice")
    assert not dialog.engine_box.model().item(index).isEnabled()
    assert "not installed" in dialog.engine_box.itemText(index)


def test_export_dialog_with_libreoffice_hides_the_font_list(qtbot) -> None:
    dialog = ExportDialog("pdf", "jiyao", "zh_CN", "chars", libreoffice=True, pdf_engine="libreoffice")
    qtbot.addWidget(dialog)
    assert dialog.engine_box.currentData() == "libreoffice"
    assert not dialog.layout().isRowVisible(dialog.fonts_label)  # LibreOffice picks its own
