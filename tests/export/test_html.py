"""Standalone HTML: self-contained, semantic, and no field can inject markup."""

from __future__ import annotations

import datetime as dt
import os
import re
from enum import Enum
from html.parser import HTMLParser
from pathlib import Path

import pytest

from minutes_app.export import ExportOptions, to_html, write_html
from minutes_app.model import (
    ActionItem,
    AttendeeGroup,
    GroupRole,
    MeetingDocument,
    MeetingFormat,
    Motion,
    Node,
    Person,
    Remark,
    Report,
    Section,
    Speaker,
    SubItem,
    field_names,
)
from minutes_app.model.document import DocumentStyle

NOT_PRINTED = {
    "header.locale",  # a locale code, validated against a pattern, never printed
    "header.date_text",  # the date as an import read it: printed only when there is no date
}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    return parser


def full_document() -> MeetingDocument:
    """One of everything, so that every text field of the model holds a value."""
    doc = MeetingDocument()
    h = doc.header
    h.date, h.start_time, h.end_time = dt.date(2024, 5, 8), dt.time(9), dt.time(11)
    h.format, h.deck, h.branch_venues = MeetingFormat.HYBRID, ["deck"], ["venue"]
    doc.people.presiders = [Person()]
    doc.people.speakers = [Speaker()]
    doc.people.groups = [AttendeeGroup(role=role, people=[Person()]) for role in GroupRole]
    b = doc.body
    b.reports, b.remarks = [Report()], [Remark()]
    b.sections = [Section(sub_items=[SubItem()], motions=[Motion()], actions=[ActionItem()])]
    b.motions, b.action_items = [Motion()], [ActionItem()]
    b.closing_notes, b.free_paragraphs = ["note"], ["free"]
    return doc


def fill_text_fields(model: Node, make: callable, path: str = "") -> list[str]:
    """Put ``make(path)`` into every str field (lists included), walking the model generically."""
    paths = []
    for name in field_names(model):
        value = getattr(model, name)
        here = f"{path}.{name}" if path else name
        if isinstance(value, Node):
            paths += fill_text_fields(value, make, here)
        elif isinstance(value, str) and not isinstance(value, Enum) and here not in NOT_PRINTED:
            setattr(model, name, make(here))
            paths.append(here)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if isinstance(item, Node):
                    paths += fill_text_fields(item, make, f"{here}[{i}]")
                elif isinstance(item, str):
                    value[i] = make(f"{here}[{i}]")
                    paths.append(f"{here}[{i}]")
    return paths


def script(path: str) -> str:
    return f"<script>alert('{path}')</script>\"&'<img src=x onerror=alert(1)>"


def test_script_in_every_field_prints_as_text() -> None:
    doc = full_document()
    paths = fill_text_fields(doc, script)
    assert len(paths) > 50
    untitled = doc.copy_deep()
    untitled.header.title = ""  # the 纪要 mark then shows organisation and meeting kind
    pages = [
        to_html(d, ExportOptions(style=style, locale=locale), preview=preview)
        for d in (doc, untitled)
        for style in DocumentStyle
        for locale in ("zh_CN", "en_GB")
        for preview in (False, True)
    ]
    for page in pages:
        assert "<script" not in page.lower() and "<img" not in page.lower()
        tags = {tag for tag, _ in parse(page).tags}
        assert not tags & {"script", "img", "iframe", "object", "link"}
        assert all("onerror" not in attrs for _, attrs in parse(page).tags)
    seen = "".join("".join(parse(page).text) for page in pages)
    missing = [p for p in paths if f"<script>alert('{p}')</script>" not in seen]
    assert not missing, f"fields never printed: {missing}"


def test_page_is_self_contained_and_semantic(seed_doc: MeetingDocument) -> None:
    html = to_html(seed_doc)
    tags = parse(html).tags
    assert tags[0] == ("html", {"lang": "zh-CN"})
    assert ("meta", {"charset": "utf-8"}) in tags
    assert not re.search(r"""(src|href)\s*=|@import|url\(""", html)  # nothing loads from outside
    names = [tag for tag, _ in tags]
    assert names.count("h1") == 1 and "header" in names and "article" in names
    assert "@page" in html and "size: A4" in html and "@media print" in html
    title = re.search(r"<title>(.*)</title>", html).group(1)
    assert title == "市委第二十四次专题会议暨市疫情防控工作领导小组会议召开"
    sections = [a for tag, a in tags if tag == "p" and a.get("class") == "section"]
    assert [a["data-path"] for a in sections] == [f"body.sections[{i}]" for i in range(6)]


def test_headings_follow_the_outline(board_doc: MeetingDocument) -> None:
    html = to_html(board_doc)
    assert re.search(
        r'<h2 class="heading level1"[^>]*><span class="number">2. </span><span class="heading">Water budget 2025</span></h2>',
        html,
    )
    assert re.search(r'<h3 class="heading level2"[^>]*><span class="number">\(a\) </span>', html)
    assert '<html lang="en-GB">' in html and "<caption>Action items</caption>" in html
    assert '<th scope="col">Owner</th>' in html
    # A motion's result goes on its own line.
    assert 'seconded by Ann Lee).<br>\n<strong class="label">Result: </strong>' in html


def test_preview_variant_for_qtextbrowser(seed_doc: MeetingDocument) -> None:
    page, preview = to_html(seed_doc), to_html(seed_doc, preview=True)
    strip = re.compile(r"<style>.*?</style>|<a name=\"[^\"]*\"></a>\n?", re.S)
    assert strip.sub("", page) == strip.sub("", preview)  # same markup, simpler style sheet
    css = re.sub(
        r"/\*.*?\*/", "", re.search(r"<style>(.*?)</style>", preview, re.S).group(1), flags=re.S
    )
    for unsupported in ("@page", "@media", "display:", "float:", "em;", "var("):
        assert unsupported not in css
    assert '<a name="body.sections[2]"></a>' in preview  # QTextBrowser.scrollToAnchor target


def test_write_html(seed_doc: MeetingDocument, tmp_path: Path) -> None:
    target = tmp_path / "seed.html"
    write_html(seed_doc, target, ExportOptions(style=DocumentStyle.JIYAO))
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>") and "中共吕梁市委专题会议纪要" in text
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # a new file, as the user makes any
    target.chmod(0o600)  # the clerk made it private: a new export keeps that
    write_html(seed_doc, target, ExportOptions(style=DocumentStyle.JIYAO))
    assert target.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("style", list(DocumentStyle))
def test_each_style_has_its_own_css(seed_doc: MeetingDocument, style: DocumentStyle) -> None:
    html = to_html(seed_doc, ExportOptions(style=style))
    assert f'<body class="{style.value}">' in html and f".document.{style.value}" in html


@pytest.mark.parametrize("preview", [False, True])
def test_qtextbrowser_applies_the_style_sheet(
    seed_doc: MeetingDocument, qapp, preview: bool
) -> None:
    """The editor shows these pages in a QTextBrowser, whose CSS parser drops a whole sheet at
    constructs it does not know: the red 纪要 mark must come out red in both variants."""
    from PySide6.QtGui import QTextDocument

    del qapp  # fonts and the style machinery need a running application
    page = QTextDocument()
    page.setHtml(to_html(seed_doc, ExportOptions(style=DocumentStyle.JIYAO), preview=preview))
    assert ("#d40000" if preview else "#e60000") in page.toHtml()
    assert page.toPlainText().startswith("中共吕梁市委专题会议纪要")


def test_the_preview_sets_the_signer_in_kaiti(qapp) -> None:
    """签发人：陈建华 in the editor's QTextBrowser: the label in 仿宋, the name in 楷体."""
    from PySide6.QtGui import QTextCursor, QTextDocument

    from minutes_app.resources import EXAMPLES
    from minutes_app.storage import load_draft

    del qapp
    doc = load_draft(EXAMPLES / "jiyao-example.minutes")
    doc.header.signer = "陈建华"
    page = QTextDocument()
    page.setHtml(to_html(doc, preview=True))
    start = page.find("签发人：陈建华").selectionStart()
    faces = []
    for i in range(len("签发人：陈建华")):
        cursor = QTextCursor(page)
        cursor.setPosition(start + i + 1)  # the format of the character before the cursor
        faces.append(cursor.charFormat().fontFamilies()[0])
    assert faces == ["仿宋_GB2312"] * 4 + ["楷体_GB2312"] * 3


def test_preview_pieces_cut_the_page_between_blocks(seed_doc: MeetingDocument) -> None:
    from minutes_app.export import to_preview_pieces

    doc = seed_doc.copy_deep()
    body = "<script>alert(1)</script>要压实责任，细化措施。" * 20
    doc.body.sections = [Section(heading=f"第{i}项", body=body) for i in range(120)]
    pieces = to_preview_pieces(doc)
    assert len(pieces) >= 5
    style = re.search(r"<style>.*?</style>", pieces[0], re.S).group(0)
    for piece in pieces:  # each a standalone page with the same style sheet
        assert piece.startswith("<!DOCTYPE html>") and style in piece
        assert "<script>" not in piece
    assert all("&lt;script&gt;" in piece for piece in pieces[1:])  # escaped in every piece
    assert "<h1" in pieces[0] and all("<h1" not in piece for piece in pieces[1:])
    # Together they hold the page's text, in order, and nothing twice.
    def article_text(page: str) -> str:
        return "".join(parse(re.search(r"<article.*</article>", page, re.S).group(0)).text)

    whole = article_text(to_html(doc, preview=True)).split()
    assert "".join(article_text(piece) for piece in pieces).split() == whole


def test_a_short_page_is_one_piece(seed_doc: MeetingDocument) -> None:
    from minutes_app.export import to_preview_pieces

    assert to_preview_pieces(seed_doc) == [to_html(seed_doc, preview=True)]
