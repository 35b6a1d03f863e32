"""File > Print and Print Preview: the PDF export's pages, drawn on Qt's printer.

The pages are the built-in PDF engine's (``export.to_pdf``, the draft's own style and
locale), so what is printed is what a PDF export gives. PySide6-Essentials has no QtPdf, so
pypdfium2 (PDFium) rasterises each page at the printer's resolution, capped at 300 dpi (an A4
page at 600 dpi would be 140 MB of pixels), and it is drawn over the whole sheet: the PDF
already holds the margins, so the printer is put in full-page mode on the PDF's paper size.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRect, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter

from .i18n import _

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from .draft_window import DraftWindow

MAX_DPI = 300


class PrintJob:
    """One document's pages, made once, drawn on any printer (the preview asks repeatedly)."""

    def __init__(self, pdf: bytes) -> None:
        import pypdfium2

        self.pdf = pypdfium2.PdfDocument(pdf)
        self.painted = 0  # pages drawn, over every paint request

    @property
    def page_count(self) -> int:
        return len(self.pdf)

    def page_size_pt(self, index: int = 0) -> tuple[float, float]:
        return self.pdf[index].get_size()

    def set_up(self, printer: QPrinter) -> None:
        width, height = self.page_size_pt()
        printer.setFullPage(True)
        size = QPageSize(QSizeF(width, height), QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        printer.setPageLayout(
            QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        printer.setFromTo(1, self.page_count)  # the print dialog offers the page range

    def paint(self, printer: QPrinter) -> None:
        first, last = printer.fromPage(), printer.toPage()
        if first == 0 and last == 0:  # no range chosen: every page
            first, last = 1, self.page_count
        last = min(last, self.page_count)
        dpi = min(printer.resolution(), MAX_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(_("The printer could not be started."))
        try:
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                image = self._page_image(number - 1, dpi)
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                self.painted += 1
        finally:
            painter.end()

    def _page_image(self, index: int, dpi: int) -> QImage:
        page = self.pdf[index]
        bitmap = page.render(scale=dpi / 72, prefer_bgrx=True)
        width, height, stride = bitmap.width, bitmap.height, bitmap.stride
        # BGRx bytes are Qt's RGB32 on little-endian machines; copy() detaches from the buffer.
        image = QImage(bitmap.buffer, width, height, stride, QImage.Format.Format_RGB32).copy()
        bitmap.close()
        page.close()
        return image

    def close(self) -> None:
        self.pdf.close()


def with_job(window: DraftWindow, then: Callable[[PrintJob], None]) -> None:
    """Make the draft's PDF off the GUI thread, then hand its pages to ``then`` (and close)."""
    from ..export import ExportError, to_pdf
    from ..model import from_snapshot, snapshot
    from .background import BackgroundTask

    frozen = snapshot(window.session.doc)

    def ready(data: object, error: BaseException | None) -> None:
        if error is not None:
            if not isinstance(error, (ExportError, OSError)):
                raise error
            from .draft_errors import describe_export_error

            window.app.prompts.error(
                window,
                _("The document could not be printed"),
                describe_export_error(error, Path(window.display_name())),
                str(error),
            )
            return
        assert isinstance(data, bytes)
        job = PrintJob(data)
        try:
            then(job)
        finally:
            job.close()

    window.print_task = BackgroundTask(
        window, _("Preparing the pages…"), lambda: to_pdf(from_snapshot(frozen))[0], ready
    )


def new_printer(window: DraftWindow) -> QPrinter:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(window.display_name())
    return printer


def print_draft(window: DraftWindow) -> None:
    """File > Print: the pages are made, then the print dialog, then printing."""
    with_job(window, lambda job: print_pages(window, job))


def print_pages(window: DraftWindow, job: PrintJob) -> bool:
    """True when something was printed."""
    printer = new_printer(window)
    job.set_up(printer)
    if not window.app.prompts.print_dialog(window, printer):
        return False
    try:
        job.paint(printer)
    except OSError as exc:
        window.app.prompts.error(
            window,
            _("The document could not be printed"),
            _("The printer did not take the pages: %(why)s. Check the printer, then print again.")
            % {"why": exc.strerror or exc},
            str(exc),
        )
        return False
    window.statusBar().showMessage(_("Sent to the printer"), 5000)
    return True


def preview_draft(window: DraftWindow) -> None:
    """File > Print Preview: Qt's preview of the same pages, from which one can print."""

    def show(job: PrintJob) -> None:
        printer = new_printer(window)
        job.set_up(printer)
        window.app.prompts.print_preview(window, printer, job.paint)

    with_job(window, show)
