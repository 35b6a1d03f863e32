"""The meeting record: one tree of msgspec Structs, the single truth of a draft.

msgspec gives strict validation with field paths (unknown fields refused, no type coercion),
JSON (de)serialisation in C and a machine-readable JSON Schema from one definition, and it
imports in a few milliseconds, which keeps the editor's start-up close to a bare Qt window.
Assignment is not validated (that would cost every keystroke); text enters through
``clean_text`` in the model operations and on load (each node's ``__post_init__``).
Nothing here stores a number that position already gives: sections, sub-items and people are
numbered by the rendering pass.

Annotations are evaluated when the classes are made (no ``from __future__ import annotations``):
msgspec then reads them as they are, instead of compiling and evaluating about a hundred
strings when the first decoder is built on the start-up path.
"""

import copy
import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, TypeVar, get_args, get_origin, get_type_hints

from msgspec import Meta, Struct, field, json, to_builtins
from msgspec.structs import astuple

from .text import clean_text, clean_tree, one_line

MAX_TEXT = 200_000  # one field; a whole report body is a few thousand characters
MAX_ITEMS = 10_000  # one list; an annual work meeting has a few hundred items

Text = Annotated[str, Meta(max_length=MAX_TEXT)]
# Printed on one line (names, titles, places, labels): line breaks are taken out on load and
# on every edit (``text.one_line``), so 市长陈⏎建华 never prints as a broken line.
ShortText = Annotated[str, Meta(max_length=2_000, extra={"one_line": True})]
HeadlineText = Annotated[str, Meta(max_length=2_000)]  # a title may carry the clerk's breaks
# JSON Schema's "time"/"date-time" formats are replaced by patterns in ``storage.schema``.
Time = Annotated[dt.time, Meta(extra_json_schema={"format": "time"})]
DateTime = Annotated[dt.datetime, Meta(extra_json_schema={"format": "date-time"})]


MANY = Meta(max_length=MAX_ITEMS)  # on a list: at most this many entries
ORDINAL = Meta(ge=1, le=100_000)  # 第X次 / 第X期
VOTES = Meta(ge=0, le=1_000_000)


class _Node(Struct, forbid_unknown_fields=True, kw_only=True):
    """Every node cleans its own text when built or decoded (see ``text.clean_text``); fields
    printed on one line also lose their line breaks (``text.one_line``)."""

    def __post_init__(self) -> None:
        for name in self.__struct_fields__:
            value = getattr(self, name)
            if type(value) is str:
                if not value.isprintable():  # a line break is not printable either
                    setattr(self, name, clean_field(type(self), name, value))
            elif type(value) is list and value and type(value[0]) is str:
                setattr(self, name, [clean_field(type(self), name, v) for v in value])


_ONE_LINE: dict[type, frozenset[str]] = {}


def one_line_fields(cls: type) -> frozenset[str]:
    """Names of the fields of ``cls`` (text or lists of text) printed on one line."""
    found = _ONE_LINE.get(cls)
    if found is None:
        hints = get_type_hints(cls, include_extras=True)
        found = frozenset(name for name, hint in hints.items() if _is_one_line(hint))
        _ONE_LINE[cls] = found
    return found


def _is_one_line(hint: Any) -> bool:
    if get_origin(hint) is Annotated and get_origin(get_args(hint)[0]) is list:
        hint = get_args(hint)[0]  # a list with its own limits: look at its items
    if get_origin(hint) is list:
        hint = get_args(hint)[0]
    metadata = getattr(hint, "__metadata__", ())
    return any(isinstance(m, Meta) and (m.extra or {}).get("one_line") for m in metadata)


def clean_field(cls: type, name: str, value: str) -> str:
    """``value`` as field ``name`` of ``cls`` holds it: cleaned, on one line if printed so."""
    return one_line(value) if name in one_line_fields(cls) else clean_text(value)


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
    people: Annotated[list[Person], MANY] = []
    note: ShortText = ""  # who else came, not as people: 各乡镇主要负责人等80多人
    # The clerk's choice per group: 出席：市长陈建华 or 出席：陈建华 (titles stay in the draft).
    print_titles: bool = True
    # A 纪要 prints the group as a 姓名 / 职务（单位） table under its label (long lists).
    as_table: bool = False


class Speaker(_Node):
    """Someone who spoke besides the presider, with what they did (作具体安排)."""

    name: ShortText = ""
    title: ShortText = ""
    contribution: ShortText = ""


class Header(_Node):
    organisation: ShortText = ""
    meeting_name: ShortText = ""  # as printed: 市委第二十四次专题会议暨市疫情防控工作领导小组会议
    session_number: Annotated[int, ORDINAL] | None = None  # 24 -> 第二十四次
    meeting_kind: ShortText = ""  # 专题会议 / regular / special / annual
    title: HeadlineText = ""  # headline override; empty derives it from the meeting name
    deck: Annotated[list[ShortText], Meta(max_length=20)] = []  # 副题 lines
    date: dt.date | None = None
    date_text: ShortText = ""  # the date as an imported text wrote it: 6月3号上午 / 3rd March
    start_time: Time | None = None
    end_time: Time | None = None
    place: ShortText = ""
    format: MeetingFormat = MeetingFormat.IN_PERSON
    main_venue: ShortText = ""  # 主会场 for video and hybrid meetings
    branch_venues: Annotated[list[ShortText], MANY] = []  # 分会场
    purpose: Text = ""  # 研究部署当前疫情防控和经济社会发展重点工作
    locale: Annotated[str, Meta(pattern=r"^(zh_CN|en_GB|en_US)$")] = "zh_CN"
    style: DocumentStyle = DocumentStyle.JIYAO
    issue_number: Annotated[int, ORDINAL] | None = None  # 第X期 of a 纪要
    classification: ShortText = ""  # 密级和保密期限 of a 纪要, as printed: 秘密★1年
    urgency: ShortText = ""  # 紧急程度: 特急 / 加急
    signer: ShortText = ""  # 签发人 (documents sent upward), one or more names as printed
    source: ShortText = ""  # 来源 of a news report
    published: DateTime | None = None  # 更新时间 of a news report
    reporter: ShortText = ""  # 记者
    recorder: ShortText = ""  # 记录 / minute taker
    next_meeting: ShortText = ""  # English minutes: date and place of the next meeting
    quorum: ShortText = ""  # English minutes, as printed: "The meeting was quorate."
    agenda_approved: bool = False  # English minutes: "The agenda was approved."
    initials_in_header: bool = False  # English minutes: chair's initials and date on each page


class Signatory(_Node):
    """A signature line of English minutes with the name printed under it."""

    role: ShortText = ""  # Chair / Secretary, as printed
    name: ShortText = ""


class People(_Node):
    presiders: Annotated[list[Person], MANY] = []
    speakers: Annotated[list[Speaker], MANY] = []
    groups: Annotated[list[AttendeeGroup], MANY] = []
    # Empty: the chair and the secretary sign, their names taken from presiders and recorder.
    signatories: Annotated[list[Signatory], Meta(max_length=20)] = []


class Report(_Node):
    """A report heard: 会上，各县市区主要负责同志围绕……作了汇报。"""

    speaker: ShortText = ""
    subject: Text = ""


class SubItem(_Node):
    marker: ShortText = ""  # as written in an imported text: （一） / (a); empty: numbered
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
    votes_for: Annotated[int, VOTES] | None = None
    votes_against: Annotated[int, VOTES] | None = None
    abstentions: Annotated[int, VOTES] | None = None


class Section(_Node):
    """A numbered directive section or agenda item: heading phrase plus body."""

    minute_ref: ShortText = ""  # UK minute number as the clerk keeps it: 25/03
    speaker: ShortText = ""
    lead_in: Text = ""  # the words that introduce a list, on its first section: 会议指出，
    marker: ShortText = ""  # as written in an imported text: 一要 / 1234 / 25/03; empty: numbered
    heading: Text = ""  # 疫情防控要丝毫不松 (the rendering pass adds the number and stop)
    body: Text = ""
    sub_items: Annotated[list[SubItem], MANY] = []
    motions: Annotated[list[Motion], MANY] = []
    actions: Annotated[list[ActionItem], MANY] = []


class Remark(_Node):
    """Another speaker's remarks: 王立伟就做好当前各项重点工作强调，……"""

    speaker: ShortText = ""
    topic: Text = ""
    verb: ShortText = ""  # 强调 / 指出 / said; empty means the locale's default
    text: Text = ""


class Attachment(_Node):
    """附件: named in the 附件说明 after the body; with a body it also gets its own page."""

    name: ShortText = ""  # 2025年重点项目清单 (no punctuation after it, GB/T 9704 §7.3.4)
    title: ShortText = ""  # the attachment page's title; empty repeats the name
    body: Text = ""  # the attachment page's text; empty prints no page


class Colophon(_Node):
    """版记 of a 纪要 (GB/T 9704 §7.4): distribution, issuing office and date."""

    copy_label: ShortText = ""  # 抄送 (empty) or 分送, as the office writes it
    copies_to: Annotated[list[ShortText], MANY] = []  # units, in protocol order
    printed_by: ShortText = ""  # 印发机关: 云川市人民政府办公室
    printed_on: dt.date | None = None  # 印发日期


class Passage(_Node):
    """A paragraph of an imported text as written, so exports print the clerk's own words.

    ``feeds`` are the draft fields read from it (``header.date``, ``people.groups``) and
    ``fingerprint`` digests of their values at import, one per field: once the clerk edits one
    of them, exports print that field instead.
    """

    text: Text = ""
    feeds: Annotated[list[ShortText], Meta(max_length=64)] = []
    fingerprint: ShortText = ""


class Body(_Node):
    reports: Annotated[list[Report], MANY] = []
    requirements_by: ShortText = ""  # who set out the sections (李正印)
    requirements_topic: Text = ""  # 就做好当前……重点工作提出具体要求
    sections: Annotated[list[Section], MANY] = []
    remarks: Annotated[list[Remark], MANY] = []
    motions: Annotated[list[Motion], MANY] = []
    action_items: Annotated[list[ActionItem], MANY] = []
    closing_notes: Annotated[list[Text], MANY] = []
    free_paragraphs: Annotated[list[Text], MANY] = []
    as_written: Annotated[list[Passage], MANY] = []  # an imported text, in source order
    attachments: Annotated[list[Attachment], Meta(max_length=100)] = []


class MeetingDocument(_Node):
    header: Header = field(default_factory=Header)
    people: People = field(default_factory=People)
    body: Body = field(default_factory=Body)
    colophon: Colophon = field(default_factory=Colophon)

    def copy_deep(self) -> "MeetingDocument":
        return copy_deep(self)


# Generic helpers, so that no module outside the model needs to know it is built on msgspec.

Node = _Node
N = TypeVar("N")


def copy_deep(node: N) -> N:
    """An independent copy of any node or list of nodes (undo keeps these)."""
    return copy.deepcopy(node)


def field_names(node: Node | type[Node]) -> tuple[str, ...]:
    """The node's fields in declaration order (the order of the draft file)."""
    return node.__struct_fields__


def field_values(node: Node) -> tuple[Any, ...]:
    """The node's field values in declaration order (one C call: cheap enough per line)."""
    return astuple(node)


def to_plain(node: Any) -> Any:
    """The node as JSON-ready data: dicts, lists, text, numbers; dates as ISO text."""
    return to_builtins(node)


def snapshot(doc: MeetingDocument) -> bytes:
    """The document frozen as JSON bytes (about a millisecond for a 1000-section draft), to
    hand to another thread; ``from_snapshot`` gives it back validated, as loading would."""
    try:
        return json.encode(doc)
    except UnicodeEncodeError:  # a lone surrogate assigned without clean_text: clean a copy
        return json.encode(clean_tree(to_builtins(doc)))


def from_snapshot(data: bytes) -> MeetingDocument:
    return json.decode(data, type=MeetingDocument)
