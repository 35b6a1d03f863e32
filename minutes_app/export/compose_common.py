"""Sentence builders shared by the three styles' composers.

Every user string passes through ``clean_text`` here (the model does not validate assignment,
so an edited document may still hold characters XML cannot carry). Composers collect blocks in
a ``BlockList``; nothing downstream re-derives a number, a date or a label.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model.document import (
    ActionItem,
    AttendeeGroup,
    GroupRole,
    MeetingDocument,
    MeetingFormat,
    Motion,
    Person,
    Remark,
    Section,
)
from ..model.numbering import NumberingPlan
from ..model.text import clean_text
from .blocks import AnyBlock, Block, BlockKind, Span, SpanKind
from .locale_text import LocaleText


def clean(value: str) -> str:
    return clean_text(value).strip()


def paragraphs(text: str) -> list[str]:
    """A multi-paragraph field split at line breaks, blank lines dropped."""
    cleaned = clean(text)
    if "\n" not in cleaned:
        return [cleaned] if cleaned else []
    return [line.strip() for line in cleaned.split("\n") if line.strip()]


def _latin_word_char(ch: str) -> bool:
    return ch.isalnum() and ord(ch) < 0x2E80


def glue(first: str, second: str) -> str:
    """Two pieces of Chinese text run together (市长陈建华), with a space where both sides are
    Latin words (Chair Margaret Ellis, Trust Regular), which would otherwise read as one."""
    if first and second and _latin_word_char(first[-1]) and _latin_word_char(second[0]):
        return f"{first} {second}"
    return first + second


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class BlockList:
    """Collects blocks in document order."""

    def __init__(self) -> None:
        self.items: list[AnyBlock] = []

    def add(self, kind: BlockKind, *spans: Span, level: int = 1, path: str = "") -> None:
        kept = tuple(span for span in spans if span.text)
        if kept:
            self.items.append(Block(kind, kept, level, path))

    def text(self, kind: BlockKind, text: str, *, level: int = 1, path: str = "") -> None:
        self.add(kind, Span(text), level=level, path=path)

    def append(self, block: AnyBlock) -> None:
        self.items.append(block)


class Phrases:
    """Composes the sentences the styles share, in the export locale."""

    def __init__(self, doc: MeetingDocument, lt: LocaleText) -> None:
        self.doc = doc
        self.lt = lt

    # --- people -----------------------------------------------------------------------

    def titled(self, name: str, title: str) -> str:
        name, title = clean(name), clean(title)
        if title and name:
            if self.lt.chinese:  # 市长陈建华; an English title and name keep their space
                return glue(title, name)
            return self.lt.label("person.titled", name=name, title=title)
        return name or title

    def attendee_spans(self, people: Sequence[Person], *, with_title: bool) -> list[Span]:
        """An attendance list as spans. In Chinese each name is a NAME span (never broken
        across lines; exporters keep it on one line), titles and notes are text that may
        break: 市政府副秘书长|吴建军|、|李明|（在省委党校学习）."""
        if not self.lt.chinese:
            text = self.lt.join(self.listed(p, with_title=with_title) for p in people)
            return [Span(text)] if text else []
        out: list[Span] = []
        for person in people:
            name, title, note = clean(person.name), clean(person.title), clean(person.note)
            spans = []
            if with_title and title:  # 市长陈建华; "Vice Chair Ann Lee" keeps its space
                spans.append(Span(glue(title, name).removesuffix(name) if name else title))
            if name:
                spans.append(Span(name, SpanKind.NAME))
            if note:
                spans.append(Span(self.lt.label("person.note", name="", note=note) if spans else note))
            if spans:
                if out:
                    out.append(Span(self.lt.list_separator))
                out.extend(spans)
        return out

    def listed(self, person: Person, *, with_title: bool) -> str:
        name = clean(person.name)
        title, note = clean(person.title), clean(person.note)
        details = self.lt.label("list_glue").join(
            d for d in (title if with_title else "", note) if d
        )
        if not details:
            return name
        return self.lt.label("person.note", name=name, note=details) if name else details

    def presider_names(self) -> set[str]:
        return {clean(p.name) for p in self.doc.people.presiders if clean(p.name)}

    def presiders(self) -> str:
        people = self.doc.people.presiders
        return self.lt.join(self.titled(p.name, p.title) for p in people)

    def group_names(
        self, group: AttendeeGroup, *, with_title: bool, people: Sequence[Person] | None = None
    ) -> str:
        """The group's people (or ``people`` of it) listed, then its note (各乡镇主要负责人等80多人)."""
        names = [self.listed(p, with_title=with_title) for p in (group.people if people is None else people)]
        return self.lt.join([*names, clean(group.note)])

    def group_spans(self, group: AttendeeGroup, *, with_title: bool) -> list[Span]:
        """``attendee_spans`` of the group, then its note (a count or a body, never a name)."""
        if not self.lt.chinese:
            text = self.group_names(group, with_title=with_title)
            return [Span(text)] if text else []
        spans = self.attendee_spans(group.people, with_title=with_title)
        note = clean(group.note)
        if note:
            spans += [Span(self.lt.list_separator)] if spans else []
            spans.append(Span(note))
        return spans

    def role_label(self, group: AttendeeGroup) -> str:
        return self.lt.label(f"role.{group.role.value}")

    # --- lead sentences ---------------------------------------------------------------

    def chaired_clause(self, date_text: str) -> str:
        """3月13日，市委书记李正印主持召开……会议，深入学习……。 (without the stop)."""
        h = self.doc.header
        meeting, place = clean(h.meeting_name), clean(h.place)
        place_text = self.lt.label("lead.place", place=place) if place else ""
        presiders = self.presiders()
        if presiders:
            clause = self.lt.label(
                "lead.chaired", presiders=presiders, meeting=meeting, place=place_text
            )
        elif meeting:
            clause = self.lt.label("lead.held", meeting=meeting, place=place_text)
        else:
            clause = ""
        purpose = clean(h.purpose)
        if purpose and not self.lt.chinese and purpose.lower().startswith("to "):
            purpose = purpose[3:]
        if purpose and clause:
            clause += self.lt.label("lead.purpose", purpose=purpose)
        elif purpose:
            clause = purpose
        if date_text and clause:
            clause = self.lt.label("lead.date", date=date_text) + clause
        return capitalise(clause)

    def speaker_sentences(self) -> list[str]:
        out = []
        for speaker in self.doc.people.speakers:
            person = self.titled(speaker.name, speaker.title)
            if not person:
                continue
            contribution = clean(speaker.contribution) or self.lt.label("speaker.default")
            out.append(
                self.lt.sentence(self.lt.label("speaker", person=person, contribution=contribution))
            )
        return out

    def attending_sentences(self) -> list[str]:
        """市领导张广勇、张稳科……出席会议。 Apologies are not news; 列席 groups 列席会议."""
        out = []
        presiders = self.presider_names()
        for group in self.doc.people.groups:
            if group.role == GroupRole.APOLOGIES:
                continue
            # 市委书记张三 in Chinese; in an English list "Jane Smith (Treasurer)", since the
            # appositive "Jane Smith, Treasurer," cannot stand between list commas.
            # A presider is not listed again among those attending (主持 says it already).
            people = [p for p in group.people if clean(p.name) not in presiders]
            if self.lt.chinese:
                names = self.lt.join(
                    [
                        *(self.titled(p.name, p.title if group.print_titles else "") for p in people),
                        clean(group.note),
                    ]
                )
            else:
                names = self.group_names(group, with_title=group.print_titles, people=people)
            if not names:
                continue
            label = clean(group.label)
            if label and not self.lt.chinese:
                label += " "
            key = (
                "group.in_attendance" if group.role == GroupRole.IN_ATTENDANCE else "group.present"
            )
            out.append(capitalise(self.lt.label(key, label=label, names=names)))
        return out

    # --- reports, requirements, remarks ----------------------------------------------------

    def report_sentences(self) -> list[str]:
        out = []
        for report in self.doc.body.reports:
            speaker, subject = clean(report.speaker), clean(report.subject)
            if not (speaker or subject):
                continue
            if not subject:
                key = "report.no_subject"
            else:
                key = "report.first" if not out else "report.next"
            out.append(capitalise(self.lt.label(key, speaker=speaker, subject=subject)))
        return out

    def requirements_sentence(self) -> str:
        body = self.doc.body
        by, topic = clean(body.requirements_by), clean(body.requirements_topic)
        if not (by or topic):
            return ""
        if not topic and any(clean(s.lead_in) for s in body.sections):
            return ""  # "会议指出，一要…": the list's lead-in already says who set them out
        by = by or self.lt.label("requirements.by_default")
        if topic:
            return self.lt.label("requirements", by=by, topic=topic)
        return self.lt.label("requirements.no_topic", by=by)

    def remark_paragraphs(self, remark: Remark) -> list[str]:
        """王立伟就做好当前各项重点工作强调，要……。 The lead-in joins the first paragraph."""
        speaker, topic = clean(remark.speaker), clean(remark.topic)
        verb = clean(remark.verb) or self.lt.label("remark.verb")
        texts = [self.lt.sentence(p) for p in paragraphs(remark.text)]
        if speaker:
            key = "remark" if topic else "remark.no_topic"
            lead_in = self.lt.label(key, speaker=speaker, topic=topic, verb=verb)
            lead_in = capitalise(lead_in)
            if texts:
                texts[0] = lead_in + texts[0]
            else:
                texts = [self.lt.sentence(lead_in.rstrip("，: "))]
        return texts

    # --- motions and actions --------------------------------------------------------------

    def motion_spans(self, motion: Motion) -> tuple[Span, ...]:
        """Motion: wording (proposed …; seconded …). Result: Carried (5 for, 1 against)."""
        lt = self.lt
        colon = lt.label("colon")
        text = clean(motion.text)
        mover, seconder = clean(motion.mover), clean(motion.seconder)
        if mover or seconder:  # the parenthesis goes before the stop
            text = text.rstrip("。.")
        spans = [Span(lt.label("motion") + colon, SpanKind.LABEL), Span(text)]
        if mover and seconder:
            spans.append(Span(lt.label("motion.moved_seconded", mover=mover, seconder=seconder)))
        elif mover:
            spans.append(Span(lt.label("motion.moved", mover=mover)))
        elif seconder:  # a seconder without a mover is a clerk's slip; still keep the name
            spans.append(Span(lt.label("motion.moved_seconded", mover="—", seconder=seconder)))
        if not lt.is_punctuated(spans[-1].text):
            spans.append(Span(lt.label("stop")))
        spans.append(Span("\n"))
        spans.append(Span(lt.label("motion.result") + colon, SpanKind.LABEL))
        spans.append(Span(self.motion_result(motion)))
        return tuple(spans)

    def motion_result(self, motion: Motion) -> str:
        lt = self.lt
        result = lt.label(f"result.{motion.result.value}")
        counts = []
        if motion.votes_for is not None:
            counts.append(lt.label("motion.for", n=motion.votes_for))
        if motion.votes_against is not None:
            counts.append(lt.label("motion.against", n=motion.votes_against))
        if motion.abstentions is not None:
            key = "motion.abstention" if motion.abstentions == 1 else "motion.abstentions"
            counts.append(lt.label(key, n=motion.abstentions))
        if counts:
            glue = lt.label("motion.counts_glue")
            result += f"（{glue.join(counts)}）" if lt.chinese else f" ({glue.join(counts)})"
        return lt.sentence(result)

    def due_text(self, action: ActionItem) -> str:
        return self.lt.date_long(action.due) if action.due else ""

    def action_sentence(self, action: ActionItem) -> str:
        """Decided item with its responsible unit and deadline (每项议定事项明确责任单位和时限)."""
        text = clean(action.text)
        owner, due = clean(action.owner), self.due_text(action)
        if owner and due:
            tail = self.lt.label("action.owner_due", owner=owner, due=due)
        elif owner:
            tail = self.lt.label("action.owner", owner=owner)
        elif due:
            tail = self.lt.label("action.due", due=due)
        else:
            return self.lt.sentence(text)
        if self.lt.chinese:
            return text.rstrip("。") + tail + "。" if text else tail.strip("（）")
        return text.rstrip(".") + tail + "." if text else tail.strip(" ()")

    # --- closing --------------------------------------------------------------------------

    def format_sentence(self) -> str:
        """会议以视频形式召开，各县市区设分会场。 In-person meetings get no format line."""
        h = self.doc.header
        if h.format == MeetingFormat.IN_PERSON:
            return ""
        text = self.lt.label("format.video" if h.format == MeetingFormat.VIDEO else "format.hybrid")
        main = clean(h.main_venue)
        if main:
            text += self.lt.label("format.main_venue", venue=main)
        branches = self.lt.join(clean(v) for v in h.branch_venues)
        if branches:
            text += self.lt.label("format.branch_venues", venues=branches)
        return text + self.lt.label("stop")

    def closing_notes(self) -> list[str]:
        return [p for note in self.doc.body.closing_notes for p in paragraphs(note)]

    def free_paragraphs(self) -> list[str]:
        return [p for text in self.doc.body.free_paragraphs for p in paragraphs(text)]


def numbered(lt: LocaleText, number: str, heading: str) -> tuple[Span, ...]:
    """Number and heading as spans; English puts a space after the number."""
    glue = "" if lt.chinese else " "
    return (
        Span(number + (glue if heading else ""), SpanKind.NUMBER),
        Span(heading, SpanKind.HEADING),
    )


def sub_items(
    out: BlockList, lt: LocaleText, section: Section, path: str, plan: NumberingPlan
) -> None:
    """A section's sub-items: (一)/(a) numbering that skips empty ones, at level 2.

    With a heading the number opens a level-2 heading; without one it opens the first paragraph.
    """
    style = plan.sub_item_style(lt.chinese)
    for m, j, sub in plan.sub_items(section):
        heading, texts = clean(sub.heading).rstrip("。."), paragraphs(sub.body)
        number = clean(sub.marker) or lt.number(m, style)
        sub_path = f"{path}.sub_items[{j}]"
        if heading:
            out.add(BlockKind.HEADING, *numbered(lt, number, heading), level=2, path=sub_path)
        else:
            texts[0] = number + ("" if lt.chinese else " ") + texts[0]
        for text in texts:
            out.text(BlockKind.PARAGRAPH, text, level=2, path=sub_path)


def remarks_and_motions(out: BlockList, ph: Phrases) -> None:
    """Other speakers' remarks, then the meeting's motions: a paragraph each, in draft order."""
    body = ph.doc.body
    for i, remark in enumerate(body.remarks):
        for text in ph.remark_paragraphs(remark):
            out.text(BlockKind.PARAGRAPH, text, path=f"body.remarks[{i}]")
    for i, motion in enumerate(body.motions):
        out.add(BlockKind.MOTION, *ph.motion_spans(motion), path=f"body.motions[{i}]")


def roles_in_order(groups: Sequence[AttendeeGroup]) -> Iterable[GroupRole]:
    """出席, 请假, 列席 in the order GB/T 9704 prints them, then named groups."""
    present = {group.role for group in groups}
    order = (GroupRole.PRESENT, GroupRole.APOLOGIES, GroupRole.IN_ATTENDANCE)
    return [role for role in order if role in present]
