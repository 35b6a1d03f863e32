"""New drafts come from the style templates, dated the day they are made."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from minutes_app.model import DocumentStyle, GroupRole
from minutes_app.storage.templates import new_document, template_path


@pytest.mark.parametrize("style", list(DocumentStyle))
def test_templates_hold_no_date_and_new_documents_get_today(style: DocumentStyle) -> None:
    stored = json.loads(template_path(style).read_text(encoding="utf-8"))
    assert stored["document"]["header"]["date"] is None
    doc = new_document(style)
    assert doc.header.date == dt.date.today()
    assert doc.header.style == style
    assert new_document(style, dt.date(2025, 1, 2)).header.date == dt.date(2025, 1, 2)


def test_jiyao_template_has_the_gbt_attendance_groups_in_order() -> None:
    doc = new_document(DocumentStyle.JIYAO)
    assert doc.header.locale == "zh_CN"
    # 出席, then 请假 and 列席 each on its own line in that order (GB/T 9704, 纪要)
    assert [g.role for g in doc.people.groups] == [
        GroupRole.PRESENT, GroupRole.APOLOGIES, GroupRole.IN_ATTENDANCE,
    ]
    assert len(doc.body.sections) == 1 and len(doc.body.sections[0].sub_items) == 1


def test_board_template_is_english_with_an_empty_first_item() -> None:
    doc = new_document(DocumentStyle.BOARD)
    assert doc.header.locale == "en_GB"
    assert [g.role for g in doc.people.groups] == [
        GroupRole.PRESENT, GroupRole.APOLOGIES, GroupRole.IN_ATTENDANCE,
    ]
    assert doc.people.presiders[0].title == "Chair"
    assert doc.body.sections[0].heading == "" and len(doc.body.sections) == 1


def test_news_template_is_chinese_with_one_section() -> None:
    doc = new_document(DocumentStyle.NEWS)
    assert doc.header.locale == "zh_CN" and len(doc.body.sections) == 1
    assert [g.role for g in doc.people.groups] == [GroupRole.PRESENT]


def test_every_new_document_is_independent() -> None:
    first = new_document(DocumentStyle.BOARD)
    first.people.groups[0].people.append(first.people.presiders[0])
    assert new_document(DocumentStyle.BOARD).people.groups[0].people == []
