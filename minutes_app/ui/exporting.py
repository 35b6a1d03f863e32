"""Export a draft to .docx, HTML or PDF: choose style and language, then where; errors as
dialogs. A PDF export says in the status bar how many pages it made and how many faces stood in
for the ones the document names (the export dialog lists them)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from ..model import DocumentStyle
from .file_names import draft_folder, meeting_stem
from .i18n import _

if TYPE_CHECKING:
    from .draft_window import DraftWindow

FILTERS = {"docx": "Word (*.docx)", "html": "HTML (*.html *.htm)", "pdf": "PDF (*.pdf)"}


class ExportChoice(NamedTuple):
    fmt: str
    style: str
    locale: str
    grid: str = "lines"
    pdf_engine: str = "weasyprint"


def export_draft(window: DraftWindow, fmt: str) -> Path | None:
    app, session = window.app, window.session
    header = session.doc.header
    answer = app.prompts.choose_export(
        window,
        fmt,
        header.style.value,
        header.locale,
        app.preferences.export_grid,
        pdf_engine=app.preferences.pdf_engine,
    )
    if answer is None:
        return None
    choice = ExportChoice(*answer)
    fmt = choice.fmt
    if not _errors_accepted(window, choice.style, choice.locale):
        return None
    stem = session.path.stem if session.path is not None else meeting_stem(session.doc) or window.display_name()
    suggested = Path(app.preferences.folder("export", draft_folder(window))) / f"{stem}.{fmt}"
    chosen = app.prompts.save_file(window, _("Export"), str(suggested), FILTERS[fmt])
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (f".{fmt}", ".htm" if fmt == "html" else f".{fmt}"):
        path = path.with_name(f"{path.name}.{fmt}")
    from ..export import FORMATS, ExportError, ExportOptions  # loaded on first export

    options = ExportOptions(
        style=choice.style or None,
        locale=choice.locale,
        grid=choice.grid,
        pdf_engine=choice.pdf_engine,
    )

    def finish(report: object, error: BaseException | None) -> None:
        if isinstance(error, (ExportError, OSError)):
            from .draft_errors import describe_export_error

            app.prompts.error(
                window, _("The export failed"), describe_export_error(error, path), str(error)
            )
            return
        if error is not None:
            raise error
        app.preferences.remember_folder("export", path)
        if fmt == "docx":
            app.preferences.export_grid = choice.grid
        message = _("Exported %(path)s") % {"path": path}
        if fmt == "pdf":
            app.preferences.pdf_engine = choice.pdf_engine
            message += " — " + pdf_summary(report)
        window.statusBar().showMessage(message, 8000)

    if fmt != "pdf":  # a .docx or HTML page takes milliseconds: at once
        try:
            report = FORMATS[fmt](session.doc, path, options)
        except (ExportError, OSError) as exc:
            finish(None, exc)
            return None
        finish(report, None)
        return path
    # A PDF of a long draft takes tens of seconds: made from a snapshot, off the GUI thread.
    from ..model import from_snapshot, snapshot
    from .background import BackgroundTask

    frozen = snapshot(session.doc)
    window.export_task = BackgroundTask(
        window,
        _("Making the PDF…"),
        lambda: FORMATS["pdf"](from_snapshot(frozen), path, options),
        finish,
    )
    return path


def _errors_accepted(window: DraftWindow, style: str | None, locale: str | None) -> bool:
    """True when the draft has no errors for this style, or the clerk exports it anyway."""
    from .checks_panel import check_draft

    errors = [
        p
        for p in check_draft(
            window.session,  # fonts are left out: the glyph rule only warns
            style=_checked_style(style),
            locale=locale,
        )
        if p.is_error
    ]
    if not errors:
        return True
    return window.app.prompts.export_anyway(window, [f"{p.field}: {p.message(_)}" for p in errors])


def _checked_style(style: str | None) -> DocumentStyle | None:
    """The built-in style the checks know; a registered style of its own is checked as the
    draft's own style."""
    built_in = {s.value for s in DocumentStyle}
    return DocumentStyle(style) if style in built_in else None


def pdf_summary(report) -> str:  # report: minutes_app.export.pdf_export.PdfReport
    pages = _("%(count)d page(s)") % {"count": report.pages}
    substituted = sum(1 for c in report.fonts if c.substituted)
    if not substituted:
        return pages
    faces = _("%(count)d face(s) substituted, see Export > PDF") % {"count": substituted}
    return f"{pages}, {faces}"
