"""Dates and times: a meeting in the future, a 印发日期 before the meeting, an end before the
start."""

from __future__ import annotations

from collections.abc import Iterator

from .context import CheckContext
from .problems import N_, Severity
from .registry import Finding, rule

# The 纪要's 印发日期, in the 版记 (colophon).
ISSUED = ("colophon", "printed_on")


@rule("date-in-future", Severity.WARNING)
def date_in_future(ctx: CheckContext) -> Iterator[Finding]:
    h = ctx.doc.header
    if h.date is not None and h.date > ctx.today:
        yield Finding(
            ("header", "date"),
            N_("The meeting date %(date)s is in the future."),
            {"date": h.date.isoformat()},
        )
    if h.published is not None and h.published.date() > ctx.today:
        yield Finding(
            ("header", "published"),
            N_("The publication time %(date)s is in the future."),
            {"date": h.published.date().isoformat()},
        )
    issued = ctx.doc.colophon.printed_on
    if issued is not None and issued > ctx.today:
        yield Finding(
            ISSUED,
            N_("The issue date (印发日期) %(date)s is in the future."),
            {"date": issued.isoformat()},
        )


@rule("issued-before-meeting", Severity.ERROR)
def issued_before_meeting(ctx: CheckContext) -> Iterator[Finding]:
    issued, held = ctx.doc.colophon.printed_on, ctx.doc.header.date
    if issued is not None and held is not None and issued < held:
        yield Finding(
            ISSUED,
            N_("The issue date (印发日期) %(issued)s is before the meeting (%(date)s)."),
            {"issued": issued.isoformat(), "date": held.isoformat()},
        )


@rule("end-before-start", Severity.ERROR)
def end_before_start(ctx: CheckContext) -> Iterator[Finding]:
    h = ctx.doc.header
    if h.start_time is not None and h.end_time is not None and h.end_time < h.start_time:
        yield Finding(
            ("header", "end_time"),
            N_("The meeting ends (%(end)s) before it starts (%(start)s)."),
            {"end": h.end_time.strftime("%H:%M"), "start": h.start_time.strftime("%H:%M")},
        )
