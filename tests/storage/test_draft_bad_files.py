"""The corpus of broken drafts: each one is refused with one clear line naming file and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.storage import DraftError, load_draft
from minutes_app.storage.draft_file import MAX_BYTES

BAD = Path(__file__).resolve().parent / "bad_files"

# file name -> (fragment of the message, field path or "" when the problem is not in one field)
EXPECTED: dict[str, tuple[str, str]] = {
    "empty.minutes": ("the file is empty", ""),
    "whitespace-only.minutes": ("the file is empty", ""),
    "truncated.minutes": ("ends too early (line 109, column 14): truncated?", ""),
    "not-json.minutes": ("not valid JSON at line 1, column 1", ""),
    "single-quotes.minutes": ("not valid JSON at line 1, column 2", ""),
    "comment.minutes": ("not valid JSON at line 1, column 1", ""),
    "trailing-garbage.minutes": ("not valid JSON at line 6, column 1: Extra data", ""),
    "binary-junk.minutes": ("not UTF-8 text (byte 0)", ""),
    "invalid-utf8-in-string.minutes": ("not UTF-8 text (byte 94)", ""),
    "utf16-without-bom.minutes": ("UTF-16 text without a byte order mark", ""),
    "top-level-array.minutes": ("expected a JSON object at the top", ""),
    "wrong-format-name.minutes": ("format is 'minutes-drafts', expected 'minutes-draft'", "format"),
    "no-format.minutes": ("no 'format' field", "format"),
    "missing-version.minutes": ("missing", "schema_version"),
    "version-as-text.minutes": ("expected a whole number, got text", "schema_version"),
    "newer-version.minutes": ("newer Minutes (format version 99)", "schema_version"),
    "version-zero.minutes": ("format version 0 is not known", "schema_version"),
    "negative-version.minutes": ("format version -1 is not known", "schema_version"),
    "missing-document.minutes": ("missing", "document"),
    "document-is-list.minutes": ("expected an object, got a list", "document"),
    "unknown-top-level-field.minutes": ("unknown top-level field", "comment"),
    "unknown-header-field.minutes": ("unknown field", "header.colour"),
    "title-is-number.minutes": ("expected text, got a number", "header.title"),
    "sections-is-object.minutes": ("expected a list, got an object", "body.sections"),
    "section-is-text.minutes": ("expected an object, got text", "body.sections[0]"),
    "person-name-null.minutes": ("expected text, got null", "people.groups[0].people[1].name"),
    "date-feb-30.minutes": ("2024-02-30 is not a day of the calendar", "header.date"),
    "date-day-first.minutes": ("expected a date like 2024-05-08, got '08/05/2024'", "header.date"),
    "time-25-hours.minutes": ("expected a time like 09:30, got '25:00'", "header.start_time"),
    "published-words.minutes": ("expected a date and time", "header.published"),
    "due-date-number.minutes": ("expected a date like 2024-05-08, got a number", "body.action_items[0].due"),
    "style-unknown.minutes": ("must be 'jiyao', 'news' or 'board', got 'minutes'", "header.style"),
    "format-unknown.minutes": ("must be 'in_person', 'video' or 'hybrid'", "header.format"),
    "group-role-unknown.minutes": ("got 'guest'", "people.groups[0].role"),
    "motion-result-unknown.minutes": ("got 'passed'", "body.sections[0].motions[0].result"),
    "locale-unknown.minutes": ("must be one of zh_CN, en_GB, en_US, got 'fr_FR'", "header.locale"),
    "session-negative.minutes": ("must be at least 1, got -3", "header.session_number"),
    "issue-number-zero.minutes": ("must be at least 1, got 0", "header.issue_number"),
    "session-float.minutes": ("expected a whole number, got a number", "header.session_number"),
    "votes-boolean.minutes": ("expected a whole number, got true/false", "body.motions[0].votes_for"),
    "votes-negative.minutes": ("must be at least 0, got -1", "body.motions[0].votes_against"),
    "title-too-long.minutes": ("too long (2500 characters, at most 2000)", "header.title"),
    "deck-too-many-lines.minutes": ("too many entries (21, at most 20)", "header.deck"),
    "nan.minutes": ("NaN is not allowed", ""),
    "infinity.minutes": ("-Infinity is not allowed", ""),
    "float-overflow.minutes": ("number 1e999 is out of range", ""),
    "duplicate-keys.minutes": ("duplicate field 'title'", ""),
    "integer-5000-digits.minutes": ("has 5000 digits, too long", ""),
    "deep-nesting.minutes": ("nested too deeply", ""),
    "v1-sections-not-list.minutes": ("expected a list (in a version 1 draft)", "sections"),
    "v1-unknown-field.minutes": ("unknown field (in a version 1 draft)", "agenda"),
    "v1-section-number-text.minutes": ("expected a whole number", "sections[0].number"),
}


def test_the_corpus_is_complete_and_large_enough() -> None:
    assert sorted(p.name for p in BAD.iterdir()) == sorted(EXPECTED)
    assert len(EXPECTED) >= 30


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_bad_file_is_refused_with_a_clear_message(name: str) -> None:
    fragment, field = EXPECTED[name]
    with pytest.raises(DraftError) as caught:
        load_draft(BAD / name)
    error = caught.value
    assert error.source == name
    assert error.field == field
    assert fragment in error.message
    line = str(error)
    assert line == ": ".join(p for p in (name, field, error.message) if p)
    assert "\n" not in line and "Traceback" not in line and len(line) < 300


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.minutes"
    with huge.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: no disk space used, no time spent
    with pytest.raises(DraftError, match=r"^huge\.minutes: file is too large for a draft \(32 MB\)$"):
        load_draft(huge)
