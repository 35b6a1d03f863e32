"""``minutes show FILE``: a short outline of a draft, with sections numbered as printed.

The labels are English (this is a terminal tool); the document's own text is shown as written.
Section numbers come from the style's numbering plan (``minutes_app.model.numbering``), the
one the exporters follow: 一、（一） in a Chinese 纪要, 一是 in a news report, 1. (a) in English
board minutes (from 2. when the reports heard are item 1); an empty section, which does not
print, shows "–".
"""

from __future__ import annotations

import argparse
import sys

from ..model.document import (
    ActionItem,
    AttendeeGroup,
    GroupRole,
    MeetingDocument,
    Motion,
    Person,
    Section,
)
from ..model.numbering import NumberingPlan, format_number, numbering_plan
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
    return [
        *_header_lines(doc, zh),
        *_people_lines(doc, zh),
        *_body_lines(doc, zh),
    ]


def _header_lines(doc: MeetingDocument, zh: bool) -> list[str]:
    header = doc.header
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
        lines.append(f"Format:    {_format_detail(doc, zh)}")
    return lines


def _format_detail(doc: MeetingDocument, zh: bool) -> str:
    header = doc.header
    venues = "、".join(header.branch_venues) if zh else ", ".join(header.branch_venues)
    detail = f"{header.format.value.replace('_', ' ')}"
    if header.main_venue:
        detail += f"; main venue: {header.main_venue}"
    if venues:
        detail += f"; branch venues: {venues}"
    return detail


def _people_lines(doc: MeetingDocument, zh: bool) -> list[str]:
    header, people = doc.header, doc.people
    lines = []
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
    lines += [_group_line(group, zh) for group in people.groups]
    return lines


def _body_lines(doc: MeetingDocument, zh: bool) -> list[str]:
    body = doc.body
    lines = []
    if body.reports:
        lines.append(f"Reports ({len(body.reports)}):")
        lines += [f"  {_one_line(r.speaker)}: {_one_line(r.subject)}" for r in body.reports]
    lines.append(f"Sections ({len(body.sections)}):")
    plan = numbering_plan(doc.header.style)
    labels = plan.section_labels(doc, zh)
    for i, section in enumerate(body.sections):
        lines += _section_lines(labels.get(i, "–"), section, plan, zh)
    if body.remarks:
        lines.append(f"Remarks ({len(body.remarks)}):")
        lines += [f"  {_remark(remark, zh)}" for remark in body.remarks]
    if body.motions:
        lines.append(f"Motions ({len(body.motions)}):")
        lines += [f"  {_motion(m)}" for m in body.motions]
    if body.action_items:
        lines.append(f"Actions ({len(body.action_items)}):")
        lines += [f"  {_action(a)}" for a in body.action_items]
    if doc.header.next_meeting:
        lines.append(f"Next meeting: {doc.header.next_meeting}")
    return lines


def _remark(remark, zh: bool) -> str:
    if zh:
        return f"{remark.speaker}就{_one_line(remark.topic)}{remark.verb or '强调'}"
    return f"{remark.speaker} {remark.verb or 'said'}: {_one_line(remark.topic)}"


def _section_lines(number: str, section: Section, plan: NumberingPlan, zh: bool) -> list[str]:
    glue = "" if zh else " "
    lines = [f"  {number}{glue}{_heading(section.heading, section.body)}"]
    style = plan.sub_item_style(zh)
    labels = {j: format_number(m, style, chinese_text=zh) for m, j, _s in plan.sub_items(section)}
    for j, sub in enumerate(section.sub_items):
        label = labels.get(j, "–")
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
