"""docs/DEVELOPING.md's "Add a style" recipe, followed step by step: a toy style registered
here appears in the CLI's choices, the export dialog and the preview, and exports."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from ui_driving import choose

from minutes_app.cli import main as cli
from minutes_app.export import ExportOptions, write_docx
from minutes_app.export.blocks import AnyBlock, BlockKind, Span, SpanKind
from minutes_app.export.compose_common import BlockList, clean
from minutes_app.export.docx_styles import BUILT_IN_LAYOUTS
from minutes_app.export.locale_text import LocaleText
from minutes_app.export.styles import ExportStyle, register_style, unregister_style
from minutes_app.model import DocumentStyle, MeetingDocument
from minutes_app.model.numbering import NumberingPlan, NumberStyle
from minutes_app.resources import EXAMPLES
from minutes_app.ui.dialogs.export_dialog import ExportDialog

SEED = EXAMPLES / "seed-report.minutes"
TOY = "toy-agenda"
PLAN = NumberingPlan(  # step 2: how it numbers: （一） and (1), sub-items 第一，and (a)
    NumberStyle.ZH_PAREN, NumberStyle.ARABIC_PAREN, NumberStyle.ZH_DI, NumberStyle.LETTER_PAREN
)


def compose_toy(doc: MeetingDocument, lt: LocaleText) -> list[AnyBlock]:
    """Step 1: the composer. The meeting's name under the style's own heading word, then each
    printed section as a numbered heading."""
    out = BlockList()
    out.text(BlockKind.TITLE, lt.label("toy.title", meeting=clean(doc.header.meeting_name)),
             path="header.title")
    for n, i, section in PLAN.sections(doc):
        out.add(
            BlockKind.HEADING,
            Span(lt.number(n, PLAN.section_style(lt.chinese)), SpanKind.NUMBER),
            Span(clean(section.heading), SpanKind.HEADING),
            path=f"body.sections[{i}]",
        )
    return out.items


@pytest.fixture
def toy_style(tmp_path: Path) -> Iterator[ExportStyle]:
    css = tmp_path / "toy-agenda.css"  # step 4: its HTML style sheet
    css.write_text(".document.toy-agenda .title { letter-spacing: 0.3em; }\n", encoding="utf-8")
    style = register_style(  # step 6: register it (a plug-in module would do this on import)
        ExportStyle(
            name=TOY,
            title="Toy agenda",
            compose=compose_toy,
            numbering=PLAN,
            # step 3: its .docx layout (here the board minutes' page and styles, renamed)
            docx_layout=lambda locale, grid: dataclasses.replace(
                BUILT_IN_LAYOUTS[DocumentStyle.BOARD](locale, grid), style=TOY
            ),
            css=css,
            labels={"zh": {"toy.title": "{meeting}议程"}, "en": {"toy.title": "Agenda: {meeting}"}},
        )
    )
    yield style
    unregister_style(TOY)


def test_the_cli_offers_and_exports_it(toy_style, tmp_path: Path, capsys) -> None:
    with pytest.raises(SystemExit):
        cli(["export", "--help"])
    assert TOY in capsys.readouterr().out
    out = tmp_path / "agenda.html"
    assert cli(["export", str(SEED), "--style", TOY, "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "letter-spacing: 0.3em" in html  # its own style sheet
    assert "议程" in html and "（一）" in html and "（六）" in html  # its words and numbering
    assert f'<body class="{TOY}">' in html


def test_it_exports_to_word_with_its_layout(toy_style, seed_doc: MeetingDocument, tmp_path: Path) -> None:
    out = tmp_path / "agenda.docx"
    write_docx(seed_doc, out, ExportOptions(style=TOY, locale="en_GB"))
    paragraphs = [p.text for p in Document(str(out)).paragraphs if p.text]
    assert paragraphs[0] == f"Agenda: {seed_doc.header.meeting_name}"
    assert paragraphs[1] == f"(1){seed_doc.body.sections[0].heading}"


def test_the_export_dialog_lists_it_after_the_built_in_styles(qtbot, toy_style) -> None:
    dialog = ExportDialog("html", TOY, "zh_CN")
    qtbot.addWidget(dialog)
    box = dialog.style_box
    listed = [(box.itemData(i), box.itemText(i)) for i in range(box.count())]
    assert [name for name, _title in listed] == [s.value for s in DocumentStyle] + [TOY]
    assert listed[-1] == (TOY, "Toy agenda") and box.currentData() == TOY


def test_the_preview_shows_the_draft_in_it(qtbot, editor, toy_style) -> None:
    window = editor.open_paths([SEED])[0]
    window.build_preview()
    preview = window.preview
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        choose(qtbot, preview.style_box, TOY)  # the clerk picks it from the preview's list
    assert preview.style_box.currentText() == "Toy agenda"
    assert preview.text().startswith(f"{window.session.doc.header.meeting_name}议程")
    assert "（二）复工复产要切实抓紧" in preview.text()
