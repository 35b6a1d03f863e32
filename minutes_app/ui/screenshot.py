"""``python -m minutes_app.ui.screenshot OUT.png [--language zh_CN] [--page header] [--field NAME] [--checks] [DRAFT]``

Takes a picture of the editor as it runs (offscreen works): a draft open (the seed example by
default), the preview rendered (``--checks``: the Checks panel too), 1400x900. Used for ``docs/img/editor-*.png``. Settings,
recovery files and the roster go to a temporary folder, never the user's.
``--find TEXT [--replace TEXT]`` shows the find bar at the first match (``docs/img/find-*.png``).
``--review TEXT`` pictures the import review of TEXT instead (``docs/img/import-review.png``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import tempfile
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("draft", nargs="?", type=Path)
    parser.add_argument("--language", default="en", choices=["en", "zh_CN"])
    parser.add_argument("--find", help="open the find bar on this text, at its first match")
    parser.add_argument("--replace", help="... with the replace row holding this text")
    parser.add_argument("--page", default="header")
    parser.add_argument("--size", default="1400x900")
    parser.add_argument("--field", help="a field or list of the page to scroll to and focus")
    parser.add_argument("--checks", action="store_true", help="show the Checks panel, filled")
    parser.add_argument("--review", type=Path, help="a text to import: picture its review step")
    args = parser.parse_args(argv)

    importlib.import_module("minutes_app.storage")  # the model first (a call: isort keeps it here)
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QApplication

    from ..resources import example
    from ..storage.settings_file import SettingsFile
    from .app import prefer_cjk_fallback
    from .editor_app import EditorApp
    from .i18n import Language
    from .recovery import RecoveryStore
    from .settings import Preferences

    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    prefer_cjk_fallback(qt_app)
    QStandardPaths.setTestModeEnabled(True)
    with tempfile.TemporaryDirectory(prefix="minutes-shot-") as folder:
        settings = SettingsFile(Path(folder) / "settings.json")
        language = Language(qt_app)
        language.set_language(args.language)
        editor = EditorApp(Preferences(settings), language, RecoveryStore(Path(folder) / "r"), None)
        width, height = (int(n) for n in args.size.split("x"))
        if args.review is not None:
            return 0 if _review_picture(qt_app, args.review, args.output, (width, height)) else 1
        window = editor.open_paths([args.draft or example("seed-report.minutes")])[0]
        window.resize(width, height)
        window.show_page(args.page)
        window.build_preview()
        assert window.preview is not None
        window.preview.render_now()
        window.build_checks()  # now, not on its timer: every picture shows the same window
        for _ in range(50):  # let Qt finish laying out the preview page
            qt_app.processEvents()
        panel = window.panels[args.page]
        field = panel.widgets.get(args.field) or panel.lists.get(args.field) if args.field else None
        if field is not None:
            field.setFocus()
            panel.ensureWidgetVisible(field, 0, 200)
        else:
            panel.widget().setFocus()
        for _ in range(10):
            qt_app.processEvents()
        if args.checks:
            editor.glyph_source().prepare()  # here, not on a worker thread: the picture waits
            checks = window.build_checks()
            checks.run_now()
            checks.tree.setCurrentItem(checks.tree.topLevelItem(0))
            for _ in range(20):
                qt_app.processEvents()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        ok = with_find_bar(window, args.find, args.replace).grab().save(str(args.output))
        editor.closing_all = True
        window.close()
        editor.shutdown()
    return 0 if ok else 1


def with_find_bar(window, find: str | None, replace: str | None):
    """The window with its find bar open on ``find`` at the first match (if given)."""
    if find:
        from PySide6.QtWidgets import QApplication

        bar = window.find_bar()
        bar.open(replace=replace is not None)
        bar.replace_edit.setText(replace or "")
        bar.find_edit.setText(find)
        bar.find_next()
        for _ in range(50):
            QApplication.processEvents()
    return window


def _review_picture(qt_app, text: Path, output: Path, size: tuple[int, int]) -> bool:
    """The review dialog of ``text``'s import as the editor shows it after File > Import."""
    from ..importers import import_file
    from .dialogs.import_review_dialog import ImportReviewDialog
    from .i18n import describe_warning

    result = import_file(text)
    warnings = [describe_warning(w) for w in result.warnings]
    dialog = ImportReviewDialog(result.document, warnings, text.name)
    dialog.resize(*size)
    dialog.show()
    for _ in range(50):
        qt_app.processEvents()
    output.parent.mkdir(parents=True, exist_ok=True)
    ok = dialog.grab().save(str(output))
    dialog.close()
    return ok


if __name__ == "__main__":
    sys.exit(main())
