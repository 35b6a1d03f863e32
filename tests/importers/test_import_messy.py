"""Messy input: encodings, line endings, punctuation widths, blank lines, bad files."""

from __future__ import annotations

import codecs
import datetime as dt
import gettext
from pathlib import Path

import pytest

from minutes_app.importers import ImportFailed, import_bytes, import_file, import_text
from minutes_app.model import to_plain
from minutes_app.resources import TRANSLATIONS

# A small report typed the way web pages and chat tools deliver it: half-width punctuation in
# Chinese, full-width digits, a stray full-width space at the start, runs of blank lines.
MIXED = (
    "\u3000\u3000县委召开常委会会议\n\n\n\n"
    "来源:山阳县融媒体中心  更新时间:２０２４-０４-１２ 17:05\n\n"
    "  4月11日,县委书记赵文杰主持召开县委常委会会议,研究乡村振兴工作。县长孙丽出席并讲话.\n\n\n"
    '会议强调:一是抓好春耕生产;二是抓好"两不愁三保障"巩固工作。\n'
)


def test_mixed_widths_and_blank_lines() -> None:
    result = import_text(MIXED)
    doc = result.document
    # "县委召开常委会会议" is kept: the news style would print "县委常委会会议召开".
    assert doc.header.title == "县委召开常委会会议"
    assert doc.header.meeting_name == "县委常委会会议"
    assert doc.header.published == dt.datetime(2024, 4, 12, 17, 5)  # full-width digits
    assert doc.header.date == dt.date(2024, 4, 11)
    assert doc.header.purpose == "研究乡村振兴工作"
    assert [(s.title, s.name, s.contribution) for s in doc.people.speakers] == [
        ("县长", "孙丽", "出席并讲话")
    ]
    assert [s.heading for s in doc.body.sections] == [
        "抓好春耕生产",  # cut at ；: the export prints its own stop
        "抓好“两不愁三保障”巩固工作",
    ]
    (guess,) = result.warnings
    assert guess.line == 1 and "中共山阳县委" in guess.message  # 县委 + 山阳县 from the source


def test_windows_and_old_mac_line_endings_give_the_same_document() -> None:
    unix = import_text(MIXED)
    assert import_text(MIXED.replace("\n", "\r\n")).document == unix.document
    assert import_text(MIXED.replace("\n", "\r")).document == unix.document
    warnings = import_text(MIXED + "\n\n无法归类的一句话。\n").warnings
    assert [w.line for w in warnings if "无法归类" in w.message] == [13]  # blank lines count


@pytest.mark.parametrize(
    ("codec", "bom", "note"),
    [
        ("utf-8", b"", None),
        ("utf-8", codecs.BOM_UTF8, None),
        ("utf-16-le", codecs.BOM_UTF16_LE, None),
        ("utf-16-be", codecs.BOM_UTF16_BE, None),
        ("gbk", b"", "GBK"),
        ("gb18030", b"", "GB18030"),
    ],
)
def test_encodings(codec: str, bom: bytes, note: str | None, tmp_path: Path) -> None:
    text = MIXED
    if codec == "gb18030":
        text += "会议由县委副书记䶮龑主持。\n"  # 䶮 is outside GBK: only GB18030 has it
    path = tmp_path / "report.txt"
    path.write_bytes(bom + text.encode(codec))
    result = import_file(path)
    assert result.document.header.meeting_name == "县委常委会会议"
    file_warnings = [w for w in result.warnings if w.line is None]
    if note is None:
        assert file_warnings == []
    else:
        (warning,) = file_warnings
        assert note in warning.message and str(warning) == warning.message
    if codec == "gb18030":
        assert "䶮" in str(to_plain(result.document)), "the rare character survived"


def test_gbk_bytes_written_by_hand() -> None:
    # "出席：张三、李四" in GBK, as Notepad on a Chinese Windows saves it.
    data = bytes.fromhex("b3f6cfafa3bad5c5c8fda1a2c0eecbc4")
    result = import_bytes(data, "attendance.txt")
    assert [p.name for p in result.document.people.groups[0].people] == ["张三", "李四"]
    assert "GBK" in result.warnings[0].message


def test_windows_1252_english(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes(
        "Minutes of the Finance Committee\n1. Budget\nA budget of £500 was agreed.\n".encode(
            "cp1252"
        )
    )
    result = import_file(path)
    assert result.document.body.sections[0].body == "A budget of £500 was agreed."
    assert "Windows-1252" in result.warnings[0].message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), "old binary Word .doc"),
        (bytes(range(256)) * 4, "binary file"),
        (
            "无法识别".encode()[:-1] + b"\xff\xfe\x81" * 50 + b"\x80\x80\x80",
            "cannot be read as text",
        ),
        (b"   \n\n", "is empty"),
    ],
)
def test_unreadable_files_fail_with_the_file_name(
    data: bytes, message: str, tmp_path: Path
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(data)
    with pytest.raises(ImportFailed) as caught:
        import_file(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="no such file"):
        import_file(tmp_path / "absent.txt")
    with pytest.raises(ImportFailed, match="is a folder"):
        import_file(tmp_path)


def test_empty_text_gives_an_empty_draft_and_a_warning() -> None:
    result = import_text("\n \u3000\n")
    assert result.document.body.sections == []
    assert [str(w) for w in result.warnings] == ["no text to import"]


def test_nothing_but_web_page_text_gives_a_translatable_warning() -> None:
    last = import_text("首页 > 新闻中心 > 本地要闻\n").warnings[-1]
    assert (last.line, last.message) == (None, "no text left to import")
    assert last.template == "no text left to import"  # the editor can translate it
    zh = gettext.translation("minutes", TRANSLATIONS, languages=["zh_CN"])
    assert zh.gettext(last.template) == "没有可导入的文本"


def test_control_characters_and_invisible_marks_are_cleaned() -> None:
    result = import_text("标题\n\n会议\x0b强调，一是\u200b加强领导。二是\x00落实责任。")
    body = result.document.body
    assert [s.heading for s in body.sections] == ["加强领导", "落实责任"]
