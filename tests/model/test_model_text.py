"""``clean_text``: the one sanitising rule for every way text enters a document."""

from __future__ import annotations

import pytest
from document_strategies import any_text
from hypothesis import given

from minutes_app.model import Header, Person, Section, clean_text
from minutes_app.model.text import has_forbidden, one_line


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
    assert Header(deck=[raw]).deck == [one_line(raw)]  # deck lines print on one line


@pytest.mark.parametrize(
    ("raw", "line"),
    [
        ("陈\n建华", "陈建华"),  # a name broken by a pasted line break: 市长陈⏎建华
        ("Margaret\nEllis", "Margaret Ellis"),
        ("市长\r\n陈建华 ", "市长陈建华"),
        ("Committee Room 2,\n  Quay Street", "Committee Room 2, Quay Street"),
        ("\n前后\n", "前后"),
        ("no break", "no break"),
    ],
)
def test_one_line_takes_out_line_breaks_only(raw: str, line: str) -> None:
    assert one_line(raw) == line


def test_one_line_fields_lose_their_breaks_multi_line_fields_keep_them() -> None:
    person = Person(name="陈\n建华", title="市\v长", note="在外地\n出差")
    assert (person.name, person.title, person.note) == ("陈建华", "市长", "在外地出差")
    section = Section(speaker="李\n正印", heading="第一\n第二", body="一段\n二段")
    assert section.speaker == "李正印"
    assert (section.heading, section.body) == ("第一\n第二", "一段\n二段")  # long text keeps them
    assert Header(title="两行\n标题").title == "两行\n标题"  # a title may be broken by the clerk


@given(any_text)
def test_one_line_is_clean_text_without_breaks(raw: str) -> None:
    line = one_line(raw)
    assert "\n" not in line and one_line(line) == line
    assert "".join(line.split()) == "".join(clean_text(raw).split())  # nothing else changes
