"""Hard-wrapped copies (a PDF's fixed lines, an e-mail's 72 columns) import like the originals."""

from __future__ import annotations

import textwrap
from pathlib import Path

from import_helpers import structure_only

from minutes_app.export import render
from minutes_app.export.blocks import Block
from minutes_app.importers import import_text
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "seed-article.txt"


def test_chinese_text_wrapped_every_36_characters_with_indented_paragraphs() -> None:
    article = SEED_TEXT.read_text(encoding="utf-8").split("扫一扫")[0]
    paragraphs = [p.strip() for p in article.splitlines() if p.strip()]
    lines = [paragraphs[0]] + ["\u3000\u3000" + p for p in paragraphs[1:4]]
    for paragraph in paragraphs[4:]:  # the lead and the body, cut like a PDF's lines
        text = "\u3000\u3000" + paragraph
        lines += [text[i : i + 36] for i in range(0, len(text), 36)]
    wrapped = "\n".join(lines)
    assert any(line.endswith("。") for line in lines[5:-1])  # breaks right after a stop, too
    doc = structure_only(import_text(wrapped).document)
    assert doc == load_draft(EXAMPLES / "seed-report.minutes")


def test_english_text_wrapped_at_72_columns() -> None:
    doc = load_draft(EXAMPLES / "board-minutes.minutes")
    blocks = [b.text for b in render(doc).blocks if isinstance(b, Block)]
    original = "\n\n".join(blocks)
    wrapped = "\n\n".join(
        "\n".join(textwrap.fill(line, 72) for line in block.split("\n")) for block in blocks
    )
    assert wrapped.count("\n") > original.count("\n") + 20
    assert import_text(wrapped).document == import_text(original).document


def test_short_lines_are_not_joined() -> None:
    text = "会议纪要\n出席：张三\n列席：李四\n记录：王五\n一、关于甲\n会议同意。\n二、关于乙\n会议同意。\n"
    doc = import_text(text).document
    assert doc.header.recorder == "王五"
    assert [s.heading for s in doc.body.sections] == ["关于甲", "关于乙"]
