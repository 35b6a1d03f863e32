"""``minutes-app [FILE...]``: start the editor and open the given drafts.

The start path is kept lean: the exporters (python-docx, Jinja2), the preview and the roster
load after the first window is shown. ``MINUTES_EXIT_AFTER_SHOW=1`` prints a timestamp and the
resident memory once the window is up and quits (``=preview``: once the preview is rendered;
``=before-loop``: at once, before the event loop runs); ``bench/`` uses it.
``MINUTES_DATA_DIR`` overrides the folder for recovery files, the roster and the log,
``MINUTES_CONFIG_DIR`` the settings' folder (``storage.locations``).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# The model and storage (msgspec) load before PySide6: its import hook reads the source of
# every module imported after it, looking for its __feature__ switches.
from ..storage.locations import APPLICATION, ORGANISATION, data_folder, settings_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

DESKTOP_ID = "io.github.minutesapp.Minutes"


def resident_kb(key: str = "VmRSS") -> int:
    """Resident memory now (``VmHWM``: the peak since the program started)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key + ":"):
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
    enumerations)."""
    from PySide6.QtGui import QIcon

    from ..resources import RESOURCES

    qt_app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "minutes.svg")))


def _log_to(folder: Path) -> None:
    handler: logging.Handler
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK):
            raise PermissionError(folder)
        handler = logging.FileHandler(folder / "minutes.log", encoding="utf-8", delay=True)
    except OSError:  # no writable data folder: the editor still starts (issue 15, D9)
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def main(argv: Sequence[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from .input_method import choose_input_method

    choose_input_method()  # before the QApplication reads it: see input_method.py
    args = list(sys.argv if argv is None else argv)
    qt_app = QApplication.instance() or QApplication(args)
    assert isinstance(qt_app, QApplication)
    qt_app.setOrganizationName(ORGANISATION)
    qt_app.setApplicationName(APPLICATION)
    qt_app.setDesktopFileName(DESKTOP_ID)
    prefer_cjk_fallback(qt_app)

    from .editor_app import EditorApp
    from .errors import install_excepthook
    from .i18n import Language, system_language
    from .recovery import RecoveryStore
    from .roster import Roster
    from .settings import Preferences, open_settings

    data = data_folder()
    _log_to(data)
    preferences = Preferences(open_settings(settings_path()))
    language = Language(qt_app)
    language.set_language(preferences.ui_language or system_language())
    recovery = RecoveryStore(data / "recovery")
    editor = EditorApp(preferences, language, recovery, Roster(data / "roster.sqlite3"))
    install_excepthook(editor.prompts.error)
    # Our recovery folder and its lock after the first paint, before the offer of what a crash
    # left (an autosave before then makes the folder itself).
    editor.started.connect(recovery.start)
    editor.started.connect(lambda: _quit_on_sigterm(qt_app, editor))
    editor.started.connect(lambda: _fit_font(qt_app, language))
    editor.started.connect(lambda: after_first_paint(qt_app))

    editor.open_paths(args[1:])
    if not editor.windows:
        editor.new_draft("jiyao")

    mode = os.environ.get("MINUTES_EXIT_AFTER_SHOW")
    if mode:
        _exit_after_show(qt_app, editor, mode)
    status = qt_app.exec()
    editor.shutdown()
    if not let_workers_finish(WORKERS_WAIT_S):
        _leave_now(status)
    return status


# Background work (a preview being rendered, an export, the glyph table) gets this long to end
# after the last window has closed; drafts are saved or autosaved and their locks freed by then.
WORKERS_WAIT_S = 5.0


def let_workers_finish(seconds: float) -> bool:
    """Wait, at most ``seconds`` in all, for our worker threads; True when none is left. A
    daemon thread cut off by the interpreter's tear-down in the middle of an import or a write
    can abort the process on its way out (a SIGTERM quit right after start-up did, 1 time in
    5 under load)."""
    deadline = time.monotonic() + seconds
    for thread in _our_workers():
        thread.join(max(0.0, deadline - time.monotonic()))
    return not any(thread.is_alive() for thread in _our_workers())


def _our_workers() -> list[threading.Thread]:
    """The editor's background threads: each is named ``minutes-…`` where it is started."""
    return [t for t in threading.enumerate() if t.daemon and t.name.startswith("minutes-")]


def _leave_now(status: int) -> None:
    """Work still running past the wait: leave without the interpreter's tear-down, which
    would stop that thread where it stands (everything the clerk wrote is on disk by now)."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def _quit_on_sigterm(qt_app: QApplication, editor) -> None:
    from .termination import quit_on_sigterm

    quit_on_sigterm(qt_app, editor.terminate)


def _fit_font(qt_app: QApplication, language) -> None:
    """After the first paint: measuring a font loads the font database (15 ms), and only an
    English interface on a CJK system font changes anything."""
    from .ui_font import fit_font_to_language

    fit_font_to_language(qt_app, language.code)
    language.changed.connect(lambda code: fit_font_to_language(qt_app, code))


def _exit_after_show(qt_app: QApplication, editor, mode: str) -> None:
    if mode == "before-loop":  # counting instructions under valgrind, where timers fire late
        sys.stdout.flush()
        for window in editor.windows:  # os._exit skips shutdown: no lock left beside the draft
            window.session.release()
        os._exit(0)
    from PySide6.QtCore import QTimer

    def report() -> None:
        # The peak as the child itself saw it: a parent's wait4 figure starts from the
        # parent's own size (Linux carries it across fork and exec).
        print(f"MINUTES_SHOWN {time.time():.6f} rss_kb={resident_kb()} peak_kb={resident_kb('VmHWM')}",
              flush=True)
        if mode != "stay":  # "stay": keep running (a test ends it, as a logout would)
            qt_app.exit(0)

    if mode == "stay":  # said once the work after the first paint is in place (SIGTERM too)
        editor.started.connect(report)
    elif mode == "preview":
        window = editor.windows[0]
        QTimer.singleShot(0, lambda: (window.build_preview(), window.preview.rendered.connect(report), window.preview.render_now()))
    else:
        QTimer.singleShot(0, report)


if __name__ == "__main__":
    sys.exit(main())
