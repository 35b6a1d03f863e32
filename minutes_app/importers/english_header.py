"""The header of English minutes: the lines that say which meeting, when and where.

The title zone (organisation, "Minutes of the … Meeting", deck lines), the date/time/place
line and the "Date: … Time: … Place: …" labels, the meeting format (held by video
conference, hybrid) and the closing lines (the time it closed, the next meeting).
"""

from __future__ import annotations

import re

from ..model.document import DocumentStyle, MeetingFormat
from .builder import Builder
from .dates import find_dates, find_times, time_range
from .english_patterns import (
    CLOSED,
    CLOSING_WORDS,
    HELD,
    HELD_SENTENCE,
    HYBRID,
    MEETING_OF,
    META_LABEL,
    MINUTES_STATE,
    MINUTES_SUFFIX,
    MINUTES_TITLE,
    NEXT_MEETING,
    PLACE_AFTER,
    PLACE_LABEL,
    VIDEO,
)
from .lines import Line
from .outline import match_marker
from .result import N_, preview


class EnglishHeaderLines(Builder):
    """The header facts of English minutes, and which order their dates were written in."""

    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.header.locale = "en_GB"
        self.header.style = DocumentStyle.BOARD
        self.month_first = 0  # dates written "May 8, 2024" (en_US) …
        self.day_first = 0  # … and "8 May 2024"

    # -- title zone ----------------------------------------------------------------------------

    def _title_line(self, line: Line) -> bool:
        text = line.text.rstrip()
        if len(text) > 160 or match_marker(text):
            return False
        minutes = MINUTES_TITLE.match(text)
        if minutes and not self.header.meeting_name:
            self._minutes_of(text, minutes, line)
            return True
        suffixed = MINUTES_SUFFIX.match(text)
        if (  # "BOARD OF DIRECTORS – MINUTES", "Board of Directors Meeting Minutes"
            suffixed
            and not self.header.meeting_name
            and not MINUTES_STATE.match(suffixed["meeting"])
        ):
            self.header.meeting_name = suffixed["meeting"].strip()
            self._meeting_kind(self.header.meeting_name)
            self.header.title = text
            return True
        if find_dates(text):
            self._when_where(HELD.sub("", text), line)
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
        of_body = MEETING_OF.match(meeting)  # "the Meeting of Lower Weald Parish Council"
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
            self._when_where(HELD.sub("", held), line)
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
            rest = VIDEO.sub(" ", HYBRID.sub(" ", rest))
            rest = re.sub(
                r"\((?:zoom|teams|microsoft teams|webex|google meet|online)\)",
                " ",
                rest,
                flags=re.I,
            )
        cleaned = strip_times(rest)
        place = PLACE_AFTER.search(cleaned)
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

    def _meta(self, line: Line) -> None:
        """ "Date: 12 March 2025    Time: 18:30–20:10    Place: Committee Room 2"."""
        text = line.text
        labels = list(META_LABEL.finditer(text))
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
            elif PLACE_LABEL.match(label):
                self.header.place = value.rstrip(".")
            elif label == "meeting type":  # Regular, Special, Annual: as the export prints it
                self.header.meeting_kind = value.rstrip(".")

    # -- the meeting's format and its closing lines -------------------------------------------

    def _closing(self, line: Line) -> bool:
        text = line.text
        lowered = text.lower()
        if len(text) > 160 or not any(w in lowered for w in CLOSING_WORDS):
            return False
        closed = CLOSED.search(text)
        if closed:
            times = find_times(closed["time"])
            if times:
                self.header.end_time = times[0].time
                self.close_items()
                return True
        next_meeting = NEXT_MEETING.match(text)
        if next_meeting:
            self.header.next_meeting = strip_stop(next_meeting["value"])
            self.close_items()
            return True
        return False

    def _format(self, text: str, whole: bool = True) -> bool:
        """The meeting format from "held by video conference" / "hybrid meeting".

        ``whole``: only a line that is just that statement ("The meeting was held by video
        conference.") counts; a discussion that mentions Zoom does not change the format."""
        if HYBRID.search(text):
            found = MeetingFormat.HYBRID
        elif VIDEO.search(text):
            found = MeetingFormat.VIDEO
        else:
            return False
        if whole and not (len(text) <= 120 and HELD_SENTENCE.match(text)):
            return False
        self.header.format = found
        return True


def strip_stop(text: str) -> str:
    """A final full stop, but not the one of "p.m."."""
    return re.sub(r"(?<![ap]\.m)\.$", "", text.strip(), flags=re.I)


def strip_times(text: str) -> str:
    """``text`` without its times, nor the "at" / "from" they leave dangling."""
    for item in reversed(find_times(text)):
        text = text[: item.start] + text[item.end :]
    return re.sub(r"\s*\b(?:at|from)\s*(?:[–-]\s*)?(?=\s*(?:[.,;]|$)|\s+at\b|\s+in\b)", "", text)
