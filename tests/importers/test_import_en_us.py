"""American committee minutes: month-first dates (-> en_US), a video meeting, "Item N:"
headings, Moved:/Seconded:/Vote: motion details, a lost motion and adjournment time."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.importers import ImportResult, import_text
from minutes_app.model import GroupRole, MeetingFormat, MotionResult

FIXTURE = "en-committee-us.txt"


def test_header(imported_fixture: ImportResult) -> None:
    h = imported_fixture.document.header
    assert h.organisation == "RIVERSIDE SCHOOL PARENT-TEACHER ASSOCIATION"
    assert h.meeting_name == "Executive Committee Meeting"
    assert h.date == dt.date(2024, 5, 8)
    assert h.locale == "en_US"
    assert h.format == MeetingFormat.VIDEO and h.place == ""
    assert h.start_time == dt.time(18, 2)  # called to order at 6:02 p.m.
    assert h.end_time == dt.time(19, 15)  # adjourned at 7:15 p.m.
    assert h.next_meeting == "June 12, 2024 at 6:00 p.m."
    assert h.recorder == "James Carter"


def test_people(imported_fixture: ImportResult) -> None:
    people = imported_fixture.document.people
    assert [(p.name, p.title) for p in people.presiders] == [("Maria Lopez", "President")]
    present, absent = people.groups
    assert [p.title for p in present.people] == [
        "President",
        "Vice President",
        "Treasurer",
        "Secretary",
        "",
    ]
    assert (absent.role, absent.label, [p.name for p in absent.people]) == (
        GroupRole.CUSTOM,
        "Absent",
        ["Kevin Brown"],
    )


def test_motions_and_actions(imported_fixture: ImportResult) -> None:
    sections = imported_fixture.document.body.sections
    assert [s.heading for s in sections] == [
        "Approval of the agenda",
        "Treasurer's report",
        "Spring carnival",
        "Teacher appreciation week",
    ]
    (report,) = sections[1].motions
    assert report.text == "To approve the treasurer's report as presented."
    assert (report.mover, report.seconder, report.result) == (
        "David Kim",
        "Nora Ali",
        MotionResult.CARRIED,
    )
    assert (report.votes_for, report.votes_against, report.abstentions) == (5, 0, 0)
    (carnival,) = sections[2].motions
    assert carnival.text == "That the carnival be held on June 1, 2024 with a budget of $1,500."
    assert [(a.owner, a.text, a.due) for a in sections[2].actions] == [
        ("Nora Ali", "Book the inflatables", dt.date(2024, 5, 20)),
        ("David Kim", "Publicity flyers", dt.date(2024, 5, 15)),
    ]
    (breakfast,) = sections[3].motions
    assert breakfast.result == MotionResult.LOST
    assert (breakfast.mover, breakfast.seconder) == ("Linda Park", "James Carter")
    assert (breakfast.votes_for, breakfast.votes_against) == (2, 3)
    assert imported_fixture.document.body.free_paragraphs == []
    assert imported_fixture.warnings == []


@pytest.mark.parametrize(
    ("label", "role", "printed"),
    [
        ("Board members present", GroupRole.PRESENT, "Board members present"),
        ("Also present", GroupRole.IN_ATTENDANCE, "Also present"),
        ("Not present", GroupRole.CUSTOM, "Absent"),
        ("Members absent", GroupRole.CUSTOM, "Absent"),
        ("Excused", GroupRole.APOLOGIES, "Excused"),
    ],
)
def test_attendance_labels(label: str, role: GroupRole, printed: str) -> None:
    text = f"Oak Trust\nBoard Meeting Minutes\nMay 2, 2024\n{label}: Ann Bell, Carl Dunn\n1. Finance\nThe accounts were approved.\n"
    (group,) = import_text(text).document.people.groups
    assert (group.role, group.label, [p.name for p in group.people]) == (role, printed, ["Ann Bell", "Carl Dunn"])
