"""Translated names of the model's choices (roles, formats, styles, results, locales)."""

from __future__ import annotations

from ..model import DocumentStyle, GroupRole, MeetingFormat, MotionResult
from .i18n import N_, _

GROUP_ROLES = {
    GroupRole.PRESENT: N_("Present (出席)"),
    GroupRole.IN_ATTENDANCE: N_("In attendance (列席)"),
    GroupRole.APOLOGIES: N_("Apologies (请假)"),
    GroupRole.CUSTOM: N_("Named group"),
}

MEETING_FORMATS = {
    MeetingFormat.IN_PERSON: N_("In person"),
    MeetingFormat.VIDEO: N_("Video conference"),
    MeetingFormat.HYBRID: N_("Hybrid (main venue and branch venues)"),
}

DOCUMENT_STYLES = {
    DocumentStyle.JIYAO: N_("纪要 (GB/T 9704 official minutes)"),
    DocumentStyle.NEWS: N_("News report (会议报道)"),
    DocumentStyle.BOARD: N_("Board minutes"),
}

MOTION_RESULTS = {
    MotionResult.PENDING: N_("Pending"),
    MotionResult.CARRIED: N_("Carried"),
    MotionResult.CARRIED_UNANIMOUSLY: N_("Carried unanimously"),
    MotionResult.LOST: N_("Lost"),
    MotionResult.WITHDRAWN: N_("Withdrawn"),
    MotionResult.DEFERRED: N_("Deferred"),
}

DOCUMENT_LOCALES = {
    "zh_CN": N_("Chinese (Simplified)"),
    "en_GB": N_("English (United Kingdom)"),
    "en_US": N_("English (United States)"),
}


def choice_label(choices: dict, value: object) -> str:
    message = choices.get(value)
    return _(message) if message is not None else str(value)
