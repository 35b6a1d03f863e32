"""Parish council minutes: extra blank lines, 2.1-style sub-items, an apologies sentence,
"Proposed X, seconded Y" inside a Resolved: line, "Clerk to …" actions and a web footer."""

from __future__ import annotations

import datetime as dt

from minutes_app.importers import ImportResult
from minutes_app.model import GroupRole, to_plain

FIXTURE = "en-parish-council.txt"


def test_header_and_people(imported_fixture: ImportResult) -> None:
    doc = imported_fixture.document
    h = doc.header
    assert h.meeting_name == "Parish Council Meeting"
    assert (h.date, h.start_time, h.end_time) == (
        dt.date(2024, 6, 3),
        dt.time(19, 30),
        dt.time(21, 5),
    )
    assert h.place == "Parish Rooms, Church Lane"
    assert h.next_meeting == "Monday 1 July 2024 at 7.30 pm"
    assert [(p.name, p.title) for p in doc.people.presiders] == [("Cllr John Fielding", "Chairman")]
    roles = [g.role for g in doc.people.groups]
    assert roles == [GroupRole.PRESENT, GroupRole.IN_ATTENDANCE, GroupRole.APOLOGIES]
    assert [p.name for p in doc.people.groups[2].people] == ["Cllr Sam Noble", "Cllr Eve Grant"]
    webb = doc.people.groups[1].people[1]
    assert (webb.name, webb.note) == ("PCSO Dan Webb", "for item 2")


def test_decimal_sub_items(imported_fixture: ImportResult) -> None:
    sections = imported_fixture.document.body.sections
    assert [s.heading for s in sections] == [
        "Declarations of interest",
        "Police report",
        "Planning",
        "Finance",
    ]
    assert sections[0].body == "None were declared."
    assert [len(s.sub_items) for s in sections] == [0, 2, 2, 1]
    police = sections[1].sub_items[0]
    assert police.heading == "" and police.body.startswith("PCSO Webb reported four crimes")
    planning = sections[2].sub_items[1]
    assert planning.heading == "24/00533/HOUSE"
    assert planning.body.startswith("Garden room, Orchard Cottage.")


def test_motion_and_action(imported_fixture: ImportResult) -> None:
    finance = imported_fixture.document.body.sections[3]
    (motion,) = finance.motions
    assert motion.text == (
        "That the annual governance statement for 2023/24 be approved and signed by the Chairman."
    )
    assert (motion.mover, motion.seconder) == ("Cllr Marsh", "Cllr Cole")
    assert motion.votes_for is None  # "for 2023/24" is not a vote count
    (action,) = finance.actions
    assert (action.owner, action.due) == ("Clerk", dt.date(2024, 6, 30))
    assert "The meeting ended" not in finance.sub_items[0].body


def test_footer_is_dropped(imported_fixture: ImportResult) -> None:
    (warning,) = imported_fixture.warnings
    assert warning.line == 32 and "footer" in warning.message
    assert "All rights reserved" not in str(to_plain(imported_fixture.document))
