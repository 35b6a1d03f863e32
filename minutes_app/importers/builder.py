"""State shared by the Chinese and English recognisers while they fill one document."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..model.document import (
    MAX_TEXT,
    ActionItem,
    AttendeeGroup,
    GroupRole,
    MeetingDocument,
    Motion,
    Person,
    Section,
    SubItem,
)
from .lines import Line
from .outline import INLINE_FORMS, Form, Marker, Outline
from .result import N_, ImportWarning, preview


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
        # Unplaced paragraphs after a self-contained item (一是…): they join that item when
        # the list continues, else become free paragraphs.
        self._pending: list[Line] = []
        self.date_found: dt.date | None = None

    # -- warnings and free text ------------------------------------------------------------

    def warn(self, line: int | None, template: str, **params: Any) -> None:
        """Record a warning; ``template`` is marked with ``N_`` and filled with ``params``."""
        self.warnings.append(ImportWarning.of(line, template, **params))

    def free(self, line: Line | int, text: str | None = None) -> None:
        number = line if isinstance(line, int) else line.no
        text = text if text is not None else line.text  # type: ignore[union-attr]
        self.body.free_paragraphs.append(text)
        self.warn(number, N_("not recognised, kept as a free paragraph: “%(text)s”"), text=preview(text))

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

    def add_section(self, heading: str, body: str, form: Form) -> Section:
        section = Section(heading=heading, body=body, speaker=self.items_speaker)
        self.body.sections.append(section)
        self.section = section
        self.sub_item = None
        self.item_form = form
        return section

    def add_sub_item(self, heading: str, body: str) -> SubItem:
        if self.section is None:  # a sub-item form with no section above it
            self.add_section("", "", Form.ZH_DUN)
        assert self.section is not None
        sub = SubItem(heading=heading, body=body)
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

    def add_group(self, role: GroupRole, people: list[Person], label: str = "") -> None:
        for group in self.people.groups:
            if group.role == role and group.label == label:
                group.people.extend(people)
                return
        self.people.groups.append(AttendeeGroup(role=role, label=label, people=people))

    def known_name(self, text: str) -> bool:
        names = {p.name for p in self.people.presiders} | {s.name for s in self.people.speakers}
        return text in names
