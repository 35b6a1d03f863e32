"""The meeting record: one tree of plain pydantic models, the single truth of a draft.

Pydantic gives us strict validation with field paths, JSON (de)serialisation in Rust and a
machine-readable JSON Schema from one definition. Assignment is not validated (that would cost
every keystroke); text enters through ``clean_text`` in the model operations and on load.
Nothing here stores a number that position already gives: sections, sub-items and people are
numbered by the rendering pass.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from .text import clean_text

MAX_TEXT = 200_000  # one field; a whole report body is a few thousand characters
MAX_ITEMS = 10_000  # one list; an annual work meeting has a few hundred items

Text = Annotated[str, AfterValidator(clean_text), Field(max_length=MAX_TEXT)]
ShortText = Annotated[str, AfterValidator(clean_text), Field(max_length=2_000)]


class _Node(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", validate_default=False)


class MeetingFormat(StrEnum):
    IN_PERSON = "in_person"
    VIDEO = "video"
    HYBRID = "hybrid"


class DocumentStyle(StrEnum):
    JIYAO = "jiyao"  # 纪要, GB/T 9704-2012
    NEWS = "news"  # 会议报道, newspaper meeting report
    BOARD = "board"  # English board minutes


class GroupRole(StrEnum):
    PRESENT = "present"  # 出席
    IN_ATTENDANCE = "in_attendance"  # 列席
    APOLOGIES = "apologies"  # 请假
    CUSTOM = "custom"  # a named group such as 市领导


class MotionResult(StrEnum):
    PENDING = "pending"
    CARRIED = "carried"
    CARRIED_UNANIMOUSLY = "carried_unanimously"
    LOST = "lost"
    WITHDRAWN = "withdrawn"
    DEFERRED = "deferred"


SUPPORTED_LOCALES = ("zh_CN", "en_GB", "en_US")


class Person(_Node):
    name: ShortText = ""
    title: ShortText = ""  # 市委书记、市疫情防控工作领导小组组长 / Treasurer
    note: ShortText = ""  # 因公请假 / leave reason / "from 10:30"


class AttendeeGroup(_Node):
    role: GroupRole = GroupRole.PRESENT
    label: ShortText = ""  # shown instead of the role's label when set (市领导)
    people: list[Person] = Field(default_factory=list, max_length=MAX_ITEMS)


class Speaker(_Node):
    """Someone who spoke besides the presider, with what they did (作具体安排)."""

    name: ShortText = ""
    title: ShortText = ""
    contribution: ShortText = ""


class Header(_Node):
    organisation: ShortText = ""
    meeting_name: ShortText = ""  # as printed: 市委第二十四次专题会议暨市疫情防控工作领导小组会议
    session_number: int | None = Field(default=None, ge=1, le=100_000)  # 24 -> 第二十四次
    meeting_kind: ShortText = ""  # 专题会议 / regular / special / annual
    title: ShortText = ""  # headline override; empty derives it from the meeting name
    deck: list[ShortText] = Field(default_factory=list, max_length=20)  # 副题 lines
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    place: ShortText = ""
    format: MeetingFormat = MeetingFormat.IN_PERSON
    main_venue: ShortText = ""  # 主会场 for video and hybrid meetings
    branch_venues: list[ShortText] = Field(default_factory=list, max_length=MAX_ITEMS)  # 分会场
    purpose: Text = ""  # 研究部署当前疫情防控和经济社会发展重点工作
    locale: str = Field(default="zh_CN", pattern=r"^(zh_CN|en_GB|en_US)$")
    style: DocumentStyle = DocumentStyle.JIYAO
    issue_number: int | None = Field(default=None, ge=1, le=100_000)  # 第X期 of a 纪要
    source: ShortText = ""  # 来源 of a news report
    published: dt.datetime | None = None  # 更新时间 of a news report
    reporter: ShortText = ""  # 记者
    recorder: ShortText = ""  # 记录 / minute taker
    next_meeting: ShortText = ""  # English minutes: date and place of the next meeting


class People(_Node):
    presiders: list[Person] = Field(default_factory=list, max_length=MAX_ITEMS)
    speakers: list[Speaker] = Field(default_factory=list, max_length=MAX_ITEMS)
    groups: list[AttendeeGroup] = Field(default_factory=list, max_length=MAX_ITEMS)


class Report(_Node):
    """A report heard: 会上，各县市区主要负责同志围绕……作了汇报。"""

    speaker: ShortText = ""
    subject: Text = ""


class SubItem(_Node):
    heading: Text = ""
    body: Text = ""


class ActionItem(_Node):
    text: Text = ""
    owner: ShortText = ""
    due: dt.date | None = None


class Motion(_Node):
    text: Text = ""  # exact wording: "That the budget for 2025 be approved."
    mover: ShortText = ""
    seconder: ShortText = ""
    result: MotionResult = MotionResult.PENDING
    votes_for: int | None = Field(default=None, ge=0, le=1_000_000)
    votes_against: int | None = Field(default=None, ge=0, le=1_000_000)
    abstentions: int | None = Field(default=None, ge=0, le=1_000_000)


class Section(_Node):
    """A numbered directive section or agenda item: heading phrase plus body."""

    speaker: ShortText = ""
    heading: Text = ""  # 疫情防控要丝毫不松 (the rendering pass adds the number and stop)
    body: Text = ""
    sub_items: list[SubItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    motions: list[Motion] = Field(default_factory=list, max_length=MAX_ITEMS)
    actions: list[ActionItem] = Field(default_factory=list, max_length=MAX_ITEMS)


class Remark(_Node):
    """Another speaker's remarks: 王立伟就做好当前各项重点工作强调，……"""

    speaker: ShortText = ""
    topic: Text = ""
    verb: ShortText = ""  # 强调 / 指出 / said; empty means the locale's default
    text: Text = ""


class Body(_Node):
    reports: list[Report] = Field(default_factory=list, max_length=MAX_ITEMS)
    requirements_by: ShortText = ""  # who set out the sections (李正印)
    requirements_topic: Text = ""  # 就做好当前……重点工作提出具体要求
    sections: list[Section] = Field(default_factory=list, max_length=MAX_ITEMS)
    remarks: list[Remark] = Field(default_factory=list, max_length=MAX_ITEMS)
    motions: list[Motion] = Field(default_factory=list, max_length=MAX_ITEMS)
    action_items: list[ActionItem] = Field(default_factory=list, max_length=MAX_ITEMS)
    closing_notes: list[Text] = Field(default_factory=list, max_length=MAX_ITEMS)
    free_paragraphs: list[Text] = Field(default_factory=list, max_length=MAX_ITEMS)


class MeetingDocument(_Node):
    header: Header = Field(default_factory=Header)
    people: People = Field(default_factory=People)
    body: Body = Field(default_factory=Body)

    def copy_deep(self) -> MeetingDocument:
        return self.model_copy(deep=True)
