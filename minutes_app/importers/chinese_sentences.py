"""Sentence-level recognisers for Chinese reports: one fact per sentence (or clause).

Who convened or presided (…主持召开…会议，purpose / 会议由…主持), who else spoke
(市长王立伟作具体安排), who attended (市领导张三、李四出席会议), reports heard (…围绕…作了
汇报 / 听取了…关于…的汇报), the requirements sentence (…就…提出具体要求) and the meeting
format (以视频形式召开，…设分会场). A sentence none of them places is kept by the caller.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model.document import GroupRole, MeetingFormat, Person, Report, Speaker
from .builder import Builder
from .chinese_patterns import (
    ATTEND,
    BODY_WORDS,
    BRANCH_VENUE,
    CONVENE,
    CONVENE_PLACE,
    DAY_ONLY,
    EARLIER_ATTENDANCE,
    FORMAT_CLAUSE,
    HEARD,
    HEARD_ITEM,
    HYBRID,
    JIYAO_INTRO,
    LIST_INTRO,
    MAIN_VENUE,
    NAME_CONVENED,
    NOT_PEOPLE,
    PRESIDED_BY,
    PRESIDER_CLAUSE,
    PURPOSE_SENTENCE,
    REPORT,
    REPORT_NO_SUBJECT,
    REQUIREMENTS,
    SESSION,
    SPEAKER,
    VERB_TAIL,
    VIDEO,
    WHO_PRESIDED,
    split_date_prefix,
    split_date_suffix,
)
from .dates import FoundDate, find_dates, time_range
from .lines import Line
from .numerals import parse_chinese_number
from .people import (
    attendance_list,
    group_label,
    is_bare_name,
    split_outside_parens,
    split_title_name,
)
from .result import N_, preview


class SentenceRecognisers(Builder):
    """The sentence handlers and the header facts they fill (meeting name, date, format)."""

    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.lead_seen = False  # the first prose paragraph has been read
        self.format_seen = False  # what follows the format line is closing text
        self.has_jiyao_mark = False
        self.undated: tuple[FoundDate, int | None] | None = None  # 3月13日 with no year to hand

    def _sentence(self, sentence: str, line: Line | None) -> bool:
        """Place one sentence (with its 。) of a prose paragraph; False when nothing fits."""
        text = sentence.strip().rstrip("。！？")
        if not text:
            return True
        if JIYAO_INTRO.match(sentence.strip()):
            self.has_jiyao_mark = True
            return True
        if LIST_INTRO.match(sentence.strip()):
            return True
        for handler in (
            self._convened,
            self._presided,
            self._speaker,
            self._attendance,
            self._report,
            self._requirements,
            self._format,
            self._purpose,
        ):
            if handler(text, line):
                return True
        return self._clauses(text, line)

    def _clauses(self, text: str, line: Line | None) -> bool:
        """ "副市长林涛出席会议并讲话，市应急管理局局长黄伟主持会议": one fact per clause.

        Placed only when every clause is (tried on a scratch parser first, so a half-placed
        sentence changes nothing and is kept whole)."""
        clauses = [c for c in text.split("，") if c]
        if len(clauses) < 2:
            return False
        handlers = ("_presided", "_speaker", "_attendance", "_report", "_requirements")
        scratch = type(self)([])
        scratch.people.presiders = list(self.people.presiders)
        scratch.people.speakers = list(self.people.speakers)
        plan = []
        for clause in clauses:
            name = next((h for h in handlers if getattr(scratch, h)(clause, None)), None)
            if name is None:
                return False
            plan.append((clause, name))
        for clause, name in plan:
            getattr(self, name)(clause, line)
        return True

    def _convened(self, text: str, line: Line | None) -> bool:
        """ "3月13日，市委书记X主持召开…会议，研究…" / "…，市委召开常委会会议，…"."""
        if "主持召开" in text:
            return self._presided_and_convened(text, line)
        clauses = text.split("，")
        for index, clause in enumerate(clauses):
            match = CONVENE.match(clause) or NAME_CONVENED.match(clause)
            if match and "主持" not in clause:
                self._convening(match, "，".join(clauses[:index]), line)
                self._after_convened(clauses[index + 1 :], line)
                return True
        return False

    def _presided_and_convened(self, text: str, line: Line | None) -> bool:
        """ "3月13日，市委书记X主持召开市委常委会会议，研究…"."""
        before, _, after = text.partition("主持召开")
        clauses = before.split("，")
        who = clauses[-1]
        place = CONVENE_PLACE.match(who)
        if place and (split_title_name(place["who"]) or is_bare_name(place["who"])):
            who = place["who"]
            self.header.place = self.header.place or place["place"]
        person = person_from(who)
        if person is None:
            return False
        self._date_from("，".join(clauses[:-1]), line)
        name, _, purpose = after.partition("，")
        self.people.presiders.append(person)
        self._meeting_name(VERB_TAIL.sub("", name))
        if purpose:
            self._after_convened(purpose.split("，"), line)
        return True

    def _convening(self, match: re.Match[str], before: str, line: Line | None) -> None:
        """ "中共中央政治局12月8日召开会议": the body, the dates around it, the meeting's name."""
        org = match.groupdict().get("org") or ""
        date_part, org = split_date_prefix(org)
        if date_part:
            self._date_from(date_part, line)
        org, date_part = split_date_suffix(org)  # 中共中央政治局12月8日召开会议
        if date_part:
            self._date_from(date_part, line)
        name = match["name"]
        if match["place"]:
            self.header.place = self.header.place or match["place"]
        self._date_from(before, line)
        if org and (len(org) <= 6 and BODY_WORDS.match(org) or name in ("会议", "会")):
            name = org + name  # 区政府 + 第6次常务会议; 中共中央政治局 + 会议
        elif org:
            self.header.organisation = self.header.organisation or org
        self._meeting_name(name)

    def _after_convened(self, rest: list[str], line: Line | None) -> None:
        """What follows "区政府召开第25次常务会议，": who presided, who attended (a list that
        runs over several clauses: "区长张伟主持会议并讲话、区委副书记李红，副区长王强出席会议"),
        and what is left, the purpose ("研究部署…")."""
        leftovers: list[str] = []
        index = 0
        while index < len(rest):
            clause = rest[index]
            # A list runs to the next clause that ends in 出席会议 / 列席会议 (a second list
            # may follow: "…王方出席会议，纪委书记赵立列席会议"); it starts at that clause, or
            # at one that opens with a person or a presider ("研究部署…工作" opens none).
            end = next((j for j in range(index, len(rest)) if ATTEND.match(rest[j])), None)
            opens_list = end is not None and (
                end == index
                or PRESIDER_CLAUSE.match(clause + "，") is not None
                or person_from(clause.split("、")[0]) is not None
            )
            if opens_list and self._attendance("，".join(rest[index : end + 1]), line):
                index = end + 1
                continue
            if not self._presided(clause, line):
                leftovers.append(clause)
            index += 1
        if leftovers:
            self.header.purpose = self.header.purpose or "，".join(leftovers)

    def _presided(self, text: str, line: Line | None) -> bool:
        match = PRESIDED_BY.match(text) or WHO_PRESIDED.match(text)
        if not match:
            return False
        person = person_from(match["who"])
        if person is None:
            return False
        self.people.presiders.append(person)
        return True

    def _speaker(self, text: str, line: Line | None) -> bool:
        match = SPEAKER.match(text)
        if not match:
            return False
        person = person_from(match["person"].removeprefix("会上，"))
        if person is None or (not person.title and not self.known_name(person.name)):
            return False
        self.people.speakers.append(
            Speaker(name=person.name, title=person.title, contribution=match["what"])
        )
        return True

    def _attendance(self, text: str, line: Line | None) -> bool:
        match = ATTEND.match(text)
        if not match or NOT_PEOPLE.search(match["body"]):
            return False
        if not match["obj"] and len(text) > 40:
            return False
        body = match["body"]
        if EARLIER_ATTENDANCE.search(body):  # "…出席会议，纪委书记赵立列席会议": two lists
            return False  # (clause by clause, each its own group)
        presided = PRESIDER_CLAUSE.match(body)  # 县长张三主持会议并讲话，县委副书记李四…出席
        if presided:
            presider = person_from(presided["who"])
            if presider is None:
                return False
            self.people.presiders.append(presider)
            body = body[presided.end() :]
        people, note = attendance_list(body)
        if not people and not note:
            return False
        role = GroupRole.IN_ATTENDANCE if match["verb"] == "列席" else GroupRole.PRESENT
        label = group_label(people)
        self.add_group(role, people, label, note)
        return True

    def _report(self, text: str, line: Line | None) -> bool:
        match = REPORT.match(text)
        if match:
            self.body.reports.append(Report(speaker=match["speaker"], subject=match["subject"]))
            return True
        bare = REPORT_NO_SUBJECT.match(text)
        if bare and not split_title_name(bare["speaker"]):  # 市住建局…作交流发言, not a person
            self.body.reports.append(Report(speaker=bare["speaker"]))
            return True
        heard = HEARD.match(text)
        if not heard:
            return False
        items = re.split(
            r"的(?:汇报|报告)(?:和|及|以及|，|、)(?=[^，、]{2,40}?关于)", heard["list"]
        )
        reports = [HEARD_ITEM.match(item) for item in items]
        if not all(reports):
            return False
        for match in reports:
            assert match is not None
            self.body.reports.append(Report(speaker=match["speaker"], subject=match["subject"]))
        return True

    def _requirements(self, text: str, line: Line | None) -> bool:
        match = REQUIREMENTS.match(text)
        if not match or self.body.requirements_by:
            return False
        self.body.requirements_by = match["by"]
        self.body.requirements_topic = match["topic"]
        return True

    def _format(self, text: str, line: Line | None) -> bool:
        """ "会议以视频形式召开，各县市区设分会场": placed only when every clause is about the
        format, so "要用好视频会议系统，…" in a requirement changes nothing."""
        if not (VIDEO.search(text) or "会场" in text):
            return False
        main_venue, branches = "", []
        found = MeetingFormat.IN_PERSON
        for clause in text.split("，"):
            main = MAIN_VENUE.search(clause)
            branch = BRANCH_VENUE.search(clause)
            if main:
                main_venue = _venue(main)
            elif branch:
                branches += _split_venues(_venue(branch))
            elif not FORMAT_CLAUSE.match(clause):
                return False
            if HYBRID.search(clause):
                found = MeetingFormat.HYBRID
            elif VIDEO.search(clause) and found != MeetingFormat.HYBRID:
                found = MeetingFormat.VIDEO
        if found == MeetingFormat.IN_PERSON and (branches or main_venue):
            found = MeetingFormat.VIDEO  # 主会场 / 分会场 mean a linked meeting
        self.header.format = found
        self.header.main_venue = main_venue or self.header.main_venue
        self.header.branch_venues.extend(branches)
        self.format_seen = True
        self.close_items()
        return True

    def _purpose(self, text: str, line: Line | None) -> bool:
        if self.header.purpose or self.lead_seen:
            return False
        match = PURPOSE_SENTENCE.match(text)
        if not match:
            return False
        self.header.purpose = match["purpose"]
        return True

    # header fields found in the body

    def _meeting_name(self, name: str) -> None:
        name = name.strip()
        if not name or self.header.meeting_name:
            return
        self.header.meeting_name = name
        session = SESSION.search(name)
        if session:
            self.header.session_number = parse_chinese_number(session["n"])
            kind = session["kind"] or ""
            if kind and kind != "会议":
                self.header.meeting_kind = kind

    def _date_from(self, text: str, line: Line | None, explicit: bool = False) -> None:
        if self.date_found is not None and not explicit:
            return
        found = find_dates(text)
        if not found and not explicit and self._day_only(text, line):
            return
        if not found:
            if explicit and line is not None:
                self.warn(line.no, N_("no date recognised in “%(text)s”"), text=preview(text))
            return
        first = found[0]
        self.header.date_text = text[first.start : first.end].strip()  # kept as written
        reference = self.header.published.date() if self.header.published else None
        date = first.resolve(reference)
        if date is None:
            self.undated = (first, line.no if line else None)
        else:
            self.header.date = date
        self.date_found = date or dt.date.min
        start, end = time_range(text[first.end :], first.period)
        self.header.start_time = start or self.header.start_time
        self.header.end_time = end or self.header.end_time

    def _day_only(self, text: str, line: Line | None) -> bool:
        """ "15日，镇长陈亮主持召开…": a day alone before the lead. Kept as written; the month
        and year come from the publication date when there is one (a day after the
        publication's is in the month before)."""
        match = DAY_ONLY.match(text.strip())
        if match is None:
            return False
        day = parse_chinese_number(match["d"])
        if not day or day > 31:
            return False
        self.header.date_text = text.strip()
        self.date_found = dt.date.min
        published = self.header.published.date() if self.header.published else None
        if published is not None:
            month = published.replace(day=1)
            if day > published.day:
                month = (month - dt.timedelta(days=1)).replace(day=1)
            try:
                self.header.date = month.replace(day=day)
                return True
            except ValueError:
                pass
        if line is not None:
            self.warn(
                line.no,
                N_("%(written)s has no month or year: date left empty"),
                written=self.header.date_text,
            )
        return True


def person_from(text: str) -> Person | None:
    """市委书记李正印 / 李正印 -> a person; anything else (各县市区负责同志) -> None."""
    text = text.strip()
    split = split_title_name(text)
    if split:
        return Person(name=split[1], title=split[0])
    if is_bare_name(text):
        return Person(name=text)
    return None


def _venue(match: re.Match[str]) -> str:
    return next(v for v in match.groups() if v).strip()


def _split_venues(text: str) -> list[str]:
    return [v.strip() for v in split_outside_parens(text, re.compile("、")) if v.strip()]
