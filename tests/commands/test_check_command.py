"""``minutes check``: one line per problem, exit status by severity, --fix through the model
with an atomic save, messages in the interface language."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from minutes_app.cli import main
from minutes_app.model import Person
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft, save_draft

JIYAO = EXAMPLES / "jiyao-example.minutes"


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.minutes")))
def test_every_example_passes(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(EXAMPLES / name)]) == 0
    assert capsys.readouterr().out == f"{EXAMPLES / name}: ok\n"


def _broken(tmp_path: Path) -> Path:
    doc = load_draft(JIYAO)
    doc.header.start_time, doc.header.end_time = dt.time(15, 0), dt.time(9, 0)  # error
    doc.people.groups[0].people[1] = Person(name=" 刘志强")  # warning, fixable
    doc.body.sections[0].body = doc.body.sections[0].body.replace("，", ",")  # warning, fixable
    path = tmp_path / "broken draft.minutes"
    save_draft(doc, path, backup=False)
    return path


def test_problems_are_reported_one_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _broken(tmp_path)
    assert main(["check", str(path), "--lang", "en"]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}:header.end_time: [end-before-start] The meeting ends (09:00) before it starts (15:00).",
        f"{path}:people.groups[0].people[1].name: [spaces-around-name] “刘志强” begins or ends with spaces.",
        f"{path}:body.sections[0].body: [half-width-punctuation] Half-width , in Chinese text: use full-width punctuation.",
    ]
    assert err == f"{path}: 1 error, 2 warnings\n"


def test_messages_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _broken(tmp_path)
    main(["check", str(path), "--lang", "zh_CN"])
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"{path}:header.end_time: [end-before-start] 会议结束时间（09:00）早于开始时间（15:00）。"


def test_fix_applies_the_safe_fixes_and_keeps_a_backup(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _broken(tmp_path)
    before = path.read_bytes()
    assert main(["check", str(path), "--fix", "--lang", "en"]) == 1  # the end time is still wrong
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{path}:header.end_time: [end-before-start] The meeting ends (09:00) before it starts (15:00).",
    ]
    assert err.splitlines()[0] == f"{path}: fixed 2 fields"
    doc = load_draft(path)
    assert doc.people.groups[0].people[1].name == "刘志强"
    assert doc.body.sections[0].body == load_draft(JIYAO).body.sections[0].body
    assert doc.header.end_time == dt.time(9, 0)  # not a safe fix: left for the clerk
    assert path.with_name(path.name + ".bak").read_bytes() == before


def test_style_option_checks_as_another_style(capsys: pytest.CaptureFixture[str]) -> None:
    seed = EXAMPLES / "seed-report.minutes"
    assert main(["check", str(seed), "--style", "board", "--locale", "en_GB", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"{seed}:people.groups: [apologies-missing] No apologies are recorded: add an apologies group (it may say “None”).",
    ]


def test_unreadable_draft(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.minutes"
    path.write_text("{", encoding="utf-8")
    assert main(["check", str(path)]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"{path}:") and "\n" == err[-1] and err.count("\n") == 1


def test_the_broken_example_in_the_docs(capsys: pytest.CaptureFixture[str]) -> None:
    """tests/checks/data/broken-jiyao.minutes (the draft of docs/img/checks-zh_CN.png)."""
    path = Path(__file__).resolve().parents[1] / "checks" / "data" / "broken-jiyao.minutes"
    assert main(["check", str(path), "--lang", "en"]) == 1
    found = []
    for line in capsys.readouterr().out.splitlines():  # FILE:FIELD: [RULE] message
        field, rule = re.fullmatch(r".*?:([^:]+): \[([a-z-]+)\] .*", line).groups()
        found.append(f"{rule} {field}")
    assert found == [
        "end-before-start header.end_time",
        "person-in-two-groups people.groups[2].people[11].name",
        "mark-too-long header.title",
        "spaces-around-name people.groups[0].people[1].name",
        "half-width-punctuation body.sections[0].body",
        "mixed-numbering body.sections[1].body",
        "section-without-body body.sections[4].body",
        "body-without-stop body.sections[1].body",
    ]
