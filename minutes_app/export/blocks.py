"""The typed blocks the rendering pass produces and every exporter translates.

A block is one paragraph-like unit of the finished document (a title, a lead, a numbered
heading, an attendance line, a table ...). Its text is final: numbers, dates, joined name lists
and labels are already resolved, so an exporter only chooses how each kind looks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    HEAD_NOTE = "head_note"  # 密级和保密期限 / 紧急程度, top left above a 纪要's mark
    MARK = "mark"  # the red 纪要 mark (发文机关标志)
    ISSUE = "issue"  # 第3期
    ISSUER = "issuer"  # issuing body and date above the red rule of a 纪要
    TITLE = "title"  # headline / document title
    DECK = "deck"  # 副题 line, or a board paper's organisation line
    META = "meta"  # 来源/更新时间 of a report; date, time and place of board minutes
    LEAD = "lead"  # byline and lead sentence(s)
    HEADING = "heading"  # numbered heading on its own line; ``level`` 1-4
    SECTION = "section"  # numbered in-paragraph section: 一是疫情防控要丝毫不松。……
    PARAGRAPH = "paragraph"  # body text; ``level`` > 1 indents it under a sub-heading
    ATTENDANCE = "attendance"  # 出席：names / Present: names
    MOTION = "motion"  # a motion with mover, seconder and result
    ACTION_TABLE = "action_table"  # action items: action, owner, due
    ATTENDANCE_TABLE = "attendance_table"  # a 纪要 group as 姓名 / 职务（单位）[/ 备注] rows
    CLOSING = "closing"  # closing line(s): meeting format, closing time, next meeting
    SIGNATURE = "signature"  # a signature line for the chair or the secretary
    ATTACHMENT_NOTE = "attachment_note"  # 附件说明: 附件：1. 名称 (later names aligned)
    ATTACHMENT_LABEL = "attachment_label"  # 附件1, flush left on a new page (黑体)
    ATTACHMENT_TITLE = "attachment_title"  # the attachment page's title, centred
    COLOPHON = "colophon"  # 版记 lines: 抄送：……。 / 印发机关 … 印发日期印发


class SpanKind(StrEnum):
    TEXT = "text"
    LABEL = "label"  # 出席：, Motion:, Date: (黑体 in a 纪要, bold in board minutes)
    NUMBER = "number"  # 一是, 一、, 1., (a)
    HEADING = "heading"  # an in-paragraph heading phrase: 疫情防控要丝毫不松。
    BYLINE = "byline"  # （记者 李雅萍）
    RIGHT = "right"  # set flush right on the same line (the date of the issuer line)
    BLANK = "blank"  # a line to sign or write on
    NAME = "name"  # a personal name in a Chinese list: never broken across lines
    RUN_IN = "run_in"  # a run-in heading with its number, in the heading face: （一）关于……。
    SIGNER = "signer"  # the 签发人's name after its RIGHT label, in 楷体 (GB/T 9704 §7.2.6)


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with one meaning. ``text`` may hold ``\\n`` (a line break) and tabs."""

    text: str
    kind: SpanKind = SpanKind.TEXT


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    spans: tuple[Span, ...] = ()
    level: int = 1  # heading depth (1 = 一、 / 1.), or the depth a paragraph belongs to
    path: str = ""  # model path the block came from (body.sections[2]), for preview anchors

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


@dataclass(frozen=True, slots=True)
class TableBlock:
    kind: BlockKind
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    path: str = ""

    @property
    def text(self) -> str:
        cells = [self.caption, *self.header, *(cell for row in self.rows for cell in row)]
        return "\n".join(cells)


AnyBlock = Block | TableBlock


@dataclass(frozen=True, slots=True)
class RenderedDocument:
    """Everything an exporter needs: the blocks in order plus document metadata."""

    blocks: tuple[AnyBlock, ...]
    style: str  # DocumentStyle value
    locale: str  # zh_CN / en_GB / en_US
    language: str  # BCP 47 tag for lang attributes and core properties: zh-CN
    title: str
    author: str
    subject: str = ""
    page_header: str = ""  # printed at the top of every page (English minutes: initials box)

    @property
    def is_chinese(self) -> bool:
        return self.locale.startswith("zh")

    def plain_text(self) -> str:
        """The document as plain text, one block a line (tests, previews, search)."""
        return "\n".join(block.text for block in self.blocks)
