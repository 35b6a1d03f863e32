"""A real editor process for the two-editor and external-change races (issue 15).

``python editor_child.py DRAFT WORK_DIR ANSWERS_JSON`` opens DRAFT in an offscreen editor with
the modal questions answered from ANSWERS_JSON, prints one JSON line, then obeys one command a
line on stdin (``edit TEXT``, ``save``, ``wait-notice``, ``quit``), answering each with a JSON
line that carries every question it was asked so far. The event loop runs meanwhile, so the
file watcher and the lock behave as in the real editor.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication(["minutes-app"])

from minutes_app.storage.settings_file import SettingsFile  # noqa: E402
from minutes_app.ui.editor_app import EditorApp  # noqa: E402  (after the QApplication)
from minutes_app.ui.i18n import Language  # noqa: E402
from minutes_app.ui.prompts import Answer, Prompts  # noqa: E402
from minutes_app.ui.recovery import RecoveryStore  # noqa: E402
from minutes_app.ui.settings import Preferences  # noqa: E402

draft, work = Path(sys.argv[1]), Path(sys.argv[2])
answers: dict[str, object] = json.loads(sys.argv[3])
asked: list[list[str]] = []


class Scripted(Prompts):
    def _answer(self, question: str, *args: object) -> object:
        asked.append([question, *map(str, args)])
        return answers.get(question)

    def ask_locked(self, parent, name, who):
        return Answer(self._answer("ask_locked", name, who) or "cancel")

    def ask_changed_on_disk(self, parent, name, deleted):
        return Answer(self._answer("ask_changed_on_disk", name, deleted) or "cancel")

    def ask_save_elsewhere(self, parent, title, message):
        return bool(self._answer("ask_save_elsewhere", message))

    def ask_unsaved(self, parent, name):
        return Answer.DISCARD

    def save_file(self, parent, caption, path, filters):
        return self._answer("save_file", path)

    def error(self, parent, title, message, details=""):
        asked.append(["error", title, message])

    def info(self, parent, title, message, details=""):
        asked.append(["info", title, message])


language = Language()
language.set_language("en")
store = RecoveryStore(work / f"recovery-{os.getpid()}")
store.start()
settings = SettingsFile(work / f"settings-{os.getpid()}.json")
editor = EditorApp(Preferences(settings), language, store, None, Scripted())
windows = editor.open_paths([draft])
window = windows[0] if windows else None


def say(**what: object) -> None:
    print(json.dumps({"asked": asked, **what}, ensure_ascii=False), flush=True)


say(opened=window is not None, read_only=bool(window and window.session.read_only),
    path=str(window.session.path) if window and window.session.path else None)

pending = b""


def wait_notice(ticks: int = 0) -> None:
    if window.disk_notice.isVisible() or ticks > 3000:  # a safety net: 3000 polls of 10 ms
        say(notice=window.disk_notice.isVisible(), text=window.disk_notice.text())
        return
    QTimer.singleShot(10, lambda: wait_notice(ticks + 1))


def command(line: str) -> None:
    verb, _, arg = line.partition(" ")
    if verb == "edit":
        window.session.set(("header", "place"), arg, "edit")
        say(edited=True)
    elif verb == "save":
        saved = window.save()
        say(saved=saved, notice=window.disk_notice.isVisible(),
            path=str(window.session.path) if window.session.path else None)
    elif verb == "wait-notice":
        wait_notice()
    elif verb == "quit":
        editor.closing_all = True
        for open_window in list(editor.windows):
            open_window.close()
        editor.shutdown()
        say(quit=True)
        app.quit()


def read_stdin() -> None:
    global pending
    chunk = os.read(sys.stdin.fileno(), 65536)
    if not chunk:
        app.quit()
        return
    pending += chunk
    while b"\n" in pending:
        line, pending = pending.split(b"\n", 1)
        command(line.decode("utf-8"))


notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(read_stdin)
if window is not None:
    app.exec()
