"""Any text imports: no exception, a valid draft, warnings on real lines, and no quadratic cost."""

from __future__ import annotations

import cProfile
import pstats
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minutes_app.export.numbering import chinese_number
from minutes_app.importers import import_text
from minutes_app.storage import dumps_draft, loads_draft

# Pieces real minutes are made of, shuffled into nonsense: markers, labels, verbs, dates,
# names, punctuation of both widths, odd whitespace and characters a draft must survive.
FRAGMENTS = [
    "一是",
    "二是",
    "第一，",
    "一、",
    "（一）",
    "1.",
    "(a)",
    "①",
    "Item 2:",
    "2.1",
    "出席：",
    "列席:",
    "请假：",
    "记录：",
    "Present:",
    "Apologies:",
    "Minutes:",
    "Chair:",
    "主持召开",
    "会议",
    "出席会议",
    "作了汇报",
    "提出具体要求",
    "强调，",
    "在讲话中指出，",
    "市委书记",
    "组长",
    "李正印",
    "张三、李四",
    "Jane Roe (Chair)",
    "John Smith, Treasurer",
    "3月13日",
    "2024年5月8日下午3时",
    "8 May 2024",
    "7.30 pm",
    "来源：",
    "更新时间：",
    "Resolved: That",
    "Proposed by X, seconded by Y; carried",
    "Action: Jane to file by 3 June",
    "视频形式",
    "设分会场",
    "扫一扫",
    "版权所有",
    "ICP备",
    "纪要",
    "第5期",
    "。",
    "，",
    ",",
    ":",
    "(",
    ")",
    "（",
    "）",
    "“",
    '"',
    ";",
    " ",
    "\u3000",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\u2028",
    "\x0b",
    "\x00",
    "𠮷",
    "😀",
    "<script>",
    "\ufeff",
    "\u200b",
]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=8), max_size=60).map("".join))
def test_any_text_gives_a_valid_draft(text: str) -> None:
    result = import_text(text)
    assert loads_draft(dumps_draft(result.document)) == result.document
    line_count = len(re.split(r"\r\n|[\r\n]", text))  # as an editor numbers lines
    for warning in result.warnings:
        assert warning.line is None or 1 <= warning.line <= line_count


def test_huge_paragraphs_and_lists_stay_within_the_model() -> None:
    # A 250,000-character paragraph and 12,000 one-word lines: beyond any field or list limit.
    result = import_text("标题\n" + "字" * 250_000 + "\n" + "\n".join(["x"] * 12_000))
    body = result.document.body
    assert sum(len(p) for p in body.free_paragraphs) >= 250_000 + 12_000
    assert any("does not fit" in w.message for w in result.warnings)


def _report(sections: int) -> str:
    items = "\n".join(
        f"{chinese_number(n)}是加强第{n}项工作。要抓好落实。" for n in range(1, sections + 1)
    )
    return f"市委常委会召开会议\n\n3月13日，市委书记李正印主持召开市委常委会会议。\n\n{items}\n"


def _function_calls(text: str) -> int:
    """The Python function calls importing ``text`` makes: a count of work done, the same on
    any machine under any load (a stopwatch is not)."""
    import_text(text)  # compiled patterns and caches warm, as for every import after the first
    profiler = cProfile.Profile()
    profiler.runcall(import_text, text)
    return pstats.Stats(profiler).total_calls


def test_work_grows_linearly() -> None:
    """Ten times the sections cost about ten times the work (a quadratic step would be ~100x)."""
    small, large = _report(200), _report(2000)
    assert len(import_text(large).document.body.sections) == 2000
    assert _function_calls(large) < 12 * _function_calls(small)
