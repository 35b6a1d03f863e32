"""British AGM minutes: organisation and title lines, a "held on … at … in …" line, a bare
Present: label with one person a line ("Name (Chair)", "Name, Treasurer"), RESOLVED and
Resolved: motions with mover/seconder/result/votes, (a) sub-items, actions with owner and due
date, closing time, next meeting and a signature line."""

from __future__ import annotations

import datetime as dt

from minutes_app.importers import ImportResult
from minutes_app.model import DocumentStyle, GroupRole, MotionResult

FIXTURE = "en-trustees-agm.txt"


def test_header(imported_fixture: ImportResult) -> None:
    h = imported_fixture.document.header
    assert h.organisation == "Millbrook Village Hall Trust"
    assert h.meeting_name == "Annual General Meeting"
    assert h.meeting_kind == "Annual"
    assert h.title == ""  # "Minutes of the {meeting}" is what the board style prints
    assert h.date == dt.date(2024, 5, 14)  # "Tuesday 14th May 2024"
    assert h.start_time == dt.time(19, 2)  # opened at 7.02 pm (called for 7.00 pm)
    assert h.end_time == dt.time(20, 45)  # "The meeting closed at 8.45 pm."
    assert h.place == "Main Hall, Millbrook Village Hall"
    assert h.recorder == "Susan Blake"
    assert h.next_meeting == "Tuesday 13 May 2025 at 7.00 pm, Main Hall"
    assert (h.locale, h.style) == ("en_GB", DocumentStyle.BOARD)


def test_attendance(imported_fixture: ImportResult) -> None:
    people = imported_fixture.document.people
    present, apologies, attending = people.groups
    assert present.role == GroupRole.PRESENT
    assert [(p.name, p.title) for p in present.people] == [
        ("Jane Roe", "Chair"),
        ("Peter Okonkwo", "Treasurer"),
        ("Susan Blake", "Secretary"),
        ("Tom Harris", ""),
        ("Ravi Mehta", ""),
    ]
    assert apologies.role == GroupRole.APOLOGIES
    assert [(p.name, p.title, p.note) for p in apologies.people] == [
        ("Alan Pike", "", "illness"),
        ("Mary Jones", "Vice-Chair", ""),
    ]
    assert attending.role == GroupRole.IN_ATTENDANCE
    assert attending.people[0].title == "Independent Examiner"
    assert [(p.name, p.title) for p in people.presiders] == [("Jane Roe", "Chair")]


def test_items_motions_and_actions(imported_fixture: ImportResult) -> None:
    sections = imported_fixture.document.body.sections
    assert [s.heading for s in sections] == [
        "Minutes of the previous AGM",
        "Treasurer's report",
        "Election of officers",
        "Any other business",
    ]
    (minutes,) = sections[0].motions
    assert minutes.text == "That the minutes be approved as a correct record."
    assert (minutes.mover, minutes.seconder) == ("Tom Harris", "Ravi Mehta")
    assert minutes.result == MotionResult.CARRIED_UNANIMOUSLY

    report = sections[1]
    assert [(s.heading, s.body) for s in report.sub_items] == [
        ("Hall hire", "Hire income rose by 12% on the previous year."),
        ("Grants", "A grant of £2,500 was received from the district council for new chairs."),
    ]
    (accounts,) = report.motions
    assert accounts.text == "That the accounts for the year ended 31 March 2024 be adopted."
    assert (accounts.votes_for, accounts.votes_against, accounts.abstentions) == (18, 0, 2)
    assert accounts.result == MotionResult.CARRIED
    (send,) = report.actions
    assert (send.owner, send.text, send.due) == (
        "Peter Okonkwo",
        "Send the accounts to the Charity Commission",
        dt.date(2024, 7, 31),
    )

    (election,) = sections[2].motions
    assert (election.mover, election.seconder, election.result) == (
        "Jane Roe",
        "Tom Harris",
        MotionResult.CARRIED,
    )
    assert [(a.owner, a.text, a.due) for a in sections[3].actions] == [
        ("Tom Harris", "Obtain three quotes", dt.date(2024, 6, 30)),
        ("Susan Blake", "Circulate the minutes to all members", dt.date(2024, 5, 31)),
    ]
    assert "closed" not in sections[3].body


def test_partly_understood_sentence_is_kept(imported_fixture: ImportResult) -> None:
    body = imported_fixture.document.body
    assert body.free_paragraphs == [
        "The Chair opened the meeting at 7.02 pm and welcomed everyone."
    ]
    lines = sorted(w.line for w in imported_fixture.warnings)
    assert lines == [16]  # the kept sentence (the signature line prints as written)
