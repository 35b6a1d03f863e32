"""Helpers of the reliability suite: round counts, editor processes, child environments."""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).resolve().parent / "editor_child.py"
FULL = os.environ.get("MINUTES_RELIABILITY") == "full"
REPLY_PATIENCE_S = 120  # a hang guard only: a healthy child answers at once


def rounds(short: int, full: int) -> int:
    return full if FULL else short


def child_env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        MINUTES_DATA_DIR=str(tmp_path / "data"),
    )


class EditorProcess:
    """One editor in its own process, driven line by line."""

    def __init__(self, draft: Path, work: Path, answers: dict[str, Any], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), str(draft), str(work), json.dumps(answers)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT,
        )

    def reply(self) -> dict[str, Any]:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], REPLY_PATIENCE_S)
        assert ready, "the editor process did not answer"
        line = self.process.stdout.readline()
        assert line, self.process.stderr.read().decode() if self.process.stderr else "no output"
        return json.loads(line)

    def ask(self, line: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(line.encode("utf-8") + b"\n")
        self.process.stdin.flush()
        return self.reply()

    def quit(self) -> None:
        if self.process.poll() is None:
            try:
                self.ask("quit")
            except (AssertionError, BrokenPipeError):
                pass
        self.close()

    def close(self) -> None:
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(REPLY_PATIENCE_S)
