"""``clean_text``: the one sanitising rule for every way text enters a document."""

from __future__ import annotations

import pytest
from document_strategies import any_text
from hypothesis import given

from minutes_app.model import Header, Section, clean_text
from minutes_app.model.text import has_forbidden


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("第一行\v第二行", "第一行\n第二行"),  # soft line break from Word
        ("page\fbreak", "page\nbreak"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("windows\r\nmac\rend", "windows\nmac\nend"),
        ("keep\ttabs\nand newlines", "keep\ttabs\nand newlines"),
        ("nul\x00bell\x07esc\x1bdel\x7f", "nulbellescdel"),
        ("c1\x85\x9f controls", "c1 controls"),
        ("lone\ud800surrogates\udfff", "lonesurrogates"),
        ("non\ufffechars\uffff", "nonchars"),
        ("𠮷野家 👩\u200d💻 שָׁלוֹם", "𠮷野家 👩\u200d💻 שָׁלוֹם"),  # ZWJ and RTL marks are text
    ],
)
def test_clean_text_examples(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


@given(any_text)
def test_clean_text_is_idempotent_and_leaves_nothing_forbidden(raw: str) -> None:
    clean = clean_text(raw)
    assert clean_text(clean) == clean
    assert not has_forbidden(clean)
    assert "\r" not in clean and "\v" not in clean and "\f" not in clean
    assert clean.encode("utf-8").decode("utf-8") == clean  # no lone surrogates: encodable


@given(any_text)
def test_models_apply_the_rule_on_construction(raw: str) -> None:
    assert Header(title=raw).title == clean_text(raw)
    assert Section(heading=raw, body=raw).body == clean_text(raw)
    assert Header(deck=[raw]).deck == [clean_text(raw)]
