"""``minutes validate``: one line per file, exit 0 only when every file is valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutes_app.cli import main
from minutes_app.resources import EXAMPLES, TEMPLATES

BAD = Path(__file__).resolve().parents[1] / "storage" / "bad_files"


def test_all_shipped_drafts_are_valid(capsys: pytest.CaptureFixture[str]) -> None:
    files = [str(p) for p in sorted(EXAMPLES.glob("*.minutes")) + sorted(TEMPLATES.glob("*.minutes"))]
    assert len(files) >= 6
    assert main(["validate", *files]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"{f}: ok" for f in files] and err == ""


def test_one_bad_file_fails_the_run_and_names_file_and_field(
    capsys: pytest.CaptureFixture[str],
) -> None:
    good = str(EXAMPLES / "seed-report.minutes")
    bad = str(BAD / "date-feb-30.minutes")
    missing = "no/such/draft.minutes"
    assert main(["validate", good, bad, missing]) == 1
    out, err = capsys.readouterr()
    assert out == f"{good}: ok\n"
    assert err.splitlines() == [
        f"{bad}: header.date: 2024-02-30 is not a day of the calendar",
        f"{missing}: no such file",
    ]


def test_validate_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["validate"])
    assert caught.value.code == 2
    assert "the following arguments are required: FILE" in capsys.readouterr().err


def test_a_line_break_in_a_one_line_field_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """市长陈⏎建华 would print as a broken line: validate names the field and fails; a break in
    a multi-line field (a section's body) is fine."""
    data = json.loads((EXAMPLES / "jiyao-example.minutes").read_text(encoding="utf-8"))
    data["document"]["people"]["presiders"][0]["name"] = "陈\n建华"
    data["document"]["header"]["place"] = "市政府\r\n第一会议室"
    data["document"]["body"]["sections"][0]["body"] += "\n新的一段。"
    path = tmp_path / "breaks.minutes"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    fields = [line.split(": ")[1] for line in err.splitlines()]
    assert sorted(fields) == ["header.place", "people.presiders[0].name"]
    assert "remove it" in err
