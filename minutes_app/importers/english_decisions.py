"""Motions and actions in English minutes: "RESOLVED that …", "Proposed by X, seconded by Y.
Carried unanimously.", "(5 for, 2 against)", "Action: Jane Roe to circulate the draft by 30 May".

Each function takes a line's text and returns what it found; the parser (english.py) places it in
the document. Wording is kept: only the mover, seconder, result, votes, owner and due date are
taken out of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..model.document import ActionItem, Motion, MotionResult

_MOTION = re.compile(
    r"^(?P<kind>motion|resolved|resolution|proposal|it was (?:resolved|agreed)|"
    r"the (?:board|committee|council|meeting|trustees|governors|directors) (?:resolved|agreed))"
    r"\s*(?::|-|–)?\s*(?P<text>.+)$",
    re.I,
)
_MOVED = re.compile(
    r"[(\[]?\s*(?:proposed|moved)(?:\s+by)?\s*:?\s*(?P<mover>[A-Z][^;,()\]]*?)\s*[;,]?\s*(?:and\s+)?"
    r"seconded(?:\s+by)?\s*:?\s*(?P<seconder>[A-Z][^;,().\]]*?)\s*[)\]]?(?=[;,.]|\s*$|\s+(?:and\s+)?(?:carried|agreed|lost|defeated|approved|passed|withdrawn|deferred))",
    re.I,
)
_MOVED_ONLY = re.compile(
    r"[(\[]?\s*(?:proposed|moved)\s+by\s+(?P<mover>[A-Z][^;,()\]]*?)\s*[)\]]?(?=[;,.]|\s*$)", re.I
)
_RESULT = re.compile(
    r"(?:^|[;.]\s+|[(]\s*|result\s*:\s*)(?:the motion was\s+)?(?P<result>carried unanimously|unanimously carried|"
    r"agreed unanimously|unanimously agreed|approved unanimously|unanimously approved|carried|agreed|approved|passed|"
    r"unanimous(?:ly)?|lost|defeated|not carried|fell|rejected|withdrawn|deferred|postponed)\b",
    re.I,
)
_EMPTY_BRACKETS = re.compile(r"[(\[][\s.;,:]*(?:[)\]]|$)")
_VOTES = (
    re.compile(
        r"(?P<n>\d+)\s+(?:votes?\s+)?(?P<kind>for|in favour|against|abstentions?|abstained|abstaining)",
        re.I,
    ),
    re.compile(
        r"(?P<kind>for|in favour|against|abstentions?|abstained)\s*[:=]?\s*(?P<n>\d+)", re.I
    ),
)
_ACTION = re.compile(
    r"^(?:action(?:s)?|ACTION)\s*(?:\((?P<owner0>[^)]+)\))?\s*(?::|–|-)\s*(?P<text>.+)$", re.I
)
_OWNER_TO = re.compile(
    r"^(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:(?:\s+(?:and|&)\s+|\s+|/)[A-Z][\w.'’-]*){0,5})\s+to\s+(?P<task>.+)$"
)
_OWNER_PAREN = re.compile(
    r"\s*[(\[]\s*(?:owner|responsible|lead|who)\s*:?\s*(?P<owner>[^;,)\]]+?)\s*(?:[;,]\s*(?:due|by|deadline|when)\s*:?\s*(?P<due>[^)\]]+?))?\s*[)\]]\.?$",
    re.I,
)
_DUE_TAIL = re.compile(
    r"(?:\s+(?:by|before|no later than|due(?: by)?)|\s*[–—]|\s+-)\s+(?P<due>[^;()–—]+?)\.?$", re.I
)
_VOTE_PHRASE = re.compile(
    r"\(?\s*(?:votes?|voting|the vote was)?\s*:?\s*(?:(?:\d+\s+(?:votes?\s+)?(?:for|in favour|against|"
    r"abstentions?|abstained)|(?:for|in favour|against|abstentions?|abstained)\s*[:=]?\s*\d+)"
    r"[,;]?\s*(?:and\s+|with\s+)?){1,3}\.?\s*\)?\.?",
    re.I,
)
_DETAIL_START = re.compile(
    r"^(?:result|proposed|moved|seconded|carried|agreed|lost|defeated|withdrawn|deferred|unanimously|votes?|for\b|\()",
    re.I,
)


def parse_motion(text: str) -> Motion | None:
    """ "Motion: To approve …", "RESOLVED that …", "The board agreed to …" with its details."""
    match = _MOTION.match(text)
    if not match:
        return None
    kind = match["kind"].lower()
    wording = match["text"].strip()
    if kind.startswith(("motion", "proposal")) and not wording:
        return None
    motion = Motion()
    wording = motion_parts(motion, wording)
    if re.match(r"^that\b", wording, re.I):
        wording = "T" + wording[1:]
    elif not kind.startswith(("motion", "proposal", "resolution")) and re.match(
        r"^to\b", wording, re.I
    ):
        wording = "T" + wording[1:]
    motion.text = wording
    if motion.result == MotionResult.PENDING and ("resolved" in kind or "agreed" in kind):
        motion.result = MotionResult.CARRIED  # a resolution is a decision taken
    return motion


def take_motion_detail(motion: Motion, text: str) -> bool:
    """A line after a motion that only says who moved it, the result or the votes: taken into
    ``motion`` (True); any other line is left alone (False)."""
    if len(text) > 160 or not _DETAIL_START.match(text):
        return False
    rest = motion_parts(motion, text)
    return not rest.strip(" .;,()")


def motion_parts(motion: Motion, text: str) -> str:
    """Take mover, seconder, result and votes out of ``text``; return the wording left."""
    moved = _MOVED.search(text) or _MOVED_ONLY.search(text)
    if moved:
        motion.mover = moved["mover"].strip()
        if "seconder" in moved.groupdict() and moved["seconder"]:
            motion.seconder = moved["seconder"].strip()
        text = (text[: moved.start()] + text[moved.end() :]).strip()
    seconded = re.search(r"seconded(?:\s+by)?\s*:?\s*(?P<s>[A-Z][^;,().]*)", text)
    if seconded and not motion.seconder:
        motion.seconder = seconded["s"].strip()
        text = (text[: seconded.start()] + text[seconded.end() :]).strip()
    text = _VOTE_PHRASE.sub(lambda m: " " if _votes(motion, m.group()) else m.group(), text)
    result = _RESULT.search(text)
    if result:
        motion.result = _result(result["result"])
        end = result.end()
        if result.group().lstrip(" ;.").startswith(("(", "[")):  # "(Unanimous.)"
            closing = re.match(r"[\s.;,]*[)\]]", text[end:])
            end += closing.end() if closing else 0
        text = text[: result.start()] + text[end:]
    text = _EMPTY_BRACKETS.sub("", " ".join(text.split()))  # what "(Unanimous.)" leaves
    text = re.sub(r"\s+([.;,])", r"\1", text)
    return re.sub(r"(?:[.;,]\s*)+$", ".", text.strip(" ;,(")) if text.strip(" .;,()") else ""


def _votes(motion: Motion, text: str) -> bool:
    """Counts from a vote phrase; "for 2023/24" or "for 12 months" is not one."""
    parts = [m for pattern in _VOTES for m in pattern.finditer(text)]
    labelled = re.search(r"vote|[:=]", text, re.I)
    if not parts or (len(parts) < 2 and not labelled):
        return False
    if any(len(m["n"]) > 4 or text[m.end() : m.end() + 1] == "/" for m in parts):
        return False
    for match in parts:
        number = int(match["n"])
        kind = match["kind"].lower()
        if kind in ("for", "in favour"):
            motion.votes_for = number
        elif kind == "against":
            motion.votes_against = number
        else:
            motion.abstentions = number
    return True


def parse_action(text: str, due_of: Callable[[str], dt.date | None]) -> ActionItem | None:
    """ "Action: Jane Roe to circulate the draft by 30 May 2024" / "Action: … (owner: X; due Y)";
    ``due_of`` reads a date as the meeting's (a year left out is the meeting's year)."""
    match = _ACTION.match(text)
    if not match:
        return None
    task = match["text"].strip()
    paren = _OWNER_PAREN.search(task)
    if paren:
        task, owner, due = _owner_in_brackets(task, paren, due_of)
    else:
        task, owner, due = _owner_to_task(task, due_of)
    task = task.rstrip(". ")
    return ActionItem(
        text=task[:1].upper() + task[1:],
        owner=owner or (match["owner0"] or "").strip(),
        due=due,
    )


def _owner_in_brackets(
    task: str, paren: re.Match[str], due_of: Callable[[str], dt.date | None]
) -> tuple[str, str, dt.date | None]:
    """ "Circulate the draft (owner: Jane Roe; due 30 May)"."""
    owner = paren["owner"].strip()
    task = task[: paren.start()].strip()
    due_text = (paren["due"] or "").strip()
    due = due_of(due_text) if due_text else None
    if due_text and due is None:
        task = f"{task} ({due_text})"  # "due: next meeting" stays in the wording
    return task, owner, due


def _owner_to_task(
    task: str, due_of: Callable[[str], dt.date | None]
) -> tuple[str, str, dt.date | None]:
    """ "Jane Roe to circulate the draft by 30 May 2024"."""
    owner = ""
    owner_to = _OWNER_TO.match(task)
    if owner_to:
        owner = re.sub(r"^the\s+", "", owner_to["owner"], flags=re.I)
        task = owner_to["task"].strip()
    tail = _DUE_TAIL.search(task)
    due = due_of(tail["due"]) if tail else None
    if tail and due is not None:
        task = task[: tail.start()].strip()
    return task, owner, due


def _result(word: str) -> MotionResult:
    word = word.lower()
    if "unanim" in word:
        return MotionResult.CARRIED_UNANIMOUSLY
    if word in ("carried", "agreed", "approved", "passed"):
        return MotionResult.CARRIED
    if word in ("withdrawn",):
        return MotionResult.WITHDRAWN
    if word in ("deferred", "postponed"):
        return MotionResult.DEFERRED
    return MotionResult.LOST
