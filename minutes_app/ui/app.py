"""``minutes-app [FILE...]``: start the editor and open the given drafts.

The start path is kept lean: the exporters (python-docx, Jinja2), the preview and the roster
load after the first window is shown. ``MINUTES_EXIT_AFTER_SHOW=1`` prints a timestamp and the
resident memory once the window is up and quits (``=preview``: once the preview is rendered;
``=before-loop``: at once, before the event loop runs); ``bench/`` uses it.
``MINUTES_DATA_DIR`` overrides the folder for recovery files, the roster and the log.
"""

from __future__ import annotations

import gc
import importlib
import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .feature_scan import note_known_modules

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

ORGANISATION = "Minutes"
APPLICATION = "Minutes"
DESKTOP_ID = "io.github.minutesapp.Minutes"


def data_folder() -> Path:
    override = os.environ.get("MINUTES_DATA_DIR")
    if override:
        return Path(override)
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def resident_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


# Sans-serif CJK faces, best first; without this Qt may fall back to a Kai face for Chinese.
CJK_FALLBACKS = ["Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
                 "WenQuanYi Micro Hei"]


def prefer_cjk_fallback(qt_app: QApplication) -> None:
    from PySide6.QtGui import QFont

    QFont.insertSubstitutions(qt_app.font().family(), CJK_FALLBACKS)


def after_first_paint(qt_app: QApplication) -> None:
    """What the first paint need not wait for: the window icon (its SVG plugin and the icon
    enumerations) and the garbage collector, paused by ``main``."""
    from PySide6.QtGui import QIcon

    from ..resources import RESOURCES

    qt_app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "minutes.svg")))
    if not gc.isenabled():
        # What start-up made lives as long as the editor: later collections skip it. No full
        # collection first: with a 1000-section draft open it pauses the editor for about
        # 15 ms, to free a few hundred objects of start-up garbage once.
        gc.freeze()
        gc.enable()


def _log_to(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(folder / "minutes.log", encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    # Start-up makes long-lived objects (modules, classes, widgets): the cyclic collector
    # would only walk them again and again. It resumes once the window has painted.
    gc.disable()
    # The document model and storage load before Qt: PySide6 hooks every later import.
    importlib.import_module("minutes_app.storage")  # a call, so that isort keeps it first
    from PySide6.QtCore import QSettings

    note_known_modules()  # before the first import of ours: see feature_scan.py
    from PySide6.QtWidgets import QApplication

    from .input_method import choose_input_method

    choose_input_method()  # before the QApplication reads it: see input_method.py
    args = list(sys.argv if argv is None else argv)
    qt_app = QApplication.instance() or QApplication(args)
    assert isinstance(qt_app, QApplication)
    from .binding_guard import guard_singletons

    guard_singletons()  # before any real work: see binding_guard.py
    qt_app.setOrganizationName(ORGANISATION)
    qt_app.setApplicationName(APPLICATION)
    qt_app.setDesktopFileName(DESKTOP_ID)
    prefer_cjk_fallback(qt_app)

    from .editor_app import EditorApp
    from .errors import install_excepthook
    from .i18n import Language, system_language
    from .recovery import RecoveryStore
    from .roster import Roster
    from .settings import Preferences

    data = data_folder()
    _log_to(data)
    preferences = Preferences(QSettings())
    language = Language(qt_app)
    language.set_language(preferences.ui_language or system_language())
    recovery = RecoveryStore(data / "recovery")
    recovery.start()
    editor = EditorApp(preferences, language, recovery, Roster(data / "roster.sqlite3"))
    install_excepthook(editor.prompts.error)
    editor.started.connect(lambda: after_first_paint(qt_app))

    editor.open_paths(args[1:])
    if not editor.windows:
        editor.new_draft("jiyao")

    mode = os.environ.get("MINUTES_EXIT_AFTER_SHOW")
    if mode:
        _exit_after_show(qt_app, editor, mode)
    status = qt_app.exec()
    editor.shutdown()
    return status


def _exit_after_show(qt_app: QApplication, editor, mode: str) -> None:
    if mode == "before-loop":  # counting instructions under valgrind, where timers fire late
        sys.stdout.flush()
        os._exit(0)
    from PySide6.QtCore import QTimer

    def report() -> None:
        print(f"MINUTES_SHOWN {time.time():.6f} rss_kb={resident_kb()}", flush=True)
        qt_app.exit(0)

    if mode == "preview":
        window = editor.windows[0]
        QTimer.singleShot(0, lambda: (window.build_preview(), window.preview.rendered.connect(report), window.preview.render_now()))
    else:
        QTimer.singleShot(0, report)


if __name__ == "__main__":
    sys.exit(main())
