"""The vocabulary of English minutes, as compiled patterns.

Labels (Present:, Apologies:, Chair:, Minutes taken by:, Date:), the title forms ("Minutes of
the … Meeting", "… – Minutes"), the opening and closing sentences, the starts of motion and
action lines, attendance sentences ("X, Y and Z were present.") and the spellings that tell
American from British. The recognisers that use them are ``english`` (the dispatch),
``english_header``, ``english_attendance`` and ``english_prescan``.
"""

from __future__ import annotations

import re

from ..model.document import GroupRole

PEOPLE_LABELS = (
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
PROCEDURE_LABEL = re.compile(
    r"^(?:call to order|opening|welcome|adjournment|adjourn|close of (?:the )?meeting|closing)"
    r"\s*:\s*(?=\S)",
    re.I,
)
# An unnumbered heading ("Old Business", "Treasurer's Report"): a few capitalised words.
BARE_HEADING = re.compile(
    r"^[A-Z][\w'’&/-]*(?:\s+(?:[A-Z0-9][\w'’&/-]*|of|and|the|to|for|in|on|a|an|&))" r"{0,6}$"
)
LABEL = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{1,40}?)\s*:\s*(?P<value>.*)$")
RECORDER_LABEL = re.compile(
    r"^(?:minutes(?: taken by)?|minute[- ]?taker|note[- ]?taker|recorder|clerk|recording secretary)$",
    re.I,
)
CHAIR_LABEL = re.compile(
    r"^(?:chair|chairman|chairwoman|chairperson|chaired by|in the chair|presiding|presiding officer)$",
    re.I,
)
META_LABEL = re.compile(
    r"\b(?P<label>date|time|place|venue|location|where|when|held at|held in|meeting place"
    r"|meeting type)\s*:\s*",
    re.I,
)
NEXT_LABEL = re.compile(r"^(?:date of (?:the )?next meeting|next meeting)$", re.I)
PLACE_LABEL = re.compile(r"^(?:place|venue|location|where|held at|held in|meeting place)$", re.I)

MINUTES_TITLE = re.compile(
    r"^(?:(?P<org>.+?)\s*[–—:|-]\s*)?minutes\s+of\s+(?:the\s+)?(?P<meeting>.+?)"
    r"(?:,?\s+held\s+(?P<held>.+))?$",
    re.I,
)
MINUTES_SUFFIX = re.compile(r"^(?P<meeting>.+?)(?:\s*[–—:|-]\s*|\s+)minutes$", re.I)
MEETING_OF = re.compile(r"^(?P<meeting>(?:[\w-]+\s+){0,3}?meeting)\s+of\s+(?:the\s+)?(?P<org>.+)$", re.I)
MINUTES_STATE = re.compile(r"^(?:draft|approved|unapproved|signed|final)$", re.I)  # "Draft Minutes"
HELD = re.compile(r"^(?:held\s+)?(?:on\s+)?", re.I)
PLACE_AFTER = re.compile(r"(?:^|,|\s)(?:at|in|venue:?)\s+(?:the\s+)?(?P<place>[A-Z0-9].*?)\.?$")
OPENED = re.compile(
    r"^(?:the\s+)?(?P<who>chair(?:man|woman|person)?|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s*(?P<name>[^,]+),)?\s+(?:opened the meeting|declared the meeting open|opened proceedings|"
    r"welcomed [^.]*? and opened the meeting|called the meeting to order)(?P<rest>.*)$",
    re.I,
)
CALLED_BY = re.compile(
    r"^the meeting was (?:called to order|opened)(?P<time>\s+at\s+[^,]+?)?\s+by\s+(?P<who>[^,]+?)\.?$",
    re.I,
)
TITLE_THEN_NAME = re.compile(
    r"^(?P<title>(?:[A-Z][a-z]+\s+)*?(?:President|Chair(?:man|woman|person)?|Vice[- ]President|"
    r"Vice[- ]Chair|Treasurer|Secretary|Director|Mayor))\s+(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)+)$"
)
CLOSED = re.compile(
    r"(?:meeting|chair(?:man|woman|person)?|business)\b[^.]*?\b(?:closed|ended|finished|concluded|"
    r"adjourned|declared the meeting closed)(?:\s+the\s+meeting)?(?:\s+at)?\s+(?P<time>.+)$",
    re.I,
)
# How motion, motion-detail and action lines begin: other lines skip those three parsers.
DECISION_START = re.compile(
    r"(?:motion|resolved|resolution|proposal|it was|the \w+ (?:resolved|agreed)|actions?\b|result|"
    r"proposed|moved|seconded|carried|agreed|lost|defeated|withdrawn|deferred|unanimous|votes?\b|"
    r"for\b|\()",
    re.I,
)
CLOSING_WORDS = ("closed", "ended", "finished", "concluded", "adjourned", "next meeting")
NEXT_MEETING = re.compile(
    r"^(?:the\s+)?(?:date of (?:the )?next meeting|next meeting)\s*(?::|–|-|will be(?: held)?(?: on)?|is)\s*(?P<value>.+)$",
    re.I,
)
APOLOGIES_SENTENCE = re.compile(
    r"^apologies(?: for absence)?\s+(?:were|had been)?\s*(?:received|noted|given|accepted)?\s*from\s+(?P<list>.+?)\.?$",
    re.I,
)
VIDEO = re.compile(
    r"\bheld\s+(?:by|via|over|on|using)\s+(?:video(?:[- ]?conference)?|zoom|teams|microsoft teams|webex|google meet)"
    r"|\bheld\s+(?:online|virtually|remotely)\b|\bby video[- ]?conference\b",
    re.I,
)
HYBRID = re.compile(r"\bhybrid\b|\bin person and (?:by|via|online)", re.I)
HELD_SENTENCE = re.compile(r"(?:the\s+)?meeting\s+was\s+held\b", re.I)
PRESENTED_BY = re.compile(r"^(?:presented|introduced|reported) by\s+(?P<who>.+?)\.?$", re.I)
# The caption of an action log: the actions after it belong to the meeting, not the last item.
ACTION_LOG = re.compile(
    r"^(?:action items?|actions?(?: log| list| arising)?|summary of actions)\s*:?$", re.I
)
SIGNATURE = re.compile(
    r"^(?:signed|chair(?:man|person)?|secretary|date)\b[^a-z]*[_.…]{3,}|^[_.…\s]{5,}$|"
    r"^approved as a (?:correct|true) record\.?$",
    re.I,
)

# Attendance lists and sentences.
SHARED_TITLE = re.compile(r"^(?P<title>Cllrs|Councillors)\.?\s+")
IN_THE_CHAIR = re.compile(
    r"^(?P<who>[^,;()]+?)\s*[(,]?\s*\b(?:in the chair|chairing|presiding)\b\)?\s*(?:[.,;]\s*(?:and\s+)?|$)",
    re.I,
)
PUBLIC = re.compile(
    r"(?:^|,\s*|;\s*|\s+and\s+)(?P<note>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|some|no)\s+(?:members?\s+of\s+the\s+public|residents|parishioners|people|"
    r"others|observers|visitors|guests)\b.*|members\s+of\s+the\s+public\b.*)$",
    re.I,
)
THE_TITLE_NAME = re.compile(r"^the\s+(?P<title>[A-Za-z][\w -]{1,40}?),\s*(?P<name>[A-Z][^,;]+?)\.?$")
PROSE_START = re.compile(
    r"(?:(?:those|members|directors|trustees|governors|councillors)\s+)?present|cllrs?\b|"
    r"councillors?\b|also\s",
    re.I,
)
PROSE_ATTENDANCE = (
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

# Evidence for the locale: American spellings less British ones.
US_SPELLING = re.compile(
    r"\b(?:organiz\w*|recogniz\w*|authoriz\w*|apologiz\w*|favor\w*|honor\w*|color\w*|labor\b|"
    r"center\b|program\b|judgment|fulfill\b|canceled|traveled|behavior|defense)",
    re.I,
)
UK_SPELLING = re.compile(
    r"\b(?:organis\w*|recognis\w*|authoris\w*|apologis\w*|favour\w*|honour\w*|colour\w*|"
    r"labour\b|centre\b|programme\b|judgement|fulfil\b|cancelled|travelled|behaviour|defence|"
    r"cllrs?\b|councillors?|parish council)",
    re.I,
)

# A council's web page lists its officers above the minutes' title.
OFFICER_LABEL = re.compile(
    r"^(?:vice[- ]?|deputy\s+)?(?:chair(?:man|woman|person)?|clerk|treasurer|secretary|mayor|"
    r"president|responsible financial officer|rfo)\s*:",
    re.I,
)
