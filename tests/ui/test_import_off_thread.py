"""Import runs off the GUI thread: the window keeps handling events meanwhile, a progress
dialog names the stage, and Cancel stops it (issue 15, D2). Counted in events, not timed."""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from minutes_app.importers import import_file

SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "seed-article.txt"
PATIENCE_S = 60  # a safety net for a broken build, never reached when it works


def test_the_window_handles_events_while_a_file_is_imported(qtbot, editor, tmp_path: Path) -> None:
    """The importer waits until the GUI thread has run 20 timer events: on the GUI thread
    that could never happen (the test would fail, not hang)."""
    source = tmp_path / "report.txt"
    source.write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    beats = 0
    enough = threading.Event()

    def beat() -> None:
        nonlocal beats
        beats += 1
        if beats >= 20:
            enough.set()

    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    heartbeat.start(1)
    during: list[int] = []

    def slow_import(path, progress):
        progress("reading")
        during.append(beats)
        if not enough.wait(PATIENCE_S):
            raise AssertionError("the GUI thread did not run while importing")
        return import_file(path, progress)

    editor.importer = slow_import
    editor.prompts.queue("open_files", [str(source)])
    editor.import_dialog()
    heartbeat.stop()
    assert enough.is_set() and beats >= 20
    assert [w.session.doc.header.reporter for w in editor.windows] == ["李雅萍"]


def test_cancel_stops_the_import_and_opens_nothing(qtbot, editor, tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    release = threading.Event()
    stages: list[str] = []
    finished = threading.Event()

    def stuck_import(path, progress):
        try:
            progress("reading")
            release.wait(PATIENCE_S)  # a huge file: still reading when the clerk gives up
            return import_file(path, lambda stage: (stages.append(stage), progress(stage)))
        finally:
            finished.set()

    labels: list[str] = []

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, press_cancel)
            return
        labels.append(dialogs[0].labelText())
        (cancel,) = dialogs[0].findChildren(QPushButton)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        release.set()

    QTimer.singleShot(0, press_cancel)
    editor.importer = stuck_import
    editor.prompts.queue("open_files", [str(source)])
    editor.import_dialog()
    assert editor.windows == []
    assert not editor.prompts.asked("error")
    assert labels == ["Reading report.txt…"]
    assert finished.wait(PATIENCE_S)
    assert stages == ["reading"]  # it stopped at the first stage after Cancel: nothing decoded


def test_a_hostile_file_fails_with_one_clear_message(qtbot, editor, tmp_path: Path) -> None:
    import hostile_docx  # tests/: on the path (the folder of the root conftest.py)

    bomb = tmp_path / "bomb.docx"
    bomb.write_bytes(hostile_docx.billion_laughs(hostile_docx.valid_docx()))
    editor.prompts.queue("open_files", [str(bomb)])
    editor.import_dialog()
    [(title, message, details)] = editor.prompts.asked("error")
    assert title == "The file could not be imported"
    assert "“bomb.docx” is a damaged or unusual Word file" in message
    assert details.startswith(f"{bomb}: ") and "declares a DTD or entities" in details
    assert editor.windows == []


@pytest.mark.reliability
def test_the_window_keeps_handling_events_during_a_real_1_6_mb_import(qtbot, editor, tmp_path: Path) -> None:
    """The real importer on 1.6 MB of hard-wrapped text: the GUI thread's timer keeps firing
    between the import's start and its end (on the GUI thread it could not fire at all)."""
    sentence = ("The board noted the report of the finance committee and agreed that the "
                "budget should be reviewed again before the end of the year; ")
    paragraphs = [textwrap.fill(sentence * 12, 72) for _ in range(1_600_000 // (len(sentence) * 12))]
    source = tmp_path / "wrapped.txt"
    source.write_text("Board minutes\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    beats = 0

    def beat() -> None:
        nonlocal beats
        beats += 1

    heartbeat = QTimer()
    heartbeat.timeout.connect(beat)
    heartbeat.start(0)  # every pass of the event loop
    seen: list[int] = []

    def counted_import(path, progress):
        seen.append(beats)
        try:
            return import_file(path, progress)
        finally:
            seen.append(beats)

    editor.importer = counted_import
    editor.prompts.queue("open_files", [str(source)])
    editor.import_dialog()
    heartbeat.stop()
    start, end = seen
    print(f"FIGURE heartbeat: {end - start} event-loop passes during a 1.6 MB import")
    assert end - start >= 1
    assert len(editor.windows) == 1
