"""State shared by the Chinese and English recognisers while they fill one document."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model.document import (
    MAX_TEXT,
    ActionItem,
    AttendeeGroup,
    GroupRole,
    Header,
    MeetingDocument,
    Motion,
    Person,
    Section,
    SubItem,
    field_values,
)
from .lines import Line
from .outline import INLINE_FORMS, Form, Marker, Outline
from .result import N_, ImportWarning, preview

# The state a line is compared by: the header's values, its lists' lengths (a list changed in
# place still equals itself), the rest's tokens, the number of sections and the open one's
# sizes. The header seldom changes after its lines, so most lines compare short tuples.
_HEADER_NAMES = tuple(f"header.{name}" for name in Header.__struct_fields__)
_HEADER_LIST_NAMES = ("header.deck", "header.branch_venues")
_REST_NAMES = (
    "people.presiders",
    "people.speakers",
    "people.groups",
    "body.reports",
    "body.remarks",
    "body.motions",
    "body.action_items",
    "body.closing_notes",
    "body.free_paragraphs",
    "body.requirements_by",
    "body.requirements_topic",
)
_NAMED_PARTS = (_HEADER_NAMES, _HEADER_LIST_NAMES, _REST_NAMES)


def _sizes(section: Section) -> tuple[object, ...]:
    """Tokens of a section that change when a line adds to it."""
    subs, motions = section.sub_items, section.motions
    return (
        len(section.heading),
        len(section.body),
        len(subs),
        len(subs[-1].body) if subs else 0,
        len(motions),
        len(section.actions),
        (motions[-1].result, motions[-1].mover) if motions else None,
    )


class Builder:
    """The document being filled, the warnings, and where new item text goes."""

    def __init__(self, warnings: list[ImportWarning]) -> None:
        self.doc = MeetingDocument()
        self.header = self.doc.header
        self.people = self.doc.people
        self.body = self.doc.body
        self.warnings = warnings
        self.outline = Outline()
        self.section: Section | None = None
        self.sub_item: SubItem | None = None
        self.item_form: Form | None = None  # form of the open top-level item
        self.items_speaker = ""  # "X强调：" before a list: the speaker of its sections
        self.next_lead_in = ""  # "会议指出，" before a list: the lead-in of its first section
        # Unplaced paragraphs after a self-contained item (一是…): they join that item when
        # the list continues, else become free paragraphs.
        self._pending: list[Line] = []
        self.date_found: dt.date | None = None
        # What each source line fed, for the as-written record (see ``begin``).
        self.trace: list[tuple[Line, set[str]]] = []
        self._reading: Line | None = None
        self._state: tuple[object, ...] = ()
        self._fed: set[str] = set()

    # -- the as-written record -------------------------------------------------------------

    def begin(self, line: Line) -> None:
        """Start reading ``line``: what the previous line changed is recorded as its feeds."""
        if line is self._reading:
            return
        after = self.end_line()  # nothing changes between lines: the end state is the start
        self._reading = line
        self._state = after if after is not None else self._tracked()

    def end_line(self) -> tuple[object, ...] | None:
        """Record what the line being read fed; the state after it (None when none was read)."""
        if self._reading is None:
            return None
        before, after = self._state, self._tracked()
        fed = self._fed
        if before != after:  # name what changed
            for names, old_part, new_part in zip(_NAMED_PARTS, before, after[:3], strict=False):
                if old_part != new_part:
                    fed.update(
                        name
                        for name, old, new in zip(names, old_part, new_part, strict=True)
                        if old != new
                    )
            before_count, count = before[3], after[3]
            # the new sections, and the one open before when it grew (compared with itself:
            # after a new section, the last one is another)
            grew = False
            if before_count:
                now = after[4] if count == before_count else _sizes(self.body.sections[before_count - 1])
                grew = before[4] != now
            first = before_count - 1 if grew else before_count
            for index in range(max(0, first), count):
                fed.add(f"body.sections[{index}]")
        if not fed and self.section is not None:  # a paragraph held inside the open item
            fed.add(f"body.sections[{len(self.body.sections) - 1}]")
        self.trace.append((self._reading, fed))
        self._reading, self._fed = None, set()
        return after

    def feed(self, path: str) -> None:
        """The current line fed ``path`` in a way the state comparison cannot see."""
        self._fed.add(path)

    def _tracked(self) -> tuple[object, ...]:
        """Cheap tokens of every field a line can fill (see ``_NAMED_PARTS``): values, lengths
        for lists, the open (last) section's sizes."""
        h, p, b = self.header, self.people, self.body
        remark = (len(b.remarks), len(b.remarks[-1].text)) if b.remarks else 0
        motion = (len(b.motions), b.motions[-1].result, b.motions[-1].mover) if b.motions else 0
        last = _sizes(b.sections[-1]) if b.sections else None
        rest = (
            len(p.presiders),
            len(p.speakers),
            (len(p.groups), sum(len(g.people) + len(g.note) for g in p.groups)),
            len(b.reports),
            remark,
            motion,
            len(b.action_items),
            len(b.closing_notes),
            len(b.free_paragraphs),
            b.requirements_by,
            b.requirements_topic,
        )
        lists = (len(h.deck), len(h.branch_venues))
        return field_values(h), lists, rest, len(b.sections), last

    def as_written(self) -> list[tuple[str, list[str]]]:
        """Each source line read, in order, with the draft fields it fed."""
        self.end_line()
        out = []
        for line, fed in self.trace:
            out.append((line.text, sorted(fed)))
        return out

    # -- warnings and free text ------------------------------------------------------------

    def warn(self, line: int | None, template: str, **params: Any) -> None:
        """Record a warning; ``template`` is marked with ``N_`` and filled with ``params``."""
        self.warnings.append(ImportWarning.of(line, template, **params))

    def free(self, line: Line | int, text: str | None = None) -> None:
        number = line if isinstance(line, int) else line.no
        text = text if text is not None else line.text  # type: ignore[union-attr]
        self.body.free_paragraphs.append(text)
        self.warn(
            number, N_("not recognised, kept as a free paragraph: “%(text)s”"), text=preview(text)
        )

    def hold(self, line: Line) -> None:
        """An unplaced paragraph right after a self-contained item: decide later."""
        self._pending.append(line)

    def flush(self) -> None:
        """The list did not continue: held paragraphs become free paragraphs."""
        for line in self._pending:
            self.free(line)
        self._pending.clear()

    # -- items -----------------------------------------------------------------------------

    @property
    def open_for_continuation(self) -> bool:
        """Do plain paragraphs continue the current item? Yes for heading forms (一、 1.)."""
        return self.section is not None and self.item_form not in INLINE_FORMS

    def close_items(self) -> None:
        self.flush()
        self.section = None
        self.sub_item = None
        self.item_form = None
        self.outline = Outline()

    def place_marker(self, marker: Marker) -> int | None:
        """Depth of ``marker`` in the outline (None: not an item here), updating the state."""
        depth = self.outline.place(marker)
        if depth is None:
            return None
        if depth == 0 and self._pending and self.section is not None:
            for line in self._pending:  # the list went on: they belonged to the last item
                self.append_text(line.text)
            self._pending.clear()
        else:
            self.flush()
        return depth

    def add_section(self, heading: str, body: str, form: Form, marker: str = "") -> Section:
        section = Section(
            heading=heading,
            body=body,
            speaker=self.items_speaker,
            lead_in=self.next_lead_in,
            marker=marker,
        )
        self.next_lead_in = ""
        self.body.sections.append(section)
        self.section = section
        self.sub_item = None
        self.item_form = form
        return section

    def add_sub_item(self, heading: str, body: str, marker: str = "") -> SubItem:
        if self.section is None:  # a sub-item form with no section above it
            self.add_section("", "", Form.ZH_DUN)
        assert self.section is not None
        sub = SubItem(marker=marker, heading=heading, body=body)
        self.section.sub_items.append(sub)
        self.sub_item = sub
        return sub

    def append_text(self, text: str, line: int | None = None) -> None:
        """A continuation paragraph of the open item (sub-item first)."""
        target = self.sub_item if self.sub_item is not None else self.section
        assert target is not None
        if len(target.body) + len(text) >= MAX_TEXT:  # no item is this long: keep it apart
            self.free(line or 0, text)
            return
        target.body = f"{target.body}\n{text}" if target.body else text

    def add_motion(self, motion: Motion) -> None:
        (self.section.motions if self.section is not None else self.body.motions).append(motion)

    def last_motion(self) -> Motion | None:
        motions = self.section.motions if self.section is not None else self.body.motions
        return motions[-1] if motions else None

    def add_action(self, action: ActionItem) -> None:
        target = self.section.actions if self.section is not None else self.body.action_items
        target.append(action)

    # -- people ----------------------------------------------------------------------------

    def add_group(
        self, role: GroupRole, people: list[Person], label: str = "", note: str = ""
    ) -> None:
        for group in self.people.groups:
            if group.role == role and group.label == label:
                listed = {p.name for p in group.people}  # named again further on: once
                group.people.extend(p for p in people if not p.name or p.name not in listed)
                if note:
                    group.note = f"{group.note}；{note}" if group.note else note
                return
        group = AttendeeGroup(role=role, label=label, people=people, note=note)
        self.people.groups.append(group)

    def known_name(self, text: str) -> bool:
        names = {p.name for p in self.people.presiders} | {s.name for s in self.people.speakers}
        return text in names
