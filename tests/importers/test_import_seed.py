"""The seed article imports to the seed draft, and the import exports back to the article."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from import_helpers import structure_only

from minutes_app.export import ExportOptions, render
from minutes_app.importers import import_file
from minutes_app.model import DocumentStyle, GroupRole, MeetingDocument, MeetingFormat

SEED_TEXT = Path(__file__).resolve().parents[1] / "data" / "seed-article.txt"


@pytest.fixture(scope="module")
def imported() -> MeetingDocument:
    return import_file(SEED_TEXT).document


def test_header_fields(imported: MeetingDocument, seed_doc: MeetingDocument) -> None:
    h, want = imported.header, seed_doc.header
    assert (
        h.meeting_name == want.meeting_name == "市委第二十四次专题会议暨市疫情防控工作领导小组会议"
    )
    assert h.title == want.title == ""  # the headline is the meeting name + 召开
    assert h.session_number == 24
    assert h.meeting_kind == want.meeting_kind
    assert h.date == dt.date(2020, 3, 13)  # "3月13日", year from the 更新时间
    assert h.published == dt.datetime(2020, 3, 14, 11, 30, 53)
    assert h.source == "吕梁日报"
    assert h.reporter == "李雅萍"
    assert h.deck == want.deck == ["李正印主持并讲话　王立伟作具体安排", "张广勇　张稳科出席"]
    assert h.purpose == want.purpose
    assert h.format == MeetingFormat.VIDEO
    assert h.branch_venues == ["各县市区"] and h.main_venue == ""
    assert (h.locale, h.style) == ("zh_CN", DocumentStyle.NEWS)
    assert h.organisation == want.organisation


def test_people(imported: MeetingDocument) -> None:
    (presider,) = imported.people.presiders
    assert (presider.title, presider.name) == ("市委书记、市疫情防控工作领导小组组长", "李正印")
    (speaker,) = imported.people.speakers
    assert (speaker.title, speaker.name, speaker.contribution) == (
        "市长、市疫情防控工作领导小组组长",
        "王立伟",
        "作具体安排",
    )
    (group,) = imported.people.groups
    assert (group.role, group.label) == (GroupRole.PRESENT, "市领导")
    assert [p.name for p in group.people] == [
        "张广勇",
        "张稳科",
        "李建国",
        "任忠",
        "李安林",
        "任磊",
    ]


def test_body(imported: MeetingDocument, seed_doc: MeetingDocument) -> None:
    body, want = imported.body, seed_doc.body
    assert [(r.speaker, r.subject) for r in body.reports] == [
        ("各县市区主要负责同志", "贫困人口务工就业、农产品销售、高三开学准备等工作")
    ]
    assert body.requirements_by == "李正印"
    assert body.requirements_topic == "做好当前疫情防控和经济社会发展重点工作"
    assert [s.heading for s in body.sections] == [
        "疫情防控要丝毫不松",
        "复工复产要切实抓紧",
        "脱贫攻坚要尽锐出战",
        "稳岗就业要千方百计",
        "高三开学要落细落实",
        "相关工作要统筹推进",
    ]
    assert [s.body for s in body.sections] == [s.body for s in want.sections]
    assert body.sections[0].body.startswith("要严格落实“三防”。防输入，特别是")  # ; , -> ；，
    (remark,) = body.remarks
    assert (remark.speaker, remark.topic, remark.verb) == ("王立伟", "做好当前各项重点工作", "强调")
    assert remark.text == want.remarks[0].text
    assert body.free_paragraphs == [] and body.closing_notes == []


def test_whole_document_equals_the_seed_draft(
    imported: MeetingDocument, seed_doc: MeetingDocument
) -> None:
    assert structure_only(imported) == seed_doc


def test_only_the_footer_and_the_organisation_guess_are_reported() -> None:
    warnings = import_file(SEED_TEXT).warnings
    footer = next(w for w in warnings if "footer" in w.message)
    lines = SEED_TEXT.read_text(encoding="utf-8").splitlines()
    assert lines[footer.line - 1].startswith("扫一扫")
    assert [w for w in warnings if w is not footer and "organisation" not in w.message] == []


def _article_paragraphs() -> list[str]:
    """The article as a reader sees it: up to the footer, punctuation made full-width."""
    out = []
    for line in SEED_TEXT.read_text(encoding="utf-8").splitlines():
        if line.startswith("扫一扫"):
            break
        line = line.replace(",", "，").replace("(", "（").replace(")", "）").replace(";", "；")
        line = re.sub(r"(?<!\d):|:(?!\d)", "：", line)
        line = re.sub(r"\s", "", line)
        if line:
            out.append(line)
    return out


def test_news_export_of_the_import_reproduces_the_article(imported: MeetingDocument) -> None:
    rendered = render(imported, ExportOptions(style=DocumentStyle.NEWS))
    blocks = [re.sub(r"\s", "", block.text) for block in rendered.blocks if block.text.strip()]
    assert blocks == _article_paragraphs()
