"""Recognisers for English minutes (board, committee, trustees, parish council).

Top lines give the organisation, the "Minutes of the … Meeting" title and a date/time/place
line; labelled lines give the chair, attendance and minute taker; numbered items (1., (a),
1.1, Item 3:) carry their text, motions (Resolved:/RESOLVED that …/Motion:) with mover,
seconder, result and votes, and actions ("Action: Jane Roe to … by 30 May 2024"). Closing
lines give the closing time and the next meeting.

This module holds the parser itself: the order each line is tried in, the items, motions and
actions, and what is settled after the last line. The header lines are read by
``english_header``, the people by ``english_attendance``, whole-text evidence by
``english_prescan``, motions and actions by ``english_decisions``; the patterns are in
``english_patterns``.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model.document import GroupRole, copy_deep
from .dates import find_dates
from .english_attendance import EnglishAttendance
from .english_decisions import parse_action, parse_motion, take_motion_detail
from .english_patterns import (
    ACTION_LOG,
    DECISION_START,
    PRESENTED_BY,
    PROCEDURE_LABEL,
    SIGNATURE,
)
from .english_prescan import (
    bare_headings,
    forms_with_second_item,
    officers_above_title,
    spelling_evidence,
)
from .lines import Line
from .outline import Form, Marker, english_heading_and_body, match_marker
from .result import N_, preview

# How the board style labels each role (export.labels); a label read as these is not kept.
_GB_LABELS = {
    GroupRole.PRESENT: "Present",
    GroupRole.APOLOGIES: "Apologies",
    GroupRole.IN_ATTENDANCE: "In attendance",
}
_US_LABELS = {**_GB_LABELS, GroupRole.APOLOGIES: "Absent"}


class EnglishParser(EnglishAttendance):
    """English minutes read into a ``MeetingDocument``, a line at a time."""

    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.top = True  # still among the title lines
        self.allowed_forms: set[Form] = set()
        self.actions_seen: set[tuple[str, str]] = set()
        self.spelling = 0  # American spellings less British ones
        self.site_officers: set[int] = set()  # "Chairman: …" lines of a web page above the title
        self.bare_headings: set[int] = set()  # "Old Business" lines of minutes without numbers

    def run(self, lines: list[Line]) -> None:
        markers = [match_marker(line.text) for line in lines]  # read once, used twice
        self.allowed_forms = forms_with_second_item(markers)
        self.spelling = spelling_evidence(lines)
        self.site_officers = officers_above_title(lines)
        if not any(markers):
            self.bare_headings = bare_headings(lines)
        for line, marker in zip(lines, markers, strict=True):
            self.begin(line)
            self._line(line, marker)
        self.flush()
        self.end_line()
        self._finish()

    # -- dispatch ----------------------------------------------------------------------------

    def _line(self, line: Line, marker: Marker | None) -> None:
        if self.label_continues and self._label_continuation(line):
            return
        self.label_continues = None
        if self._set_apart(line) or self._framing(line):
            return
        self.top = False
        if not self._business(line, marker):
            self._prose(line)

    def _set_apart(self, line: Line) -> bool:
        """Lines settled before anything else: a site's officers above the title, the sentence
        after a procedural label, a bare heading, a signature line."""
        text = line.text
        if line.no in self.site_officers:  # a site's list of officers, not who attended
            self.body.free_paragraphs.append(text)
            self.warn(
                line.no,
                N_("above the minutes' title, not read as attendance: “%(text)s”"),
                text=preview(text),
            )
            return True
        procedure = PROCEDURE_LABEL.match(text)
        if procedure:  # the sentence after the label, as if it stood alone
            said = Line(line.no, text[procedure.end() :], line.blank_before, line.indented)
            if self._opened(said.text, said, consume=True) or self._closing(said):
                self.top = False
                return True
        if line.no in self.bare_headings and not self.top:
            self.close_items()
            self.add_section(text, "", Form.HEADING)
            return True
        if SIGNATURE.match(text):  # every alternative is anchored
            # It stands for the style's own approval and signature lines: printed as written
            # in their place until the clerk edits the signatories.
            self.feed("people.signatories")
            return True
        return False

    def _framing(self, line: Line) -> bool:
        """An action log's caption, labelled lines, attendance sentences and the title zone."""
        text = line.text
        if ACTION_LOG.match(text):
            self.close_items()
            self.top = False
            return True
        if self._labelled(line):
            self.top = False
            return True
        if self._apologies(text) or self._prose_attendance(text):  # also among the top lines
            self.top = False
            return True
        return self.top and self._title_line(line)

    def _business(self, line: Line, marker: Marker | None) -> bool:
        """Numbered items, motions and actions, the closing lines and the meeting's format."""
        text = line.text
        if marker is not None and self._item(line, marker):
            return True
        if DECISION_START.match(text) and (
            self._motion(line) or self._motion_detail(line) or self._action(line)
        ):
            return True
        if self._closing(line):
            return True
        if self._format(text):  # "The meeting was held by video conference." ends the items
            self.close_items()
            return True
        return False

    def _prose(self, line: Line) -> None:
        """An item's text (or who presented it), the opening and attendance sentences, else
        free text."""
        text = line.text
        if self.section is not None:
            presented = PRESENTED_BY.match(text)
            if presented and not self.section.body and not self.section.speaker:
                self.section.speaker = presented["who"]
                return
            self._opened(text, line, consume=False)
            self.append_text(text)
            return
        if (
            self._opened(text, line, consume=True)
            or self._apologies(text)
            or self._prose_attendance(text)
        ):
            return
        self.free(line)

    # -- items ------------------------------------------------------------------------------

    def _item(self, line: Line, marker: Marker) -> bool:
        if marker.form not in self.allowed_forms:
            return False
        depth = self.place_marker(marker)
        if depth is None:
            return False
        heading, body = english_heading_and_body(marker.rest)
        if depth == 0:
            section = self.add_section(heading, body, marker.form, marker.marker)
            if marker.form is Form.MINUTE:  # the council's own reference: 25/03, 2403-01
                section.minute_ref = re.sub(r"^minute\s+", "", marker.marker, flags=re.I)
        elif depth == 1:
            self.add_sub_item(heading, body, marker.marker)
        else:
            self.append_text(line.text)
        return True

    # -- motions and actions -------------------------------------------------------------------

    def _motion(self, line: Line) -> bool:
        motion = parse_motion(line.text)
        if motion is None:
            return False
        self.add_motion(motion)
        return True

    def _motion_detail(self, line: Line) -> bool:
        """A line after a motion: "Proposed by X, seconded by Y. Carried unanimously." / "Result: Lost"."""
        motion = self.last_motion()
        return motion is not None and take_motion_detail(motion, line.text)

    def _action(self, line: Line) -> bool:
        """ "Action: Jane Roe to circulate the draft by 30 May 2024" / "Action: … (owner: X; due Y)"."""
        action = parse_action(line.text, self._due)
        if action is None:
            return False
        key = (action.text, action.owner)
        if key in self.actions_seen:  # the action table at the end repeats the items' actions
            return True
        self.actions_seen.add(key)
        self.add_action(action)
        return True

    def _due(self, text: str) -> dt.date | None:
        found = find_dates(text)
        if not found:
            return None
        return found[0].resolve(self.header.date)

    # -- prose ----------------------------------------------------------------------------------

    # -- after the last line -------------------------------------------------------------------

    def _finish(self) -> None:
        # American only with evidence: dates written month first, or American spelling.
        if self.month_first - self.day_first + self.spelling > 0:
            self.header.locale = "en_US"
        # A label that reads as the locale prints it needs no override.
        printed = _US_LABELS if self.header.locale == "en_US" else _GB_LABELS
        for group in self.people.groups:
            if group.label.lower() == printed.get(group.role, "").lower():
                group.label = ""
        if not self.people.presiders:
            for group in self.people.groups:
                for person in group.people:
                    if re.fullmatch(r"chair(?:man|woman|person)?", person.title, re.I):
                        self.people.presiders.append(copy_deep(person))
                        return
