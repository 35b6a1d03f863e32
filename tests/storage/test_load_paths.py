"""Loading takes the one-parse path for ordinary drafts and the cleaning path for the rest."""

from __future__ import annotations

import pytest

from minutes_app.resources import EXAMPLES
from minutes_app.storage import draft_file, loads_draft

SEED = (EXAMPLES / "seed-report.minutes").read_text(encoding="utf-8")


def _forbid_cleaning_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(value: object) -> object:
        raise AssertionError("the general (cleaning) path was taken")

    monkeypatch.setattr(draft_file, "_clean_tree", fail)


def test_an_ordinary_draft_is_parsed_once_by_pydantic(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = loads_draft(SEED)
    _forbid_cleaning_path(monkeypatch)
    assert loads_draft(SEED) == expected


def test_escaped_surrogates_and_raw_controls_take_the_cleaning_path(monkeypatch: pytest.MonkeyPatch) -> None:
    lone = SEED.replace('"reporter": "李雅萍"', '"reporter": "李雅萍\\ud800"')
    raw_tab = SEED.replace('"reporter": "李雅萍"', '"reporter": "李雅\t萍"')
    assert loads_draft(lone).header.reporter == "李雅萍"
    assert loads_draft(raw_tab).header.reporter == "李雅\t萍"
    _forbid_cleaning_path(monkeypatch)
    for text in (lone, raw_tab):
        with pytest.raises(AssertionError, match="cleaning"):
            loads_draft(text)
