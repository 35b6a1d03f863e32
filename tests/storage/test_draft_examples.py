"""The shipped examples say what the README and the issue promise; the seed matches its article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from minutes_app.model import DocumentStyle, GroupRole, MeetingDocument, MeetingFormat, MotionResult
from minutes_app.resources import EXAMPLES
from minutes_app.storage import load_draft

ARTICLE = (Path(__file__).resolve().parents[1] / "data" / "seed-article.txt").read_text("utf-8")
# The web text mixes half-width punctuation into Chinese prose; the draft stores full width.
FULL_WIDTH = str.maketrans({",": "，", ";": "；", ":": "：", "(": "（", ")": "）"})


@pytest.fixture(scope="module")
def paragraphs() -> list[str]:
    body = ARTICLE.split("扫一扫")[0]  # the rest is the web site's footer
    return [" ".join(p.split()).translate(FULL_WIDTH) for p in body.splitlines() if p.strip()]


@pytest.fixture(scope="module")
def seed() -> MeetingDocument:
    return load_draft(EXAMPLES / "seed-report.minutes")


def test_seed_header_matches_the_article(seed: MeetingDocument, paragraphs: list[str]) -> None:
    h = seed.header
    assert paragraphs[0] == f"{h.meeting_name}召开" and h.title == ""
    meta = f"来源:{h.source} 更新时间:{h.published:%Y-%m-%d %H:%M:%S}"
    assert paragraphs[1] == meta.translate(FULL_WIDTH)
    assert [" ".join(line.replace("　", " ").split()) for line in h.deck] == paragraphs[2:4]
    assert h.style == DocumentStyle.NEWS and h.locale == "zh_CN"
    assert h.session_number == 24 and "第二十四次" in h.meeting_name


def test_seed_lead_names_everyone_with_titles(seed: MeetingDocument, paragraphs: list[str]) -> None:
    lead = paragraphs[4]
    presider = seed.people.presiders[0]
    assert lead.startswith(f"（记者 {seed.header.reporter}） 3月13日，") and seed.header.date.isoformat() == "2020-03-13"
    assert f"，{presider.title}{presider.name}主持召开{seed.header.meeting_name}，{seed.header.purpose}。" in lead
    speaker = seed.people.speakers[0]
    assert f"{speaker.title}{speaker.name}{speaker.contribution}。" in lead
    (group,) = seed.people.groups
    assert group.role == GroupRole.PRESENT
    assert f"{group.label}{'、'.join(p.name for p in group.people)}出席会议。" in lead


def test_seed_reports_requirements_and_remarks(seed: MeetingDocument, paragraphs: list[str]) -> None:
    (report,) = seed.body.reports
    assert f"会上，{report.speaker}围绕{report.subject}作了汇报。" in paragraphs
    assert f"{seed.body.requirements_by}就{seed.body.requirements_topic}提出具体要求。" in paragraphs
    (remark,) = seed.body.remarks
    assert f"{remark.speaker}就{remark.topic}{remark.verb}，{remark.text}" in paragraphs


def test_seed_has_all_six_requirements_in_order(seed: MeetingDocument, paragraphs: list[str]) -> None:
    numbered = [re.match(r"^([一二三四五六])是(.+?)。(.+)$", p) for p in paragraphs]
    found = [(m.group(2), m.group(3)) for m in numbered if m]
    assert [m.group(1) for m in numbered if m] == list("一二三四五六")
    assert [(s.heading, s.body) for s in seed.body.sections] == found


def test_seed_closing_comes_from_the_meeting_format(seed: MeetingDocument, paragraphs: list[str]) -> None:
    assert seed.header.format == MeetingFormat.VIDEO
    venues = "、".join(seed.header.branch_venues)
    assert paragraphs[-1] == f"会议以视频形式召开，{venues}设分会场。"
    assert seed.body.closing_notes == []  # nothing else closes the article


def test_board_example_is_a_complete_set_of_english_minutes() -> None:
    doc = load_draft(EXAMPLES / "board-minutes.minutes")
    h = doc.header
    assert (h.style, h.locale) == (DocumentStyle.BOARD, "en_GB")
    assert h.start_time and h.end_time and h.place and h.next_meeting and h.recorder
    assert doc.people.presiders[0].title == "Chair"
    roles = {g.role: g.people for g in doc.people.groups}
    assert list(roles) == [GroupRole.PRESENT, GroupRole.APOLOGIES, GroupRole.IN_ATTENDANCE]
    assert all(p.title for people in roles.values() for p in people)
    assert all(p.note for p in roles[GroupRole.APOLOGIES])  # reasons for absence
    assert h.recorder in [p.name for p in roles[GroupRole.IN_ATTENDANCE]]
    motions = [m for s in doc.body.sections for m in s.motions]
    assert all(m.mover and m.seconder and m.result != MotionResult.PENDING for m in motions)
    assert any(m.votes_for is not None and m.votes_against for m in motions)  # a counted vote
    assert any("previous meeting" in s.heading and s.motions for s in doc.body.sections)
    actions = [a for s in doc.body.sections for a in s.actions]
    assert len(actions) >= 4 and all(a.owner and a.due for a in actions)
    assert any(s.sub_items for s in doc.body.sections)


def test_jiyao_example_records_decided_matters_with_units_and_deadlines() -> None:
    doc = load_draft(EXAMPLES / "jiyao-example.minutes")
    h = doc.header
    assert (h.style, h.locale) == (DocumentStyle.JIYAO, "zh_CN")
    assert h.issue_number and h.organisation and h.date and h.place and h.recorder
    assert doc.people.presiders[0].title
    roles = [g.role for g in doc.people.groups]
    assert roles == [GroupRole.PRESENT, GroupRole.APOLOGIES, GroupRole.IN_ATTENDANCE]
    assert all(p.title for g in doc.people.groups for p in g.people)
    assert doc.people.groups[1].people[0].note  # the leave reason
    assert len(doc.body.sections) >= 3
    assert all(s.sub_items for s in doc.body.sections)
    for section in doc.body.sections:
        for item in section.sub_items:
            decided = item.heading + item.body
            assert re.search(r"(市|区)\S*?(局|委员会|办公室|政府|指挥部)", decided), decided
            assert re.search(r"\d+日前|\d+月底前|\d+年秋季", decided), decided
