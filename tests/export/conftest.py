"""Export fixtures: an English board meeting built here (motions, actions, apologies)."""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_app.model import (
    ActionItem,
    AttendeeGroup,
    Body,
    DocumentStyle,
    GroupRole,
    Header,
    MeetingDocument,
    Motion,
    MotionResult,
    People,
    Person,
    Remark,
    Report,
    Section,
    SubItem,
)


def build_board_doc() -> MeetingDocument:
    """A small trust board meeting with everything board minutes carry."""
    return MeetingDocument(
        header=Header(
            organisation="Riverside Allotment Society",
            meeting_name="Committee Meeting",
            meeting_kind="regular",
            date=dt.date(2024, 12, 31),  # New Year's Eve: a YYYY pattern would print 2025
            start_time=dt.time(19, 0),
            end_time=dt.time(20, 45),
            place="Pavilion, Mill Lane",
            locale="en_GB",
            style=DocumentStyle.BOARD,
            recorder="Sam Okoro",
            next_meeting="28 January 2025, 19:00, Pavilion",
            purpose="review the water budget and plot allocations",
        ),
        people=People(
            presiders=[Person(name="Ruth Evans", title="Chair")],
            groups=[
                AttendeeGroup(
                    role=GroupRole.PRESENT,
                    people=[
                        Person(name="Ruth Evans", title="Chair"),
                        Person(name="Dev Patel", title="Treasurer"),
                        Person(name="Ann Lee"),
                    ],
                ),
                AttendeeGroup(
                    role=GroupRole.APOLOGIES,
                    people=[Person(name="Tom Hart", note="illness")],
                ),
                AttendeeGroup(
                    role=GroupRole.IN_ATTENDANCE,
                    people=[Person(name="Sam Okoro", title="Secretary")],
                ),
            ],
        ),
        body=Body(
            reports=[Report(speaker="The Treasurer", subject="the accounts to 30 November")],
            sections=[
                Section(
                    heading="Water budget 2025",
                    speaker="Dev Patel",
                    body="Water charges rise by 8% in April.\nTwo quotes for a new tank were received.",
                    sub_items=[
                        SubItem(heading="Tank", body="The cheaper quote omits the stand."),
                        SubItem(heading="Charges", body="Plot holders pay by area."),
                    ],
                    motions=[
                        Motion(
                            text="That a budget of £1,200 for water be approved.",
                            mover="Dev Patel",
                            seconder="Ann Lee",
                            result=MotionResult.CARRIED,
                            votes_for=2,
                            votes_against=0,
                            abstentions=1,
                        )
                    ],
                    actions=[
                        ActionItem(
                            text="Order the tank", owner="Dev Patel", due=dt.date(2025, 1, 15)
                        )
                    ],
                ),
                Section(heading=""),  # added in the editor and left empty: no number, no block
                Section(
                    heading="Plot allocations",
                    body="Three plots are vacant.",
                    motions=[
                        Motion(
                            text="That plot 7 go to the waiting list.",
                            mover="Ann Lee",
                            result=MotionResult.DEFERRED,
                        )
                    ],
                ),
            ],
            remarks=[Remark(speaker="Ann Lee", verb="noted", text="The gate lock is broken.")],
            action_items=[ActionItem(text="Repair the gate lock", owner="Ruth Evans")],
            closing_notes=["Thanks were given to the retiring treasurer."],
        ),
    )


@pytest.fixture
def board_doc() -> MeetingDocument:
    return build_board_doc()
