"""Half-width punctuation in Chinese text, and the safe fixes applied through the model."""

from __future__ import annotations

import pytest
from check_helpers import TODAY, example

from minutes_app.checks import FixKind, apply_fixes, fixed_value, run_checks
from minutes_app.checks.punctuation import half_width_marks, to_full_width


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("会议指出,要抓紧。", "会议指出，要抓紧。"),
        ("会议指出, 要抓紧。", "会议指出，要抓紧。"),  # the space a full-width mark makes goes
        ("关于(送审稿)的意见", "关于（送审稿）的意见"),
        ("是否通过?", "是否通过？"),
        ("要求: 一是;二是", "要求：一是；二是"),
        ('他说"好"。', "他说“好”。"),
        ("同意'先行'方案", "同意‘先行’方案"),
        ('会议强调, "三个一批"要落实', "会议强调，“三个一批”要落实"),
    ],
)
def test_half_width_marks_in_chinese_become_full_width(text: str, fixed: str) -> None:
    assert half_width_marks(text)
    assert to_full_width(text) == fixed


@pytest.mark.parametrize(
    "text",
    [
        "上午10:30开会",  # a time
        "GDP, CPI and PPI",  # English inside a Chinese draft
        "Children's Fund",  # an apostrophe
        'the "quoted" word',
        "1.6亿元",
        "（送审稿）",
    ],
)
def test_text_that_is_not_chinese_punctuation_is_left_alone(text: str) -> None:
    assert half_width_marks(text) == {}
    assert to_full_width(text) == text


def test_fixes_change_only_spacing_and_marks() -> None:
    doc = example("jiyao")
    doc.people.groups[0].people[0].name = " 陈建华　"
    original = doc.body.sections[0].body
    doc.body.sections[0].body = original.replace("，", ",").replace("：", ": ")
    problems = run_checks(doc, today=TODAY)
    assert {(p.rule, p.fix) for p in problems} == {
        ("spaces-around-name", FixKind.STRIP_SPACES),
        ("half-width-punctuation", FixKind.FULL_WIDTH),
    }
    assert fixed_value(doc, problems[0]) is not None
    assert apply_fixes(doc, problems) == 2
    assert doc.people.groups[0].people[0].name == "陈建华"
    assert doc.body.sections[0].body == original
    assert run_checks(doc, today=TODAY) == []
    assert apply_fixes(doc, problems) == 0  # nothing left to change


def test_a_problem_without_a_fix_changes_nothing() -> None:
    doc = example("jiyao")
    doc.header.date = None
    (problem,) = run_checks(doc, today=TODAY)
    assert problem.fix is None
    assert fixed_value(doc, problem) is None
    assert apply_fixes(doc, [problem]) == 0
