"""pandoc, as another reader of our files, reads every export of every example in every style
with its headings as headings and none of its text lost (issue 12)."""

from __future__ import annotations

import itertools
import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from minutes_app.export import ExportOptions, render, write_docx, write_html
from minutes_app.export.blocks import BlockKind, TableBlock
from minutes_app.model.document import DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

pytestmark = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc is not installed; scripts/setup --test installs it"
)

DRAFTS = ("seed-report", "jiyao-example", "board-minutes")
WORD_JOINER = "\u2060"


def counted(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace() and ch != WORD_JOINER)


def pandoc(path: Path) -> dict:
    done = subprocess.run(
        ["pandoc", "-t", "json", str(path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return json.loads(done.stdout)


def headers(node: object) -> list[str]:
    """The plain text of every Header in pandoc's JSON AST."""
    found: list[str] = []
    if isinstance(node, dict):
        if node.get("t") == "Header":
            found.append(_plain(node["c"][2]))
        else:
            for value in node.values():
                found.extend(headers(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(headers(value))
    return found


def words(node: object) -> list[str]:
    """Every Str of pandoc's JSON AST, the metadata's included."""
    if isinstance(node, dict):
        if node.get("t") == "Str":
            return [node["c"]]
        return [w for value in node.values() for w in words(value)]
    if isinstance(node, list):
        return [w for value in node for w in words(value)]
    return []


def _plain(inlines: list) -> str:
    out = []
    for inline in inlines:
        if inline.get("t") == "Str":
            out.append(inline["c"])
        elif inline.get("t") in ("Space", "SoftBreak", "LineBreak"):
            out.append(" ")
        elif isinstance(inline.get("c"), list):
            out.append(_plain([c for c in inline["c"] if isinstance(c, dict)]) + _plain(
                [i for c in inline["c"] if isinstance(c, list) for i in c if isinstance(i, dict)]
            ))
    return "".join(out)


@pytest.mark.parametrize(
    ("name", "style", "fmt"), list(itertools.product(DRAFTS, DocumentStyle, ("docx", "html")))
)
def test_pandoc_reads_headings_and_all_the_text(
    name: str, style: DocumentStyle, fmt: str, tmp_path: Path
) -> None:
    doc = load_draft(EXAMPLES / f"{name}.minutes")
    options = ExportOptions(style=style)
    path = tmp_path / f"{name}-{style.value}.{fmt}"
    (write_docx if fmt == "docx" else write_html)(doc, path, options)
    blocks = render(doc, options).blocks

    expected = [
        "".join(b.text.split()) for b in blocks if not isinstance(b, TableBlock)
        and b.kind == BlockKind.HEADING
    ]
    ast = pandoc(path)
    read = ["".join(h.split()) for h in headers(ast["blocks"])]
    assert expected or style == DocumentStyle.NEWS  # news reports number in the paragraph
    assert all(any(e in h for h in read) for e in expected), (expected, read)

    text = "".join(b.text for b in blocks)  # a table's caption and cells too
    # pandoc reads a .docx "Title" and "Subtitle" paragraph into the metadata: count it too.
    missing = counted(text) - counted("".join(words(ast)))
    assert not missing, dict(missing)
