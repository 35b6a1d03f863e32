"""Saving and loading is lossless; loading sanitises text exactly as the model does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from model.document_strategies import any_text, documents

from minutes_app.model import MeetingDocument, clean_text, to_plain
from minutes_app.model.text import one_line
from minutes_app.resources import EXAMPLES, TEMPLATES
from minutes_app.storage import DraftError, dumps_draft, load_draft, loads_draft, save_draft

SHIPPED = sorted(EXAMPLES.glob("*.minutes")) + sorted(TEMPLATES.glob("*.minutes"))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("roundtrip")


# Shrinking whole documents (each step a real save with fsync) took minutes; comparing dumps
# instead makes pytest point at the differing field of the first failing document.
NO_SHRINK = [Phase.explicit, Phase.reuse, Phase.generate]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=NO_SHRINK)
@given(doc=documents)
def test_save_then_load_gives_the_same_document(doc: MeetingDocument, folder: Path) -> None:
    path = folder / "draft.minutes"
    save_draft(doc, path)
    loaded = load_draft(path)
    assert to_plain(loaded) == to_plain(doc)
    assert loaded == doc
    text = dumps_draft(doc)
    assert path.read_text(encoding="utf-8") == text
    assert dumps_draft(loads_draft(text)) == text  # stable: saving again changes no byte


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_drafts_are_in_the_form_the_program_writes(path: Path) -> None:
    assert dumps_draft(load_draft(path)) == path.read_text(encoding="utf-8")


def _draft_with(title: str, note: str) -> dict:
    return {
        "format": "minutes-draft",
        "schema_version": 2,
        "document": {
            "header": {"title": title, "deck": [title, note]},
            "people": {"groups": [{"people": [{"name": "𠮷", "note": note}]}]},
            "body": {"closing_notes": [note], "sections": [{"sub_items": [{"body": title}]}]},
        },
    }


@settings(max_examples=200)
@given(title=any_text, note=any_text)
def test_loading_sanitises_text_like_the_model_in_every_field(title: str, note: str) -> None:
    raw = _draft_with(title, note)
    escaped = json.dumps(raw)  # \u escapes for controls and lone surrogates
    literal = json.dumps(raw, ensure_ascii=False)  # DEL, C1, U+2028 and surrogates as such
    # In JSON "\ud800\udfff" is one character beyond the BMP; in a Python str two code units.
    as_json = (json.loads(json.dumps(title)), json.loads(json.dumps(note)))
    for doc, (t, n) in ((loads_draft(escaped.encode("utf-8")), as_json), (loads_draft(literal), (title, note))):
        assert doc.header.title == clean_text(t)
        # Deck lines and a person's note print on one line: their breaks are taken out too.
        assert doc.header.deck == [one_line(t), one_line(n)]
        assert doc.people.groups[0].people[0].note == one_line(n)
        assert doc.body.closing_notes == [clean_text(n)]
        assert doc.body.sections[0].sub_items[0].body == clean_text(t)
        assert loads_draft(dumps_draft(doc)) == doc  # and what was sanitised stays so


def test_raw_control_characters_inside_strings_are_sanitised_too() -> None:
    text = json.dumps(_draft_with("TITLE", "NOTE")).replace("TITLE", "第一\x01行\x0b二").replace(
        "NOTE", "tab\there\x1f"
    )
    doc = loads_draft(text)
    assert doc.header.title == "第一行\n二"
    assert doc.body.closing_notes == ["tab\there"]


def test_saving_cleans_text_assigned_without_the_operations(tmp_path: Path) -> None:
    doc = MeetingDocument()
    doc.header.title = "纪要\ud800\x00𠮷"  # plain assignment is not validated
    doc.header.style = "board"  # a plain string for an enum field, as a form might set it
    save_draft(doc, tmp_path / "a.minutes")
    loaded = load_draft(tmp_path / "a.minutes")
    assert loaded.header.title == "纪要𠮷" and loaded.header.style.value == "board"


def test_a_document_that_would_not_load_is_not_saved(tmp_path: Path) -> None:
    path = tmp_path / "a.minutes"
    save_draft(MeetingDocument(), path)
    before = path.read_bytes()
    doc = MeetingDocument()
    doc.header.session_number = "24"  # type: ignore[assignment]
    with pytest.raises(DraftError) as caught:
        save_draft(doc, path)
    assert caught.value.field == "header.session_number"
    assert "not saved" in str(caught.value) and str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.minutes"]


def test_byte_order_marks_are_accepted(seed_doc: MeetingDocument) -> None:
    text = dumps_draft(seed_doc)
    assert loads_draft(b"\xef\xbb\xbf" + text.encode("utf-8")) == seed_doc
    assert loads_draft("\ufeff" + text) == seed_doc
    assert loads_draft(text.encode("utf-16")) == seed_doc  # Notepad's "Unicode", with its BOM


def test_missing_file_and_folder_are_draft_errors(tmp_path: Path) -> None:
    with pytest.raises(DraftError, match=r"^nothing\.minutes: no such file$"):
        load_draft(tmp_path / "nothing.minutes")
    (tmp_path / "folder.minutes").mkdir()
    with pytest.raises(DraftError, match="folder.minutes: is a folder"):
        load_draft(tmp_path / "folder.minutes")
