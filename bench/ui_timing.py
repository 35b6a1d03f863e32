"""UI timing: ``python bench/ui_timing.py [--quick] [--size N] [--only-stalls]``.

Figures of the desktop editor, each one JSON line on stdout (the fields of ``run.py``):

- ``startup``, ``startup_floor``: process start to the window shown with the seed draft loaded
  (``MINUTES_EXIT_AFTER_SHOW=1``), against a bare PySide6 window with a few inputs, and the floor
  any window showing a loaded draft pays (the bare window after importing our model);
- ``keystroke_N``: one key typed into a section body of an N-section draft (300 CJK characters a
  body, 50 attendees), to the model updated, against the same key into a bare QPlainTextEdit;
- ``gui_rss_N`` / ``open_N``: resident memory with that draft open and its preview rendered;
- ``typing_stall_N`` (measured here): how long the GUI thread stays busy at a stretch while the
  clerk types a key every 40 ms for three seconds in that draft with the live preview on,
  seen by a 1 ms heartbeat timer (``median_ms``: the worst gap of a run, median over runs;
  ``p99_gap_ms``: the 99th percentile). The budget is the same "no perceptible wait" as
  ``run.py``'s typing figure: 100 ms.
- ``pause_stall_N`` (measured here): the same heartbeat while the clerk types in bursts (five
  keys, then a pause long enough for the preview of a long draft to refresh, for eight
  seconds): the preview's page is rebuilt after each pause, and a key pressed then must not wait
  for it. Same budget.

The first three come from ``bench/run.py``'s harness (same children, same baselines); this script
only adds the typing figure and a readable summary on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import run as harness  # noqa: E402

TYPING_SECONDS = 3.0
KEY_EVERY_MS = 40
BURST_KEYS = 5
BURST_PAUSE_MS = 1600  # longer than the preview's LONG_PAUSE_MS (1.2 s)
BURSTS_SECONDS = 8.0
PERCEPTIBLE_MS = 100.0


def _stall_probe(draft: str, bursts: bool = False) -> int:
    """In the child: the real editor on ``draft``; type for a few seconds, report the stalls."""
    from PySide6.QtWidgets import QApplication

    def measure(app: QApplication) -> int:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer
        from PySide6.QtGui import QTextCursor
        from PySide6.QtTest import QTest

        from minutes_app.ui.draft_window import DraftWindow

        window = next(w for w in app.topLevelWidgets() if isinstance(w, DraftWindow))
        deadline = time.monotonic() + 120
        while window.preview is None or not window.preview.html:
            QTest.qWait(20)
            if time.monotonic() > deadline:
                raise RuntimeError("the preview never rendered")
        sections = window.session.doc.body.sections
        window.show_page("sections")
        panel = window.panels["sections"]
        panel.list.select_row(len(sections) // 2)
        body = panel.editor.widgets["body"]
        body.setFocus()
        body.moveCursor(QTextCursor.MoveOperation.End)
        renders = []
        window.preview.rendered.connect(lambda: renders.append(time.monotonic()))
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        def tick() -> None:  # a 1 ms heartbeat: any gap beyond it is the GUI thread busy
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(tick)
        heartbeat.start(1)
        typist = QTimer()
        typist.setTimerType(Qt.TimerType.PreciseTimer)
        keys = [0]

        def key() -> None:
            QTest.keyClick(body, Qt.Key.Key_A)
            keys[0] += 1
            if bursts:  # a pause after every few keys, then the next burst
                typist.start(BURST_PAUSE_MS if keys[0] % BURST_KEYS == 0 else 100)

        typist.timeout.connect(key)
        typist.start(KEY_EVERY_MS)
        QTest.qWait(int((BURSTS_SECONDS if bursts else TYPING_SECONDS) * 1000))
        typist.stop()
        heartbeat.stop()
        typed = sections[len(sections) // 2].body.count("a")
        print(json.dumps({
            "max_gap_ms": max(gaps), "p99_gap_ms": sorted(gaps)[int(len(gaps) * 0.99)],
            "renders": len(renders), "keys": typed,
        }), flush=True)
        os._exit(0)

    QApplication.exec = measure  # main() runs the probe instead of the event loop
    from minutes_app.ui.app import main

    return main(["minutes-app", draft])


def typing_stall(
    ws: harness.Workspace, settings: harness.Settings, size: int, *, bursts: bool = False
) -> dict:
    draft = ws.draft_file(size)
    argv = [sys.executable, str(Path(__file__).resolve()), "--stall-probe", str(draft)]
    argv += ["--bursts"] if bursts else []
    runs = []
    for _ in range(max(2, settings.min_runs)):
        done = harness.spawn(argv, label="the typing probe", env=ws.child_env(), timeout=300)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    name = f"{'pause' if bursts else 'typing'}_stall_{size}"
    row = harness.make_row(name, [harness.Sample(r["max_gap_ms"]) for r in runs])
    row["budget"] = f"median_ms <= {PERCEPTIBLE_MS:g}"
    row["ok"] = row["median_ms"] <= PERCEPTIBLE_MS
    row["p99_gap_ms"] = round(statistics.median(r["p99_gap_ms"] for r in runs), 2)
    row["preview_renders"] = [r["renders"] for r in runs]
    row["keys_typed"] = [r["keys"] for r in runs]
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs per figure")
    parser.add_argument("--size", type=int, default=harness.BIG, help="sections in the big draft")
    parser.add_argument("--stall-probe", metavar="DRAFT", help=argparse.SUPPRESS)
    parser.add_argument("--bursts", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--only-stalls", action="store_true", help="only the two typing figures")
    args = parser.parse_args(argv)
    if args.stall_probe:
        return _stall_probe(args.stall_probe, args.bursts)
    settings = harness.QUICK if args.quick else harness.FULL
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="minutes-ui-bench-") as folder:
        ws = harness.Workspace(Path(folder))
        stalls = [
            lambda ws, settings: typing_stall(ws, settings, args.size),
            lambda ws, settings: typing_stall(ws, settings, args.size, bursts=True),
        ]
        figures = stalls if args.only_stalls else [
            harness.startup,
            harness._probe("keystroke", Path(str(args.size))),
            harness.gui_rss(args.size),
            *stalls,
        ]
        for figure in figures:
            try:
                made = figure(ws, settings)
            except Exception as exc:  # one broken figure must not hide the others
                made = harness.failed_row(getattr(figure, "__name__", "figure"), f"{type(exc).__name__}: {exc}")
            for row in made if isinstance(made, list) else [made]:
                rows.append(row)
                print(json.dumps(row, ensure_ascii=False), flush=True)
    print(harness.markdown_table(rows), file=sys.stderr)
    return 0 if all(r.get("ok") is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
