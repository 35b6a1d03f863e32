"""``minutes show FILE``: a short outline of a draft, with sections numbered as printed.

The labels are English (this is a terminal tool); the document's own text is shown as written.
Section numbers come from ``minutes_app.export.numbering``, so they follow position exactly as
the exported document does: 一、（一） in Chinese drafts, 1. (a) in English ones.
"""

from __future__ import annotations

import argparse
import sys

from ..export.numbering import NumberStyle, format_number
from ..model.document import (
    ActionItem,
    AttendeeGroup,
    GroupRole,
    MeetingDocument,
    Motion,
    Person,
    Section,
)
from ..storage import DraftError, load_draft

_WIDTH = 60  # characters of a heading or motion shown before "…"

_ROLE_LABELS = {
    "zh": {
        GroupRole.PRESENT: "出席",
        GroupRole.IN_ATTENDANCE: "列席",
        GroupRole.APOLOGIES: "请假",
        GroupRole.CUSTOM: "其他",
    },
    "en": {
        GroupRole.PRESENT: "Present",
        GroupRole.IN_ATTENDANCE: "In attendance",
        GroupRole.APOLOGIES: "Apologies",
        GroupRole.CUSTOM: "Other",
    },
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "show",
        help="print a short outline of a draft",
        description="Print a draft's title, date, people and numbered sections.",
    )
    parser.add_argument("file", metavar="FILE", help="the draft to show")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    try:
        doc = load_draft(args.file)
    except DraftError as exc:
        print(DraftError(args.file, exc.message, exc.field), file=sys.stderr)
        return 1
    print("\n".join(outline_lines(doc)))
    return 0


def outline_lines(doc: MeetingDocument) -> list[str]:
    """The outline as lines of text (also what tests read to see the live numbering)."""
    zh = doc.header.locale.startswith("zh")
    header, people, body = doc.header, doc.people, doc.body
    lines = [_one_line(header.title or header.meeting_name, 200) or "(untitled draft)"]

    when = " ".join(p for p in (header.date.isoformat() if header.date else "no date", _time_span(doc)) if p)
    if header.place:
        when += f", {header.place}"
    lines.append(f"Date:      {when}")
    style = f"{header.style.value} ({header.locale})"
    if header.issue_number is not None:
        style += f", 第{header.issue_number}期" if zh else f", issue {header.issue_number}"
    lines.append(f"Style:     {style}")
    if header.format.value != "in_person" or header.branch_venues:
        venues = "、".join(header.branch_venues) if zh else ", ".join(header.branch_venues)
        detail = f"{header.format.value.replace('_', ' ')}"
        if header.main_venue:
            detail += f"; main venue: {header.main_venue}"
        if venues:
            detail += f"; branch venues: {venues}"
        lines.append(f"Format:    {detail}")
    if people.presiders:
        lines.append(f"Presider:  {_join([_person(p, zh) for p in people.presiders], zh)}")
    for speaker in people.speakers:
        who = _person(Person(name=speaker.name, title=speaker.title), zh)
        if speaker.contribution:
            who += f"（{speaker.contribution}）" if zh else f" ({speaker.contribution})"
        lines.append(f"Speaker:   {who}")
    if header.recorder:
        lines.append(f"Recorder:  {header.recorder}")
    if header.reporter:
        lines.append(f"Reporter:  {header.reporter}")
    for group in people.groups:
        lines.append(_group_line(group, zh))

    if body.reports:
        lines.append(f"Reports ({len(body.reports)}):")
        lines += [f"  {_one_line(r.speaker)}: {_one_line(r.subject)}" for r in body.reports]
    lines.append(f"Sections ({len(body.sections)}):")
    for n, section in enumerate(body.sections, start=1):
        lines += _section_lines(n, section, zh)
    if body.remarks:
        lines.append(f"Remarks ({len(body.remarks)}):")
        for remark in body.remarks:
            if zh:
                lines.append(f"  {remark.speaker}就{_one_line(remark.topic)}{remark.verb or '强调'}")
            else:
                lines.append(f"  {remark.speaker} {remark.verb or 'said'}: {_one_line(remark.topic)}")
    if body.motions:
        lines.append(f"Motions ({len(body.motions)}):")
        lines += [f"  {_motion(m)}" for m in body.motions]
    if body.action_items:
        lines.append(f"Actions ({len(body.action_items)}):")
        lines += [f"  {_action(a)}" for a in body.action_items]
    if header.next_meeting:
        lines.append(f"Next meeting: {header.next_meeting}")
    return lines


def section_label(n: int, zh: bool) -> str:
    """一、 / 1. for the n-th section."""
    return format_number(n, NumberStyle.ZH_DUN if zh else NumberStyle.ARABIC_DOT)


def _section_lines(n: int, section: Section, zh: bool) -> list[str]:
    number = section_label(n, zh)
    lines = [f"  {number}{'' if zh else ' '}{_heading(section.heading, section.body)}"]
    for i, sub in enumerate(section.sub_items, start=1):
        label = format_number(i, NumberStyle.ZH_PAREN if zh else NumberStyle.LETTER_PAREN)
        lines.append(f"    {label}{'' if zh else ' '}{_heading(sub.heading, sub.body)}")
    lines += [f"    Motion: {_motion(m)}" for m in section.motions]
    lines += [f"    Action: {_action(a)}" for a in section.actions]
    return lines


def _heading(heading: str, body: str) -> str:
    return _one_line(heading) or (f"[{_one_line(body)}]" if body.strip() else "(no heading)")


def _group_line(group: AttendeeGroup, zh: bool) -> str:
    label = group.label or _ROLE_LABELS["zh" if zh else "en"][group.role]
    names = []
    for person in group.people:
        name = person.name or "?"
        if person.note:
            name += f"（{person.note}）" if zh else f" ({person.note})"
        names.append(name)
    listed = f": {_join(names, zh)}" if names else ""
    return f"{label} ({len(group.people)}){listed}"


def _person(person: Person, zh: bool) -> str:
    if not person.name:
        return f"({person.title or 'not set'})"
    if zh:
        return f"{person.title}{person.name}"
    return f"{person.name} ({person.title})" if person.title else person.name


def _motion(motion: Motion) -> str:
    details = [motion.result.value.replace("_", " ")]
    counts = (motion.votes_for, motion.votes_against, motion.abstentions)
    if any(c is not None for c in counts):
        details.append("for {}, against {}, abstentions {}".format(*(c or 0 for c in counts)))
    if motion.mover:
        details.append(f"moved by {motion.mover}")
    if motion.seconder:
        details.append(f"seconded by {motion.seconder}")
    return f"{_one_line(motion.text) or '(no wording)'} ({'; '.join(details)})"


def _action(action: ActionItem) -> str:
    details = [d for d in (action.owner, f"due {action.due}" if action.due else "") if d]
    suffix = f" ({', '.join(details)})" if details else ""
    return f"{_one_line(action.text) or '(no text)'}{suffix}"


def _time_span(doc: MeetingDocument) -> str:
    start, end = doc.header.start_time, doc.header.end_time
    if start and end:
        return f"{start:%H:%M}–{end:%H:%M}"
    return f"{start:%H:%M}" if start else ""


def _join(items: list[str], zh: bool) -> str:
    return ("、" if zh else ", ").join(items)


def _one_line(text: str, width: int = _WIDTH) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
