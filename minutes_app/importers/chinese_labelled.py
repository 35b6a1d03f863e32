"""The labelled lines of a 纪要: 时间：, 地点：, 会议名称：, 主持：, 出席：, 列席：, 请假：,
记录：, 抄送：, and the names on the lines below a bare "出席：" label.
"""

from __future__ import annotations

import re

from ..model.document import GroupRole
from .chinese_patterns import LABEL, strip_end
from .chinese_sentences import SentenceRecognisers
from .lines import Line
from .outline import match_marker
from .people import attendance_list, parse_people


class ChineseLabelledLines(SentenceRecognisers):
    """Labelled lines, and whether there were any (a 纪要's layout, read when the style is set)."""

    def __init__(self, warnings) -> None:
        super().__init__(warnings)
        self.has_labelled_attendance = False  # 出席： / 记录： / 时间： lines, as a 纪要 has
        self.label_continues: tuple[str, int] | None = None  # "出席：" with names below

    def _labelled(self, line: Line, label: str, value: str) -> None:
        label = re.sub(r"\s", "", label)
        value = value.strip()
        self.has_labelled_attendance = True  # 时间：/主持：/出席：… lines: a 纪要's layout
        if label.startswith(("时间", "会议时间")):
            self._date_from(value, line, explicit=True)
            return
        if label.startswith(("地点", "会议地点")):
            self.header.place = strip_end(value)
            return
        if label in ("会议名称", "会议主题"):
            self._meeting_name(strip_end(value))
            return
        if label.startswith("记录"):
            self.header.recorder = strip_end(value)
            return
        if label.startswith(("抄送", "分送", "发送")):
            self.body.closing_notes.append(line.text)
            return
        if not value:
            self.label_continues = (label, line.no)
            return
        self._labelled_people(label, value)

    def _labelled_people(self, label: str, value: str) -> None:
        if label.startswith("主持"):
            self.people.presiders.extend(parse_people(value))
            return
        people, note = attendance_list(value)
        if label.startswith("列席"):
            self.add_group(GroupRole.IN_ATTENDANCE, people, note=note)
        elif label.startswith(("请假", "缺席")):
            role_label = "" if label.startswith("请假") else "缺席"
            self.add_group(GroupRole.APOLOGIES, people, role_label, note)
        else:
            self.add_group(GroupRole.PRESENT, people, note=note)

    def _label_continuation(self, line: Line) -> bool:
        """Names on the lines below a bare "出席：" label."""
        assert self.label_continues is not None
        text = line.text
        if LABEL.match(text) or match_marker(text) or "。" in text or len(text) > 80:
            return False
        if not parse_people(text):
            return False
        self._labelled_people(self.label_continues[0], text)
        return True
