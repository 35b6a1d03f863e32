"""What each style cannot go without: title, meeting name, date, presider, 出席 / Present;
and what English minutes record: apologies, and each motion's mover, seconder and result."""

from __future__ import annotations

from collections.abc import Iterator

from ..model.document import DocumentStyle, GroupRole, MotionResult
from .context import CheckContext
from .problems import N_, Severity
from .registry import Finding, rule

ERROR = Severity.ERROR
WARNING = Severity.WARNING

# The styles that print each element (news reports carry no attendance block).
NEEDS_PRESENT = {DocumentStyle.JIYAO, DocumentStyle.BOARD}


@rule("title-missing", ERROR)
def title_missing(ctx: CheckContext) -> Iterator[Finding]:
    h = ctx.doc.header
    if h.title.strip() or h.meeting_name.strip():
        return
    if ctx.style == DocumentStyle.JIYAO and h.organisation.strip():
        return  # the red mark reads 机构 + 纪要
    yield Finding(
        ("header", "title"),
        N_("The document has no title: fill in the title or the meeting name."),
    )


@rule("meeting-name-missing", ERROR)
def meeting_name_missing(ctx: CheckContext) -> Iterator[Finding]:
    if not ctx.doc.header.meeting_name.strip():
        yield Finding(
            ("header", "meeting_name"),
            N_("The meeting name is empty: the opening sentence would name no meeting."),
        )


@rule("date-missing", ERROR)
def date_missing(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.doc.header.date is None:
        yield Finding(("header", "date"), N_("The meeting date is missing."))


@rule("presider-missing", ERROR)
def presider_missing(ctx: CheckContext) -> Iterator[Finding]:
    if not any(p.name.strip() for p in ctx.doc.people.presiders):
        yield Finding(("people", "presiders"), N_("Nobody presides: add the presider (chair)."))


@rule("present-missing", ERROR)
def present_missing(ctx: CheckContext) -> Iterator[Finding]:
    if ctx.style not in NEEDS_PRESENT:
        return
    groups = ctx.doc.people.groups
    if not any(g.role == GroupRole.PRESENT and any(p.name.strip() for p in g.people) for g in groups):
        yield Finding(
            ("people", "groups"),
            N_("Nobody is listed as present (出席): add a group with the role “present”."),
        )


@rule("apologies-missing", WARNING)
def apologies_missing(ctx: CheckContext) -> Iterator[Finding]:
    if not ctx.english or ctx.style != DocumentStyle.BOARD:
        return
    if not any(g.role == GroupRole.APOLOGIES for g in ctx.doc.people.groups):
        yield Finding(
            ("people", "groups"),
            N_("No apologies are recorded: add an apologies group (it may say “None”)."),
        )


@rule("motion-incomplete", ERROR)
def motion_incomplete(ctx: CheckContext) -> Iterator[Finding]:
    if not ctx.english:
        return
    body = ctx.doc.body
    lists = [(("body", "sections", i, "motions"), s.motions) for i, s in enumerate(body.sections)]
    lists.append((("body", "motions"), body.motions))
    for base, motions in lists:
        for i, motion in enumerate(motions):
            if not motion.mover.strip():
                yield Finding((*base, i, "mover"), N_("The motion names no mover."))
            if not motion.seconder.strip():
                yield Finding((*base, i, "seconder"), N_("The motion names no seconder."))
            if motion.result == MotionResult.PENDING:
                yield Finding((*base, i, "result"), N_("The motion has no result."))
