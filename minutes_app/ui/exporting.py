"""Export a draft to .docx or HTML: choose style and language, then where; errors as dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..model import DocumentStyle
from .i18n import _

if TYPE_CHECKING:
    from .draft_window import DraftWindow

FILTERS = {"docx": "Word (*.docx)", "html": "HTML (*.html *.htm)"}


def export_draft(window: DraftWindow, fmt: str) -> Path | None:
    app, session = window.app, window.session
    header = session.doc.header
    grid = app.preferences.export_grid
    choice = app.prompts.choose_export(window, fmt, header.style.value, header.locale, grid)
    if choice is None:
        return None
    fmt, style, locale, grid = choice
    if not _errors_accepted(window, style, locale):
        return None
    stem = session.path.stem if session.path is not None else window.display_name()
    suggested = Path(app.preferences.folder("export")) / f"{stem}.{fmt}"
    chosen = app.prompts.save_file(window, _("Export"), str(suggested), FILTERS[fmt])
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (f".{fmt}", ".htm" if fmt == "html" else f".{fmt}"):
        path = path.with_name(f"{path.name}.{fmt}")
    from ..export import FORMATS, ExportError, ExportOptions  # loaded on first export

    options = ExportOptions(
        style=DocumentStyle(style) if style else None, locale=locale, grid=grid
    )
    try:
        FORMATS[fmt](session.doc, path, options)
    except (ExportError, OSError) as exc:
        app.prompts.error(window, _("The export failed"), str(exc))
        return None
    app.preferences.remember_folder("export", path)
    app.preferences.export_grid = grid
    window.statusBar().showMessage(_("Exported %(path)s") % {"path": path}, 8000)
    return path


def _errors_accepted(window: DraftWindow, style: str | None, locale: str | None) -> bool:
    """True when the draft has no errors for this style, or the clerk exports it anyway."""
    from .checks_panel import check_draft

    errors = [
        p
        for p in check_draft(
            window.session,  # fonts are left out: the glyph rule only warns
            style=DocumentStyle(style) if style else None,
            locale=locale,
        )
        if p.is_error
    ]
    if not errors:
        return True
    return window.app.prompts.export_anyway(window, [f"{p.field}: {p.message(_)}" for p in errors])
