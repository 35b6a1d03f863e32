"""``python -m minutes_app.ui.screenshot OUT.png [--language zh_CN] [--page header] [DRAFT]``

Takes a picture of the editor as it runs (offscreen works): a draft open (the seed example by
default), the preview rendered, 1400x900. Used for ``docs/img/editor-*.png``. Settings,
recovery files and the roster go to a temporary folder, never the user's.
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
    parser.add_argument("--page", default="header")
    parser.add_argument("--size", default="1400x900")
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
        window = editor.open_paths([args.draft or example("seed-report.minutes")])[0]
        width, height = (int(n) for n in args.size.split("x"))
        window.resize(width, height)
        window.show_page(args.page)
        window.build_preview()
        assert window.preview is not None
        window.preview.render_now()
        for _ in range(50):  # let Qt finish laying out the preview page
            qt_app.processEvents()
        window.panels[args.page].widget().setFocus()
        args.output.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(args.output))
        editor.closing_all = True
        window.close()
        editor.shutdown()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
