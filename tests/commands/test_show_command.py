"""``minutes show``: the outline a clerk reads in a terminal, with live numbering."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes_app.cli import main
from minutes_app.model import MeetingDocument
from minutes_app.model.operations import move_section
from minutes_app.resources import EXAMPLES
from minutes_app.storage import save_draft


def show(path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["show", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    return out.splitlines()


def test_show_seed_lists_six_numbered_requirements_in_order(
    seed_doc: MeetingDocument, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = show(EXAMPLES / "seed-report.minutes", capsys)
    assert lines[0] == "市委第二十四次专题会议暨市疫情防控工作领导小组会议"
    start = lines.index("Sections (6):")
    expected = [f"  {n}是{s.heading}" for n, s in zip("一二三四五六", seed_doc.body.sections, strict=True)]
    assert lines[start + 1 : start + 7] == expected
    assert expected[0] == "  一是疫情防控要丝毫不松" and expected[5] == "  六是相关工作要统筹推进"
    assert "Date:      2020-03-13" in lines
    assert "Style:     news (zh_CN)" in lines
    assert "Format:    video; branch venues: 各县市区" in lines
    assert "Presider:  市委书记、市疫情防控工作领导小组组长李正印" in lines
    assert "市领导 (6): 张广勇、张稳科、李建国、任忠、李安林、任磊" in lines
    assert lines[lines.index("Remarks (1):") + 1] == "  王立伟就做好当前各项重点工作强调"


def test_show_follows_a_moved_section(
    seed_doc: MeetingDocument, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    move_section(seed_doc, 5, 0)
    save_draft(seed_doc, tmp_path / "moved.minutes")
    lines = show(tmp_path / "moved.minutes", capsys)
    start = lines.index("Sections (6):")
    assert lines[start + 1 : start + 3] == ["  一是相关工作要统筹推进", "  二是疫情防控要丝毫不松"]


def test_show_board_minutes(capsys: pytest.CaptureFixture[str]) -> None:
    lines = show(EXAMPLES / "board-minutes.minutes", capsys)
    assert lines[:4] == [
        "Meeting of the Board of Trustees",
        "Date:      2025-03-12 18:30–20:10, Committee Room 2, Harbourside Community Centre, "
        "14 Quay Street, Bristol",
        "Style:     board (en_GB)",
        "Presider:  Margaret Ellis (Chair)",
    ]
    assert "Apologies (2): Jonathan Reeve (family commitment), Dr Fiona McAllister "\
        "(attending a conference abroad)" in lines
    assert "  1. Welcome and apologies" in lines and "  8. Any other business" in lines
    assert "    (b) Community café lease" in lines
    budget = lines.index("  5. Finance report and budget 2025–26")
    assert lines[budget + 1] == (
        "    Motion: That the budget for 2025–26 be approved as presented. (carried; for 6, "
        "against 1, abstentions 1; moved by Aisha Mensah; seconded by Siobhan Walsh)"
    )
    assert lines[budget + 2] == (
        "    Action: Circulate the approved budget to all budget holders "
        "(Samuel Adeyemi, due 2025-03-21)"
    )
    assert lines[-1].startswith("Next meeting: Wednesday 11 June 2025")


def test_show_jiyao_groups_with_counts(capsys: pytest.CaptureFixture[str]) -> None:
    lines = show(EXAMPLES / "jiyao-example.minutes", capsys)
    assert "Style:     jiyao (zh_CN), 第12期" in lines
    assert "请假 (1): 李明（在省委党校学习）" in lines
    assert any(line.startswith("出席 (6): 陈建华、刘志强") for line in lines)
    assert any(line.startswith("列席 (11): ") for line in lines)
    assert "    （四）市防汛抗旱指挥部办公室要于5月15日前向社会公布防汛责任人名单" in lines


def test_show_a_bad_file_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    bad = Path(__file__).resolve().parents[1] / "storage" / "bad_files" / "title-is-number.minutes"
    assert main(["show", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == f"{bad}: header.title: expected text, got a number\n"
