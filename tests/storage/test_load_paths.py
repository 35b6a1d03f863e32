"""Loading takes the one-parse path for ordinary drafts and the cleaning path for the rest."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from minutes_app.resources import EXAMPLES
from minutes_app.storage import DraftError, draft_file, loads_draft

SEED = (EXAMPLES / "seed-report.minutes").read_text(encoding="utf-8")


def _forbid_cleaning_path(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(value: object) -> object:
        raise AssertionError("the general (cleaning) path was taken")

    monkeypatch.setattr(draft_file, "_clean_tree", fail)


def test_an_ordinary_draft_is_decoded_in_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
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


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("09:30", dt.time(9, 30)),
        ("09:30:15", dt.time(9, 30, 15)),
        ("18:05+08:00", dt.time(18, 5, tzinfo=dt.timezone(dt.timedelta(hours=8)))),
    ],
)
def test_times_may_omit_the_seconds(written: str, read: dt.time) -> None:
    text = SEED.replace('"start_time": null', f'"start_time": "{written}"')
    assert loads_draft(text).header.start_time == read


def test_a_date_time_without_seconds_is_refused_by_loader_and_schema_alike() -> None:
    import jsonschema

    from minutes_app.storage.schema import draft_schema

    text = SEED.replace('"published": "2020-03-14T11:30:53"', '"published": "2020-03-14T11:30"')
    assert text != SEED
    with pytest.raises(DraftError, match=r"header\.published: expected a date and time .*'2020-03-14T11:30'"):
        loads_draft(text)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(json.loads(text), draft_schema())
