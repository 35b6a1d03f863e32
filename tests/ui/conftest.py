"""UI test fixtures: editors built on temporary settings, recovery and roster folders, with
every modal question answered by the test (an unexpected one fails it)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QStandardPaths

from minutes_app.storage.settings_file import SettingsFile
from minutes_app.ui.editor_app import EditorApp
from minutes_app.ui.i18n import Language
from minutes_app.ui.prompts import Prompts
from minutes_app.ui.recovery import RecoveryStore
from minutes_app.ui.roster import Roster
from minutes_app.ui.settings import Preferences


class ScriptedPrompts(Prompts):
    """Answers queued per question; errors and notices are recorded, not shown."""

    def __init__(self) -> None:
        self.answers: dict[str, list[Any]] = {}
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def queue(self, question: str, *answers: Any) -> None:
        self.answers.setdefault(question, []).extend(answers)

    def asked(self, question: str) -> list[tuple[Any, ...]]:
        return [args for name, args in self.calls if name == question]

    def _answer(self, question: str, *args: Any) -> Any:
        self.calls.append((question, args))
        queued = self.answers.get(question)
        if not queued:
            raise AssertionError(f"unexpected {question} prompt: {args!r}")
        return queued.pop(0)

    def ask_unsaved(self, parent, name):
        return self._answer("ask_unsaved", name)

    def ask_locked(self, parent, name, who):
        return self._answer("ask_locked", name, who)

    def ask_changed_on_disk(self, parent, name, deleted):
        return self._answer("ask_changed_on_disk", name, deleted)

    def ask_import(self, parent, name):
        return self._answer("ask_import", name)

    def ask_save_elsewhere(self, parent, title, message):
        return self._answer("ask_save_elsewhere", title, message)

    def error(self, parent, title, message, details=""):
        self.calls.append(("error", (title, message, details)))

    def info(self, parent, title, message, details=""):
        self.calls.append(("info", (title, message, details)))

    def show_table(self, parent, title, headers, rows):
        self.calls.append(("show_table", (title, tuple(headers), list(rows))))

    def open_files(self, parent, caption, folder, filters):
        return self._answer("open_files", folder)

    def save_file(self, parent, caption, path, filters):
        return self._answer("save_file", path)

    def choose_recovered(self, parent, drafts):
        answer = self._answer("choose_recovered", [d.title for d in drafts])
        return list(drafts) if answer == "all" else answer

    def choose_export(self, parent, fmt, style, locale, grid, *, pdf_engine="weasyprint"):
        self.pdf_engines_offered = [*getattr(self, "pdf_engines_offered", []), pdf_engine]
        return self._answer("choose_export", fmt, style, locale, grid)

    def export_anyway(self, parent, errors):
        return self._answer("export_anyway", list(errors))

    def print_dialog(self, parent, printer):
        """Answer with a callable that may set the printer up (to a PDF file), or a bool."""
        answer = self._answer("print_dialog", printer.docName())
        return answer(printer) if callable(answer) else answer

    def print_preview(self, parent, printer, paint):
        answer = self._answer("print_preview", printer.docName())
        answer(printer, paint)

    def paste_text(self, parent):
        return self._answer("paste_text")

    def review_import(self, parent, doc, warnings, source):
        """Confirmed unchanged unless the test queued corrections (or None to cancel)."""
        self.calls.append(("review_import", (doc, warnings, source)))
        queued = self.answers.get("review_import")
        return queued.pop(0) if queued else []


@pytest.fixture
def folders(tmp_path: Path) -> Path:
    QStandardPaths.setTestModeEnabled(True)
    return tmp_path


@pytest.fixture
def make_editor(qapp, folders: Path) -> Iterator[Callable[..., EditorApp]]:
    """Start an editor on the test's folders; calling it again is the next start (same
    settings, recovery folder and roster)."""
    started: list[EditorApp] = []

    def start(
        prompts: ScriptedPrompts | None = None, language: str = "en", *, lock_drafts: bool = False
    ) -> EditorApp:
        """``lock_drafts`` is off unless asked for: many tests open the shared examples."""
        settings = SettingsFile(folders / "settings.json")
        ui_language = Language()
        ui_language.set_language(language)
        recovery = RecoveryStore(folders / "recovery")
        recovery.start()
        editor = EditorApp(
            Preferences(settings),
            ui_language,
            recovery,
            Roster(folders / "roster.sqlite3"),
            prompts or ScriptedPrompts(),
            lock_drafts=lock_drafts,
        )
        started.append(editor)
        return editor

    yield start
    for editor in started:
        editor.closing_all = True
        for window in list(editor.windows):
            window.close()
        editor.shutdown()
    # The gettext catalog is process-wide, and each Language installs its own Qt translator:
    # each editor's language goes back to English, so no translator outlives its test (when
    # the collector would get round to deleting it is not for a test to depend on).
    for editor in started:
        editor.language.set_language("en")
    Language().set_language("en")


@pytest.fixture
def editor(make_editor: Callable[..., EditorApp]) -> EditorApp:
    return make_editor()


@pytest.fixture
def child_env(tmp_path: Path) -> dict[str, str]:
    """The environment of an editor started as a child process: offscreen, reporting when its
    window is shown, with private data and settings folders, on this checkout's sources."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        MINUTES_EXIT_AFTER_SHOW="1",
        MINUTES_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        MINUTES_CONFIG_DIR=str(tmp_path / "config" / "minutes"),
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
