"""``minutes new``: a draft from a style template; existing files are safe without --force."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from minutes_app.cli import main
from minutes_app.model import DocumentStyle
from minutes_app.storage import load_draft

LOCALES = {"jiyao": "zh_CN", "news": "zh_CN", "board": "en_GB"}


@pytest.mark.parametrize("style", ["jiyao", "news", "board"])
def test_new_writes_a_dated_draft_of_the_style(
    style: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"{style}.minutes"
    assert main(["new", "--style", style, "-o", str(target)]) == 0
    doc = load_draft(target)
    assert doc.header.style == DocumentStyle(style)
    assert doc.header.locale == LOCALES[style]
    assert doc.header.date == dt.date.today()
    assert capsys.readouterr().out.startswith(f"{target}: new {style} draft")


def test_new_refuses_to_overwrite_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "meeting.minutes"
    target.write_text("my unsaved notes", encoding="utf-8")
    assert main(["new", "--style", "board", "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "my unsaved notes"
    assert "already exists (use --force" in capsys.readouterr().err
    assert main(["new", "--style", "board", "--force", "-o", str(target)]) == 0
    assert load_draft(target).header.style == DocumentStyle.BOARD
    assert (tmp_path / "meeting.minutes.bak").read_text(encoding="utf-8") == "my unsaved notes"


def test_new_reports_an_unwritable_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing-folder" / "x.minutes"
    assert main(["new", "--style", "news", "-o", str(target)]) == 1
    assert capsys.readouterr().err.startswith(f"{target}: could not save:")


def test_new_rejects_an_unknown_style(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["new", "--style", "memo", "-o", str(tmp_path / "x.minutes")])
    assert caught.value.code == 2
    assert "invalid choice: 'memo'" in capsys.readouterr().err
    assert not (tmp_path / "x.minutes").exists()
