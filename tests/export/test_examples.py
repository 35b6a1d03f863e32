"""Every example draft in resources/examples exports in every style and locale.

The folder is globbed, so examples added later are picked up without touching this file.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from minutes_app.export import ExportOptions, render, to_html, write_docx
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
