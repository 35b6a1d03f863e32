"""The corpus: texts written in the shapes real published minutes take (inline lists, several
lists, council minute numbers, prose attendance, web furniture; Chinese and English), each with
the structure it must import into, field by field, in ``data/corpus/NAME.expected.json``.
Every one also exports, in each style, every word it was read with, in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from import_helpers import in_order, structure

from minutes_app.export import ExportOptions, render
from minutes_app.export.blocks import Block, BlockKind, SpanKind
from minutes_app.importers import import_file
from minutes_app.importers.boilerplate import strip_boilerplate
from minutes_app.importers.lines import split_lines
from minutes_app.model import DocumentStyle

CORPUS = Path(__file__).parent / "data" / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))


def test_the_corpus_has_at_least_twenty_texts_in_both_languages() -> None:
    assert len(TEXTS) >= 20
    assert sum(p.name.startswith("zh-") for p in TEXTS) >= 8
    assert sum(p.name.startswith("en-") for p in TEXTS) >= 8


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_imports_into_its_expected_structure(path: Path) -> None:
    result = import_file(path)
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    found = structure(result.document, result.warnings)
    for key, value in expected.items():  # one field at a time, so a failure names it
        assert found[key] == value, key
    assert found.keys() == expected.keys()


def _source_without_chrome(path: Path) -> str:
    """The text as the importer reads it (normalised), less the web furniture it removes."""
    lines, _warnings = strip_boilerplate(split_lines(path.read_text(encoding="utf-8")))
    return "\n".join(line.text for line in lines)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
@pytest.mark.parametrize("style", list(DocumentStyle))
def test_every_word_read_is_exported_in_order(path: Path, style: DocumentStyle) -> None:
    doc = import_file(path).document
    exported = render(doc, ExportOptions(style=style)).plain_text()
    assert in_order(_source_without_chrome(path), exported) == ""


def test_an_edited_field_prints_as_edited_and_the_rest_as_written() -> None:
    doc = import_file(CORPUS / "zh-county-inline-yao.txt").document
    doc.people.presiders[0].name = "王亮"  # the clerk corrects a name after the import
    text = render(doc).plain_text()
    assert "县长王亮主持" in text and "王明" not in text
    assert "会议传达学习了省政府常务会议精神。" in text  # untouched paragraphs stay as written
    assert "6月3号上午" in text


def _headings_and_passages(path: Path) -> tuple[list[str], list[str]]:
    doc = import_file(path).document
    return [s.heading for s in doc.body.sections], [p.text for p in doc.body.as_written]


@pytest.mark.parametrize(
    "path", [p for p in TEXTS if _headings_and_passages(p)[0]], ids=lambda p: p.stem
)
@pytest.mark.parametrize("which", [0, -1])
def test_editing_one_section_keeps_every_other_section_and_passage(path: Path, which: int) -> None:
    """The first or last section's heading corrected: it prints as corrected, every other
    section still prints (composed where its passage also fed the edited one), and every
    passage that fed nothing edited still prints as written."""
    doc = import_file(path).document
    edited = doc.body.sections[which]
    edited.heading = "EDITED" + edited.heading
    index = which % len(doc.body.sections)
    text = "".join(render(doc).plain_text().split())
    assert "EDITED" in text
    for section in doc.body.sections:
        assert "".join(section.heading.split()) in text, section.heading
    for passage in doc.body.as_written:
        if f"body.sections[{index}]" not in passage.feeds and "body.sections" not in passage.feeds:
            assert "".join(passage.text.split()) in text, passage.text


@pytest.mark.parametrize(
    "path",
    [p for p in TEXTS if any(g.people for g in import_file(p).document.people.groups)],
    ids=lambda p: p.stem,
)
def test_editing_a_name_keeps_every_section_and_the_other_passages(path: Path) -> None:
    doc = import_file(path).document
    person = next(g for g in doc.people.groups if g.people).people[0]
    person.name = "EDITED" + person.name
    text = "".join(render(doc).plain_text().split())
    assert "EDITED" in text
    for section in doc.body.sections:
        assert "".join(section.heading.split()) in text, section.heading
    for passage in doc.body.as_written:
        if "people.groups" not in passage.feeds:
            assert "".join(passage.text.split()) in text, passage.text


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_as_a_docx_it_imports_the_same_and_exports_every_word(path: Path, tmp_path: Path) -> None:
    """The same text typed into Word (one paragraph a line) reads as the text does."""
    from docx import Document

    word = Document()
    for line in path.read_text(encoding="utf-8").splitlines():
        word.add_paragraph(line)
    target = tmp_path / f"{path.stem}.docx"
    word.save(str(target))
    from_docx, from_text = import_file(target), import_file(path)
    assert structure(from_docx.document, []) == structure(from_text.document, [])
    exported = render(from_docx.document).plain_text()
    assert in_order(_source_without_chrome(path), exported) == ""


def test_an_imported_jiyao_prints_its_own_words_in_the_styles_places() -> None:
    """The red mark, the issue line, the issuer line (date flush right) and the labelled
    attendance lines keep the 纪要's layout while printing the text as written."""
    doc = import_file(CORPUS / "zh-dun-paren-jiyao.txt").document
    blocks = [b for b in render(doc).blocks if isinstance(b, Block)]
    shapes = [(b.kind, tuple((s.text, s.kind) for s in b.spans)) for b in blocks]
    assert shapes[:3] == [
        (BlockKind.MARK, (("临江县人民政府常务会议纪要", SpanKind.TEXT),)),
        (BlockKind.ISSUE, (("〔2024〕第6期", SpanKind.TEXT),)),
        (
            BlockKind.ISSUER,
            (("临江县人民政府办公室", SpanKind.TEXT), ("2024年6月5日", SpanKind.RIGHT)),
        ),
    ]
    attendance = [shape for shape in shapes if shape[0] == BlockKind.ATTENDANCE]
    assert [spans[0] for _kind, spans in attendance] == [
        ("出席：", SpanKind.LABEL),
        ("列席：", SpanKind.LABEL),
        ("请假：", SpanKind.LABEL),
        ("记录：", SpanKind.LABEL),
    ]


def test_a_title_line_that_also_names_the_body_prints_as_the_title() -> None:
    doc = import_file(CORPUS / "en-parish-meeting-of.txt").document
    first = next(b for b in render(doc).blocks if isinstance(b, Block))
    assert (first.kind, first.spans[0].text) == (
        BlockKind.TITLE,
        "MINUTES OF THE MEETING OF LOWER WEALD PARISH COUNCIL",
    )
