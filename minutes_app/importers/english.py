"""Recognisers for English minutes (board, committee, trustees, parish council).

Top lines give the organisation, the "Minutes of the … Meeting" title and a date/time/place
line; labelled lines give the chair, attendance and minute taker; numbered items (1., (a),
1.1, Item 3:) carry their text, motions (Resolved:/RESOLVED that …/Motion:) with mover,
seconder, result and votes, and actions ("Action: Jane Roe to … by 30 May 2024"). Closing
lines give the closing time and the next meeting.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model.document import DocumentStyle, GroupRole, MeetingFormat, Person, copy_deep
from .builder import Builder
from .dates import find_dates, find_times, time_range
from .english_decisions import parse_action, parse_motion, take_motion_detail
from .lines import Line
from .outline import Form, Marker, english_heading_and_body, match_marker
from .people import looks_like_english_name, parse_people
from .result import N_, preview

_PEOPLE_LABELS = (
    (
        re.compile(
            r"^(?:present|attendees|attending|attendance|(?!also\b|not\b)(?:[a-z]+\s+){1,2}present)$",  # Board members present
            re.I,
        ),
        GroupRole.PRESENT,
        "",
    ),
    (
        re.compile(
            r"^(?:apologies(?: for absence)?(?: received)?(?: from)?|apologies received)$", re.I
        ),
        GroupRole.APOLOGIES,
        "",
    ),
    (
        re.compile(
            r"^(?:in attendance|also present|also attending|guests?|observers?|by invitation)$",
            re.I,
        ),
        GroupRole.IN_ATTENDANCE,
        "",
    ),
    (
        re.compile(r"^(?:absent|not present|absent without apologies|(?:[a-z]+\s+){1,2}absent)$", re.I),
        GroupRole.CUSTOM,
        "Absent",
    ),
    (  # American boards: absent with notice, printed as written
        re.compile(r"^(?:excused|(?:[a-z]+\s+){1,2}excused|excused absences?)$", re.I),
        GroupRole.APOLOGIES,
        "",
    ),
)
# "Call to Order: Karen Lee called the meeting to order at 7:03 PM." / "Adjournment: …"
_PROCEDURE_LABEL = re.compile(
    r"^(?:call to order|opening|welcome|adjournment|adjourn|close of (?:the )?meeting|closing)"
    r"\s*:\s*(?=\S)",
    re.I,
)
# An unnumbered heading ("Old Business", "Treasurer's Report"): a few capitalised words.
_BARE_HEADING = re.compile(
    r"^[A-Z][\w'’&/-]*(?:\s+(?:[A-Z0-9][\w'’&/-]*|of|and|the|to|for|in|on|a|an|&))" r"{0,6}$"
)
_LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,40}?)\s*:\s*(?P<value>.*)$")
_RECORDER_LABEL = re.compile(
    r"^(?:minutes(?: taken by)?|minute[- ]?taker|note[- ]?taker|recorder|clerk|recording secretary)$",
    re.I,
)
_CHAIR_LABEL = re.compile(
    r"^(?:chair|chairman|chairwoman|chairperson|chaired by|in the chair|presiding|presiding officer)$",
    re.I,
)
_META_LABEL = re.compile(
    r"\b(?P<label>date|time|place|venue|location|where|when|held at|held in|meeting place"
    r"|meeting type)\s*:\s*",
    re.I,
)
_NEXT_LABEL = re.compile(r"^(?:date of (?:the )?next meeting|next meeting)$", re.I)
_PLACE_LABEL = re.compile(r"^(?:place|venue|location|where|held at|held in|meeting place)$", re.I)

_MINUTES_TITLE = re.compile(
    r"^(?:(?P<org>.+?)\s*[–—:|-]\s*)?minutes\s+of\s+(?:the\s+)?(?P<meeting>.+?)"
    r"(?:,?\s+held\s+(?P<held>.+))?$",
    re.I,
)
_MINUTES_SUFFIX = re.compile(r"^(?P<meeting>.+?)(?:\s*[–—:|-]\s*|\s+)minutes$", re.I)
_MEETING_OF = re.compile(r"^(?P<meeting>(?:[\w-]+\s+){0,3}?meeting)\s+of\s+(?:the\s+)?(?P<org>.+)$", re.I)
_MINUTES_STATE = re.compile(r"^(?:draft|approved|unapproved|signed|final)$", re.I)  # "Draft Minutes"
_HELD = re.compile(r"^(?:held\s+)?(?:on\s+)?", re.I)
_PLACE_AFTER = re.compile(r"(?:^|,|\s)(?:at|in|venue:?)\s+(?:the\s+)?(?P<place>[A-Z0-9].*?)\.?$")
_OPENED = re.compile(
    r"^(?:the\s+)?(?P<who>chair(?:man|woman|person)?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s*(?P<name>[^,]+),)?\s+(?:opened the meeting|declared the meeting open|opened proceedings|"
    r"welcomed [^.]*? and opened the meeting|called the meeting to order)(?P<rest>.*)$",
    re.I,
)
_CALLED_BY = re.compile(
    r"^the meeting was (?:called to order|opened)(?P<time>\s+at\s+[^,]+?)?\s+by\s+(?P<who>[^,]+?)\.?$",
    re.I,
)
_TITLE_THEN_NAME = re.compile(
    r"^(?P<title>(?:[A-Z][a-z]+\s+)*?(?:President|Chair(?:man|woman|person)?|Vice[- ]President|"
    r"Vice[- ]Chair|Treasurer|Secretary|Director|Mayor))\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)$"
)
_CLOSED = re.compile(
    r"(?:meeting|chair(?:man|woman|person)?|business)\b[^.]*?\b(?:closed|ended|finished|concluded|"
    r"adjourned|declared the meeting closed)(?:\s+the\s+meeting)?(?:\s+at)?\s+(?P<time>.+)$",
    re.I,
)
# How motion, motion-detail and action lines begin: other lines skip those three parsers.
_DECISION_START = re.compile(
    r"(?:motion|resolved|resolution|proposal|it was|the \w+ (?:resolved|agreed)|actions?\b|result|"
    r"proposed|moved|seconded|carried|agreed|lost|defeated|withdrawn|deferred|unanimous|votes?\b|"
    r"for\b|\()",
    re.I,
)
_CLOSING_WORDS = ("closed", "ended", "finished", "concluded", "adjourned", "next meeting")
_NEXT_MEETING = re.compile(
    r"^(?:the\s+)?(?:date of (?:the )?next meeting|next meeting)\s*(?::|–|-|will be(?: held)?(?: on)?|is)\s*(?P<value>.+)$",
    re.I,
)
_APOLOGIES_SENTENCE = re.compile(
    r"^apologies(?: for absence)?\s+(?:were|had been)?\s*(?:received|noted|given|accepted)?\s*from\s+(?P<list>.+?)\.?$",
    re.I,
)
_VIDEO = re.compile(
    r"\bheld\s+(?:by|via|over|on|using)\s+(?:video(?:[- ]?conference)?|zoom|teams|microsoft teams|webex|google meet)"
    r"|\bheld\s+(?:online|virtually|remotely)\b|\bby video[- ]?conference\b",
    re.I,
)
_HYBRID = re.compile(r"\bhybrid\b|\bin person and (?:by|via|online)", re.I)
_HELD_SENTENCE = re.compile(r"(?:the\s+)?meeting\s+was\s+held\b", re.I)
_PRESENTED_BY = re.compile(r"^(?:presented|introduced|reported) by\s+(?P<who>.+?)\.?$", re.I)
# The caption of an action log: the actions after it belong to the meeting, not the last item.
_ACTION_LOG = re.compile(
    r"^(?:action items?|actions?(?: log| list| arising)?|summary of actions)\s*:?$", re.I
)
_SIGNATURE = re.compile(
    r"^(?:signed|chair(?:man|person)?|secretary|date)\b[^a-z]*[_.…]{3,}|^[_.…\s]{5,}$|"
    r"^approved as a (?:correct|true) record\.?$",
    re.I,
)

class EnglishParser(Builder):
    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.header.locale = "en_GB"
        self.header.style = DocumentStyle.BOARD
        self.month_first = 0  # dates written "May 8, 2024" (en_US) …
        self.day_first = 0  # … and "8 May 2024"
        self.top = True  # still among the title lines
        self.label_continues: tuple[str, int] | None = None  # "Present:" with names below
        self.allowed_forms: set[Form] = set()
        self.actions_seen: set[tuple[str, str]] = set()
        self.spelling = 0  # American spellings less British ones
        self.site_officers: set[int] = set()  # "Chairman: …" lines of a web page above the title
        self.bare_headings: set[int] = set()  # "Old Business" lines of minutes without numbers

    def run(self, lines: list[Line]) -> None:
        markers = [match_marker(line.text) for line in lines]  # read once, used twice
        self.allowed_forms = _forms_with_second_item(markers)
        self.spelling = _spelling_evidence(lines)
        self.site_officers = _officers_above_title(lines)
        if not any(markers):
            self.bare_headings = _bare_headings(lines)
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
        procedure = _PROCEDURE_LABEL.match(text)
        if procedure:  # the sentence after the label, as if it stood alone
            said = Line(line.no, text[procedure.end() :], line.blank_before, line.indented)
            if self._opened(said.text, said, consume=True) or self._closing(said):
                self.top = False
                return True
        if line.no in self.bare_headings and not self.top:
            self.close_items()
            self.add_section(text, "", Form.HEADING)
            return True
        if _SIGNATURE.match(text):  # every alternative is anchored
            # It stands for the style's own approval and signature lines: printed as written
            # in their place until the clerk edits the signatories.
            self.feed("people.signatories")
            return True
        return False

    def _framing(self, line: Line) -> bool:
        """An action log's caption, labelled lines, attendance sentences and the title zone."""
        text = line.text
        if _ACTION_LOG.match(text):
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
        if _DECISION_START.match(text) and (
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
            presented = _PRESENTED_BY.match(text)
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

    # -- title zone ----------------------------------------------------------------------------

    def _title_line(self, line: Line) -> bool:
        text = line.text.rstrip()
        if len(text) > 160 or match_marker(text):
            return False
        minutes = _MINUTES_TITLE.match(text)
        if minutes and not self.header.meeting_name:
            self._minutes_of(text, minutes, line)
            return True
        suffixed = _MINUTES_SUFFIX.match(text)
        if (  # "BOARD OF DIRECTORS – MINUTES", "Board of Directors Meeting Minutes"
            suffixed
            and not self.header.meeting_name
            and not _MINUTES_STATE.match(suffixed["meeting"])
        ):
            self.header.meeting_name = suffixed["meeting"].strip()
            self._meeting_kind(self.header.meeting_name)
            self.header.title = text
            return True
        if find_dates(text):
            self._when_where(_HELD.sub("", text), line)
            return True
        if self._format(text):
            return True
        if text.endswith(".") and len(text) > 60:
            return False
        self._top_name(text)
        return True

    def _minutes_of(self, text: str, minutes: re.Match[str], line: Line) -> None:
        """ "Minutes of the Meeting of Lower Weald Parish Council held on …"."""
        meeting = minutes["meeting"].strip()
        of_body = _MEETING_OF.match(meeting)  # "the Meeting of Lower Weald Parish Council"
        if of_body and not self.header.organisation:
            self.header.organisation = of_body["org"].strip()
            meeting = of_body["meeting"]
        if meeting.lower() in ("meeting", "the meeting"):  # no name to keep
            meeting = ""
        if minutes["org"] and not self.header.organisation:
            self.header.organisation = minutes["org"].strip()
        self.header.meeting_name = meeting
        self._meeting_kind(meeting)
        held = minutes["held"]
        if held:
            self._when_where(_HELD.sub("", held), line)
            base = text[: text.lower().rfind(" held")].rstrip(", ")
        else:
            base = text
        expected = f"Minutes of the {meeting}"
        self.header.title = "" if base == expected and not minutes["org"] else base

    def _top_name(self, text: str) -> None:
        """A plain line among the top ones: the organisation, then the title, then a deck line."""
        if not self.header.meeting_name and not self.header.organisation:
            self.header.organisation = text
        elif not self.header.meeting_name:
            self.header.title = text
            if re.search(r"\bmeeting\b", text, re.I):
                self.header.meeting_name = text
                self._meeting_kind(text)
        else:
            self.header.deck.append(text)

    def _meeting_kind(self, meeting: str) -> None:
        lowered = meeting.lower()
        if "annual" in lowered:
            self.header.meeting_kind = "Annual"
        elif re.search(r"extraordinary|special|emergency", lowered):
            self.header.meeting_kind = "Special"

    def _when_where(self, text: str, line: Line) -> None:
        """ "Tuesday 14 May 2024 at 7.00 pm at the Village Hall" (date, times, place)."""
        found = find_dates(text)
        rest = text
        if found and self.header.date is None:
            self._note_order(found[0].month_first)
            self.header.date = found[0].resolve(None)
            self.header.date_text = text[found[0].start : found[0].end].strip()
            rest = text[: found[0].start] + " " + text[found[0].end :]
        start, end = time_range(rest)
        self.header.start_time = self.header.start_time or start
        self.header.end_time = self.header.end_time or end
        if self._format(rest, whole=False):
            rest = _VIDEO.sub(" ", _HYBRID.sub(" ", rest))
            rest = re.sub(
                r"\((?:zoom|teams|microsoft teams|webex|google meet|online)\)",
                " ",
                rest,
                flags=re.I,
            )
        cleaned = _strip_times(rest)
        place = _PLACE_AFTER.search(cleaned)
        if place and not self.header.place:
            self.header.place = place["place"].strip(" ,.")
        elif not self.header.place:
            leftover = cleaned.strip(" ,.;–-")
            if leftover and not re.fullmatch(r"(?:held|on|at|from|to|and|\s)*", leftover, re.I):
                self.header.place = re.sub(
                    r"^(?:held\s+)?(?:on|at|in)\s+", "", leftover, flags=re.I
                )

    def _note_order(self, month_first: bool) -> None:
        if month_first:
            self.month_first += 1
        else:
            self.day_first += 1

    # -- labelled lines ------------------------------------------------------------------------

    def _labelled(self, line: Line) -> bool:
        match = _LABEL.match(line.text)
        if not match:
            return False
        label = " ".join(match["label"].split())
        value = match["value"].strip()
        if _META_LABEL.match(line.text):
            self._meta(line)
            return True
        if _NEXT_LABEL.match(label):
            self.header.next_meeting = _strip_stop(value)
            return True
        if _RECORDER_LABEL.match(label):
            self.header.recorder = value.rstrip(".")
            return True
        if _CHAIR_LABEL.match(label):
            self.people.presiders.extend(parse_people(value, english=True))
            return True
        for pattern, role, group_label in _PEOPLE_LABELS:
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
        shared = _SHARED_TITLE.match(value)
        if shared:
            title, value = shared["title"].rstrip("sS"), value[shared.end() :]
        titled = _THE_TITLE_NAME.match(value)  # "the Executive Director, Linda Park"
        if titled:
            self.add_group(role, [Person(name=titled["name"], title=titled["title"])], label)
            return
        chair = _IN_THE_CHAIR.match(value)
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
            _PROSE_START.match(text)
            or text.rstrip(". ").lower().endswith(("present", "attendance"))
        ):
            return False
        for pattern, role in _PROSE_ATTENDANCE:
            match = pattern.match(text)
            if match:
                self._people(role, "", match["list"])
                return True
        return False

    def _label_continuation(self, line: Line) -> bool:
        """One person a line under a bare "Present:" label."""
        assert self.label_continues is not None
        text = line.text
        if _LABEL.match(text) or match_marker(text) or len(text) > 100 or text.endswith("."):
            return False
        people = parse_people(text, english=True)
        if not people or not all(looks_like_english_name(p.name) for p in people):
            return False
        label = self.label_continues[0]
        for pattern, role, group_label in _PEOPLE_LABELS:
            if pattern.match(label):
                self.add_group(role, people, group_label or _as_written(label, role))
        return True

    def _meta(self, line: Line) -> None:
        """ "Date: 12 March 2025    Time: 18:30–20:10    Place: Committee Room 2"."""
        text = line.text
        labels = list(_META_LABEL.finditer(text))
        for i, match in enumerate(labels):
            end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
            value = text[match.end() : end].strip(" ,;·")
            label = match["label"].lower()
            if label in ("date", "when"):
                self._when_where(value, line)
            elif label == "time":
                start, finish = time_range(value)
                self.header.start_time = start or self.header.start_time
                self.header.end_time = finish or self.header.end_time
                if start is None:
                    self.warn(line.no, N_("no time recognised in “%(text)s”"), text=preview(value))
            elif _PLACE_LABEL.match(label):
                self.header.place = value.rstrip(".")
            elif label == "meeting type":  # Regular, Special, Annual: as the export prints it
                self.header.meeting_kind = value.rstrip(".")

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

    def _opened(self, text: str, line: Line, consume: bool) -> bool:
        called = _CALLED_BY.match(text)  # "The meeting was called to order at 6:02 p.m. by …"
        if called:
            time = find_times(called["time"] or "")
            if time:
                self.header.start_time = time[0].time
            who = _TITLE_THEN_NAME.match(called["who"])
            person = (
                Person(name=who["name"], title=who["title"])
                if who
                else Person(name=called["who"], title=self._title_in_lists(called["who"]))
            )
            if not self.people.presiders:
                self.people.presiders.append(person)
            return consume
        match = _OPENED.match(text)
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
        return consume and not _strip_times(rest).strip(" .,;")

    def _title_in_lists(self, name: str) -> str:
        """The title an attendance list gave ``name`` ("Maria Lopez (President)"), else Chair."""
        for group in self.people.groups:
            for person in group.people:
                if person.name == name and person.title:
                    return person.title
        return "Chair"

    def _closing(self, line: Line) -> bool:
        text = line.text
        lowered = text.lower()
        if len(text) > 160 or not any(w in lowered for w in _CLOSING_WORDS):
            return False
        closed = _CLOSED.search(text)
        if closed:
            times = find_times(closed["time"])
            if times:
                self.header.end_time = times[0].time
                self.close_items()
                return True
        next_meeting = _NEXT_MEETING.match(text)
        if next_meeting:
            self.header.next_meeting = _strip_stop(next_meeting["value"])
            self.close_items()
            return True
        return False

    def _format(self, text: str, whole: bool = True) -> bool:
        """The meeting format from "held by video conference" / "hybrid meeting".

        ``whole``: only a line that is just that statement ("The meeting was held by video
        conference.") counts; a discussion that mentions Zoom does not change the format."""
        if _HYBRID.search(text):
            found = MeetingFormat.HYBRID
        elif _VIDEO.search(text):
            found = MeetingFormat.VIDEO
        else:
            return False
        if whole and not (len(text) <= 120 and _HELD_SENTENCE.match(text)):
            return False
        self.header.format = found
        return True

    def _apologies(self, text: str) -> bool:
        match = _APOLOGIES_SENTENCE.match(text)
        if not match:
            return False
        self.add_group(GroupRole.APOLOGIES, parse_people(match["list"], english=True))
        return True

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


_SHARED_TITLE = re.compile(r"^(?P<title>Cllrs|Councillors)\.?\s+")
_IN_THE_CHAIR = re.compile(
    r"^(?P<who>[^,;()]+?)\s*[(,]?\s*\b(?:in the chair|chairing|presiding)\b\)?\s*(?:[.,;]\s*(?:and\s+)?|$)",
    re.I,
)
_PUBLIC = re.compile(
    r"(?:^|,\s*|;\s*|\s+and\s+)(?P<note>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|some|no)\s+(?:members?\s+of\s+the\s+public|residents|parishioners|people|"
    r"others|observers|visitors|guests)\b.*|members\s+of\s+the\s+public\b.*)$",
    re.I,
)
_THE_TITLE_NAME = re.compile(r"^the\s+(?P<title>[A-Za-z][\w -]{1,40}?),\s*(?P<name>[A-Z][^,;]+?)\.?$")
_PROSE_START = re.compile(
    r"(?:(?:those|members|directors|trustees|governors|councillors)\s+)?present|cllrs?\b|"
    r"councillors?\b|also\s",
    re.I,
)
_PROSE_ATTENDANCE = (
    (
        re.compile(
            r"^(?:(?:those|members|directors|trustees|governors|councillors)\s+)?present"
            r"(?: at the meeting)? were\s+(?P<list>.+?)\.?$",
            re.I,
        ),
        GroupRole.PRESENT,
    ),
    (
        re.compile(r"^(?P<list>(?:Cllrs?|Councillors?)\.?\s.*?\bin the chair\b.*?)\.?$", re.I),
        GroupRole.PRESENT,
    ),
    (
        re.compile(r"^(?P<list>[A-Z][^.]*?(?:,|\s+and\s+)[^.]*?)\s+were\s+(?:all\s+)?present\.?$"),
        GroupRole.PRESENT,
    ),
    (
        re.compile(r"^also\s+(?:in attendance|present|attending)\s+(?:was|were)\s+(?P<list>.+?)\.?$", re.I),
        GroupRole.IN_ATTENDANCE,
    ),
    (
        re.compile(r"^(?P<list>[A-Z][^.]*?)\s+(?:was|were)\s+also\s+(?:in attendance|present)\.?$"),
        GroupRole.IN_ATTENDANCE,
    ),
)


_US_SPELLING = re.compile(
    r"\b(?:organiz\w*|recogniz\w*|authoriz\w*|apologiz\w*|favor\w*|honor\w*|color\w*|labor\b|"
    r"center\b|program\b|judgment|fulfill\b|canceled|traveled|behavior|defense)",
    re.I,
)
_UK_SPELLING = re.compile(
    r"\b(?:organis\w*|recognis\w*|authoris\w*|apologis\w*|favour\w*|honour\w*|colour\w*|"
    r"labour\b|centre\b|programme\b|judgement|fulfil\b|cancelled|travelled|behaviour|defence|"
    r"cllrs?\b|councillors?|parish council)",
    re.I,
)


# How the board style labels each role (export.labels); a label read as these is not kept.
_GB_LABELS = {
    GroupRole.PRESENT: "Present",
    GroupRole.APOLOGIES: "Apologies",
    GroupRole.IN_ATTENDANCE: "In attendance",
}
_US_LABELS = {**_GB_LABELS, GroupRole.APOLOGIES: "Absent"}


_OFFICER_LABEL = re.compile(
    r"^(?:vice[- ]?|deputy\s+)?(?:chair(?:man|woman|person)?|clerk|treasurer|secretary|mayor|"
    r"president|responsible financial officer|rfo)\s*:",
    re.I,
)


def _officers_above_title(lines: list[Line]) -> set[int]:
    """Line numbers of "Chairman: Cllr P. North" lines a council's web page lists above the
    "Minutes of the meeting …" title: the site's officers, not this meeting's attendance."""
    for index, line in enumerate(lines[:20]):
        if _MINUTES_TITLE.match(line.text) or _MINUTES_SUFFIX.match(line.text):
            return {ln.no for ln in lines[:index] if _OFFICER_LABEL.match(ln.text)}
    return set()


def _bare_headings(lines: list[Line]) -> set[int]:
    """Line numbers of unnumbered headings in minutes that number no item: a short line of
    capitalised words with no stop, followed by a longer line that ends a sentence."""
    found = set()
    for line, after in zip(lines, lines[1:], strict=False):
        text = line.text
        if (
            len(text) <= 60
            and _BARE_HEADING.match(text)
            and not _LABEL.match(text)
            and after.text.endswith((".", "!", "?"))
            and len(after.text) > len(text)
            and not _BARE_HEADING.match(after.text)
        ):
            found.add(line.no)
    return found


def _spelling_evidence(lines: list[Line]) -> int:
    """American spellings less British ones (a council's Cllr counts as British)."""
    text = "\n".join(line.text for line in lines[:400])
    return len(_US_SPELLING.findall(text)) - len(_UK_SPELLING.findall(text))


def _split_public(value: str) -> tuple[str, str]:
    """ "Mrs K. Brown (Clerk) and 4 members of the public" -> the people, and the rest as
    written: who came without being listed."""
    match = _PUBLIC.search(value)
    if not match:
        return value, ""
    return value[: match.start()].strip(" ,;"), match["note"].strip(" .")


def _as_written(label: str, role: GroupRole) -> str:
    """The group's label as the minutes wrote it (Apologies, Also present); plain "Present"
    needs none."""
    return "" if role == GroupRole.PRESENT and label.lower() == "present" else label


def _strip_stop(text: str) -> str:
    """A final full stop, but not the one of "p.m."."""
    return re.sub(r"(?<![ap]\.m)\.$", "", text.strip(), flags=re.I)


def _strip_times(text: str) -> str:
    for item in reversed(find_times(text)):
        text = text[: item.start] + text[item.end :]
    return re.sub(r"\s*\b(?:at|from)\s*(?:[–-]\s*)?(?=\s*(?:[.,;]|$)|\s+at\b|\s+in\b)", "", text)


def _forms_with_second_item(markers: list[Marker | None]) -> set[Form]:
    """Forms that reach a second item somewhere: "First, …" alone is prose, not a list."""
    seen = {m.form for m in markers if m is not None and m.number >= 2}
    always = {Form.ARABIC_DOT, Form.ITEM, Form.DECIMAL, Form.ARABIC_PAREN}
    # Minute references only as a run: one "2025 Budget" line is a heading's year, not a minute.
    if sum(1 for m in markers if m is not None and m.form is Form.MINUTE) < 2:
        seen.discard(Form.MINUTE)
    return seen | always
