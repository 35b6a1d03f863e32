"""The floor of our stack's start-up: a bare PySide6 window with a few inputs, shown, then quit.

Run as a subprocess; like the editor under ``MINUTES_EXIT_AFTER_SHOW=1`` it prints the moment
the window is shown (``time.time()``, once the event loop has run) and quits.
It prints its peak resident memory (``peak_kb``) on the same line; with ``--rss`` it prints
``rss_kb <VmRSS>`` too, the memory floor of a shown window.
With ``--draft FILE`` it first imports our model and storage (msgspec) and loads the draft,
before Qt as the editor does, and shows its meeting name: the floor of any window that shows a
loaded draft. With ``--before-loop`` it leaves as soon as the window is shown, before the event
loop runs (instruction counts under valgrind).
"""

from __future__ import annotations

import os
import sys
import time


def _meeting_name() -> str:
    if "--draft" not in sys.argv:
        return "市政府第二十四次常务会议"
    from minutes_app.storage import load_draft  # the model classes (msgspec) and storage

    return load_draft(sys.argv[sys.argv.index("--draft") + 1]).header.meeting_name


def _status_kb(key: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    return 0


def main() -> int:
    name = _meeting_name()

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QComboBox,
        QLineEdit,
        QMainWindow,
        QTextEdit,
        QVBoxLayout,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLineEdit(name))
    layout.addWidget(QTextEdit("研究部署当前疫情防控和经济社会发展重点工作"))
    combo = QComboBox()
    combo.addItems(["纪要", "会议报道", "Board minutes"])
    layout.addWidget(combo)
    window.setCentralWidget(central)
    window.show()

    def shown() -> None:
        print(f"shown {time.time():.6f} peak_kb={_status_kb('VmHWM')}", flush=True)
        if "--rss" in sys.argv:
            print(f"rss_kb {_status_kb('VmRSS')}", flush=True)
        app.quit()

    if "--before-loop" in sys.argv:  # as the editor's MINUTES_EXIT_AFTER_SHOW=before-loop
        sys.stdout.flush()
        os._exit(0)
    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
