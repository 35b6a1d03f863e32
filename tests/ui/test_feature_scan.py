"""PySide6's table of which modules use it: filled in for our modules with its own answers."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

import minutes_app.ui
from minutes_app.ui import feature_scan

UI_FOLDER = Path(minutes_app.ui.__file__).parent


def _pyside_check():
    """PySide6's own test (private), where this version has it."""
    return getattr(sys.modules.get("shibokensupport.feature"), "_mod_uses_pyside", None)


def test_every_ui_module_is_listed_once_with_its_answer() -> None:
    listed = dict(feature_scan.own_modules())
    files = [p for p in UI_FOLDER.rglob("*.py") if "__pycache__" not in p.parts]
    names = {
        ".".join(("minutes_app", "ui", *p.relative_to(UI_FOLDER).with_suffix("").parts)).removesuffix(
            ".__init__"
        ): p
        for p in files
    }
    assert set(names) <= set(listed)
    for name, path in names.items():
        assert listed[name] == ("PySide6" in path.read_text(encoding="utf-8")), name
    assert listed["minutes_app.ui.draft_window"] is True
    assert listed["minutes_app.ui.labels"] is False  # pure Python: PySide6 would say so too


def test_the_answers_are_the_ones_pyside_gives(qapp) -> None:
    check = _pyside_check()
    if check is None or feature_scan.feature_table() is None:
        pytest.skip("this PySide6 has no feature table: nothing is filled in")
    for name, uses in feature_scan.own_modules():
        module = importlib.import_module(name)
        assert check(module) is uses, name
    for name in ("logging", "typing", "json.decoder", "datetime", "gettext"):
        assert check(importlib.import_module(name)) is False, name


def test_noting_fills_the_table_without_changing_an_answer(qapp) -> None:
    table = feature_scan.feature_table()
    if table is None:
        pytest.skip("this PySide6 has no feature table")
    saved = dict(table)
    try:
        for name in ("minutes_app.ui.draft_window", "minutes_app.ui.labels", "gettext", "json.decoder"):
            table.pop(name, None)
        before = dict(table)
        added = feature_scan.note_known_modules()
        assert added >= 4
        assert table["minutes_app.ui.draft_window"] == 0  # uses PySide6
        assert table["minutes_app.ui.labels"] == -1  # does not
        assert table["gettext"] == -1 and table["json.decoder"] == -1
        assert all(table[name] == value for name, value in before.items())  # set ones kept
    finally:
        table.clear()
        table.update(saved)


def test_without_a_table_nothing_is_done(monkeypatch) -> None:
    monkeypatch.setattr(feature_scan, "feature_table", lambda: None)
    assert feature_scan.note_known_modules() == 0


def test_a_module_without_its_source_is_left_to_pyside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The frozen app keeps modules in an archive: their __file__ names no file on disk."""
    module = type(sys)("minutes_app.frozen_probe")
    module.__file__ = str(tmp_path / "frozen_probe.py")  # never written
    monkeypatch.setitem(sys.modules, module.__name__, module)
    listed = dict(feature_scan.own_modules())
    assert module.__name__ not in listed
    assert listed["minutes_app.ui.draft_window"] is True
