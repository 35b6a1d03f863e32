"""Every example draft in resources/examples exports in every style and locale.

The folder is globbed, so examples added later are picked up without touching this file.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from minutes_app.export import ExportOptions, render, to_html, write_docx
from minutes_app.export.blocks import SpanKind, TableBlock
from minutes_app.model.document import SUPPORTED_LOCALES, DocumentStyle
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

EXAMPLE_FILES = sorted(EXAMPLES.glob("*.minutes"))


def test_there_are_examples() -> None:
    assert any(path.name == "seed-report.minutes" for path in EXAMPLE_FILES)


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_example_exports_in_every_style_and_locale(example: Path, tmp_path: Path) -> None:
    doc = load_draft(example)
    for style in DocumentStyle:
        for locale in SUPPORTED_LOCALES:
            options = ExportOptions(style=style, locale=locale)
            rendered = render(doc, options)
            assert rendered.title and len(rendered.blocks) > 3
            html = to_html(doc, options)
            # The page's language is its text's: a Chinese draft with English labels stays a
            # Chinese page, an English draft with Chinese labels an English one.
            chinese_text, chinese_labels = doc.header.locale == "zh_CN", locale == "zh_CN"
            if chinese_text == chinese_labels:
                language = locale.replace("_", "-")
            else:
                language = "zh-CN" if chinese_text else "en"
            assert rendered.language == language and f'<html lang="{language}">' in html
            path = tmp_path / f"{style.value}-{locale}.docx"
            write_docx(doc, path, options)
            opened = docx.Document(str(path))
            words = " ".join(p.text for p in opened.paragraphs)
            assert rendered.blocks[1].text.split("\n")[0][:10] in words.replace("\t", "")
            assert opened.core_properties.language == language


@pytest.mark.parametrize("example", EXAMPLE_FILES, ids=lambda p: p.stem)
def test_english_locales_give_english_labels(example: Path) -> None:
    doc = load_draft(example)
    for style in DocumentStyle:
        text = render(doc, ExportOptions(style=style, locale="en_GB")).plain_text()
        for chinese_label in (
            "出席：",
            "请假：",
            "列席：",
            "记录：",
            "现将会议",
            "会议以视频",
            "日期：",
        ):
            assert chinese_label not in text
        zh = render(doc, ExportOptions(style=style, locale="zh_CN")).plain_text()
        for english_label in ("Present:", "Apologies:", "In attendance:", "Motion:", "Date:"):
            assert english_label not in zh


# The labels each example prints in English, in order (a UK board sends apologies, a US one
# records who was absent). Tables as (caption, column headings).
_BOARD_SIGNING = ["Chair: ", "Date: ", "Secretary: ", "Date: "]
_BOARD_MOTIONS = ["Motion: ", "Result: "]
_ACTION_TABLE = ("Action items", ("Item", "Action", "Owner", "Due"))
ENGLISH_LABELS = {
    ("board-minutes", "jiyao"): [
        *_BOARD_MOTIONS * 3, "Present: ", "{absent}", "In attendance: ", "Minutes taken by: "
    ],
    ("board-minutes", "news"): _BOARD_MOTIONS * 3,
    ("board-minutes", "board"): [
        "Date: ", "Time: ", "Place: ", "Meeting type: ", "Present: ", "{absent}", "In attendance: ", "Minutes: ",
        *_BOARD_MOTIONS, "Action: ", *_BOARD_MOTIONS, "Action: ", "Action: ", *_BOARD_MOTIONS,
        "Action: ", "Action: ", _ACTION_TABLE, "Next meeting: ", *_BOARD_SIGNING,
    ],
    # The 版记's 抄送 is the clerk's own label (colophon.copy_label), kept in any language.
    ("jiyao-example", "jiyao"): [
        "Attachments: ", "Present: ", "{absent}", "In attendance: ", "Minutes taken by: ", "抄送: "
    ],
    ("jiyao-example", "news"): [],
    ("jiyao-example", "board"): [
        "Date: ", "Time: ", "Place: ", "Present: ", "{absent}", "In attendance: ", "Minutes: ",
        "Purpose: ", *_BOARD_SIGNING,
    ],
    ("seed-report", "jiyao"): ["Present: "],
    ("seed-report", "news"): [],
    # The seed's group has a label of its own (市领导): the clerk's word stands for "Present".
    ("seed-report", "board"): ["Date: ", "Chair: ", "市领导: ", "Purpose: ", *_BOARD_SIGNING],
}
ABSENT = {"en_GB": "Apologies: ", "en_US": "Absent: "}


def _labels(doc, style: str, locale: str) -> list:
    labels: list = []
    for block in render(doc, ExportOptions(style=style, locale=locale)).blocks:
        if isinstance(block, TableBlock):
            labels.append((block.caption, block.header))
        else:
            labels += [span.text for span in block.spans if span.kind == SpanKind.LABEL]
    return labels


@pytest.mark.parametrize("locale", sorted(ABSENT))
@pytest.mark.parametrize(("stem", "style"), sorted(ENGLISH_LABELS))
def test_english_locales_give_exactly_the_english_labels(stem: str, style: str, locale: str) -> None:
    doc = load_draft(EXAMPLES / f"{stem}.minutes")
    expected = [ABSENT[locale] if x == "{absent}" else x for x in ENGLISH_LABELS[stem, style]]
    assert _labels(doc, style, locale) == expected


def test_every_example_has_its_english_labels_listed() -> None:
    assert {stem for stem, _style in ENGLISH_LABELS} == {p.stem for p in EXAMPLE_FILES}
