"""Who chaired and who came, in English minutes.

Labelled lines (Present:, Apologies:, In attendance:, Chair:, Minutes taken by:, and the
names a line each under a bare label), attendance sentences ("X, Y and Z were present.",
"Apologies were received from …") and the opening sentence that names the chair ("The
meeting was called to order at 6:02 p.m. by …").
"""

from __future__ import annotations

import re

from ..model.document import GroupRole, Person, copy_deep
from .dates import find_times
from .english_header import EnglishHeaderLines, strip_stop, strip_times
from .english_patterns import (
    APOLOGIES_SENTENCE,
    CALLED_BY,
    CHAIR_LABEL,
    IN_THE_CHAIR,
    LABEL,
    META_LABEL,
    NEXT_LABEL,
    OPENED,
    PEOPLE_LABELS,
    PROSE_ATTENDANCE,
    PROSE_START,
    PUBLIC,
    RECORDER_LABEL,
    SHARED_TITLE,
    THE_TITLE_NAME,
    TITLE_THEN_NAME,
)
from .lines import Line
from .outline import match_marker
from .people import looks_like_english_name, parse_people


class EnglishAttendance(EnglishHeaderLines):
    """The people of English minutes: the chair, the attendance groups, the minute taker."""

    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.label_continues: tuple[str, int] | None = None  # "Present:" with names below

    # -- labelled lines ------------------------------------------------------------------------

    def _labelled(self, line: Line) -> bool:
        match = LABEL.match(line.text)
        if not match:
            return False
        label = " ".join(match["label"].split())
        value = match["value"].strip()
        if META_LABEL.match(line.text):
            self._meta(line)
            return True
        if NEXT_LABEL.match(label):
            self.header.next_meeting = strip_stop(value)
            return True
        if RECORDER_LABEL.match(label):
            self.header.recorder = value.rstrip(".")
            return True
        if CHAIR_LABEL.match(label):
            self.people.presiders.extend(parse_people(value, english=True))
            return True
        for pattern, role, group_label in PEOPLE_LABELS:
            if pattern.match(label):
                if value:
                    self._people(role, group_label or _as_written(label, role), value)
                else:
                    self.label_continues = (label, line.no)
                return True
        return False

    def _people(self, role: GroupRole, label: str, value: str) -> None:
        """ "Cllrs. B. Smith in the Chair, J Jones and 4 members of the public": the chair, the
        people (a shared "Cllrs" is each one's title) and who else came, as the group's note."""
        title = ""
        shared = SHARED_TITLE.match(value)
        if shared:
            title, value = shared["title"].rstrip("sS"), value[shared.end() :]
        titled = THE_TITLE_NAME.match(value)  # "the Executive Director, Linda Park"
        if titled:
            self.add_group(role, [Person(name=titled["name"], title=titled["title"])], label)
            return
        chair = IN_THE_CHAIR.match(value)
        chair_people: list[Person] = []
        if chair:
            chair_people = parse_people(chair["who"], english=True)[:1]
            for person in chair_people:
                person.title = person.title or title
                person.note = person.note or "in the Chair"
            self.people.presiders.extend(copy_deep(chair_people))
            value = value[chair.end() :]
        value, note = _split_public(value)
        people = parse_people(value, english=True) if value else []
        for person in people:
            person.title = person.title or title
        if chair_people or people or note:  # "Apologies: none" gives no one
            self.add_group(role, chair_people + people, label, note)

    def _prose_attendance(self, text: str) -> bool:
        """ "X, Y and Z were present." / "Also in attendance was the Clerk, Mrs K. Brown." """
        # Each pattern opens with its words or ends in "present" / "attendance": test that
        # first (two of them scan a whole long line before they fail).
        if not (
            PROSE_START.match(text)
            or text.rstrip(". ").lower().endswith(("present", "attendance"))
        ):
            return False
        for pattern, role in PROSE_ATTENDANCE:
            match = pattern.match(text)
            if match:
                self._people(role, "", match["list"])
                return True
        return False

    def _label_continuation(self, line: Line) -> bool:
        """One person a line under a bare "Present:" label."""
        assert self.label_continues is not None
        text = line.text
        if LABEL.match(text) or match_marker(text) or len(text) > 100 or text.endswith("."):
            return False
        people = parse_people(text, english=True)
        if not people or not all(looks_like_english_name(p.name) for p in people):
            return False
        label = self.label_continues[0]
        for pattern, role, group_label in PEOPLE_LABELS:
            if pattern.match(label):
                self.add_group(role, people, group_label or _as_written(label, role))
        return True

    def _apologies(self, text: str) -> bool:
        match = APOLOGIES_SENTENCE.match(text)
        if not match:
            return False
        self.add_group(GroupRole.APOLOGIES, parse_people(match["list"], english=True))
        return True

    # -- the opening sentence --------------------------------------------------------------------

    def _opened(self, text: str, line: Line, consume: bool) -> bool:
        called = CALLED_BY.match(text)  # "The meeting was called to order at 6:02 p.m. by …"
        if called:
            time = find_times(called["time"] or "")
            if time:
                self.header.start_time = time[0].time
            who = TITLE_THEN_NAME.match(called["who"])
            person = (
                Person(name=who["name"], title=who["title"])
                if who
                else Person(name=called["who"], title=self._title_in_lists(called["who"]))
            )
            if not self.people.presiders:
                self.people.presiders.append(person)
            return consume
        match = OPENED.match(text)
        if not match:
            return False
        rest = match["rest"] or ""
        time = find_times(rest)
        if time:  # the time it opened beats the time it was called for
            self.header.start_time = time[0].time
        who = (match["name"] or "").strip() or match["who"]
        if (
            not re.match(r"^chair", who, re.I)
            and looks_like_english_name(who)
            and not self.people.presiders
        ):
            self.people.presiders.append(Person(name=who, title=self._title_in_lists(who)))
        return consume and not strip_times(rest).strip(" .,;")

    def _title_in_lists(self, name: str) -> str:
        """The title an attendance list gave ``name`` ("Maria Lopez (President)"), else Chair."""
        for group in self.people.groups:
            for person in group.people:
                if person.name == name and person.title:
                    return person.title
        return "Chair"


def _split_public(value: str) -> tuple[str, str]:
    """ "Mrs K. Brown (Clerk) and 4 members of the public" -> the people, and the rest as
    written: who came without being listed."""
    match = PUBLIC.search(value)
    if not match:
        return value, ""
    return value[: match.start()].strip(" ,;"), match["note"].strip(" .")


def _as_written(label: str, role: GroupRole) -> str:
    """The group's label as the minutes wrote it (Apologies, Also present); plain "Present"
    needs none."""
    return "" if role == GroupRole.PRESENT and label.lower() == "present" else label
