"""Hypothesis strategies for every model type (shared by the model and storage tests).

Text mixes scripts on purpose: CJK inside and beyond the BMP (𠮷, 𩸽), emoji including ZWJ
sequences and flags, right-to-left Hebrew and Arabic with marks, combining accents, markup
characters, whitespace, plus arbitrary generated characters. It is passed through
``clean_text`` because that is the sanitising rule every way into a document applies; the
sanitising itself has its own property tests.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from minutes_app.model import (
    ActionItem,
    Attachment,
    AttendeeGroup,
    Body,
    Colophon,
    DocumentStyle,
    GroupRole,
    Header,
    MeetingDocument,
    MeetingFormat,
    Motion,
    MotionResult,
    People,
    Person,
    Remark,
    Report,
    Section,
    Signatory,
    Speaker,
    SubItem,
    clean_text,
)
from minutes_app.model.document import SUPPORTED_LOCALES

PIECES = [
    "𠮷", "𩸽", "𪚥", "纪要", "出席", "一是", "（一）", "、", "，", "。", "　",
    "😀", "👩\u200d💻", "🇨🇳", "🏳️\u200d🌈", "👍🏽",
    "שָׁלוֹם", "مرحبا بكم", "\u200f", "\u200e",
    "e\u0301", "Zürich", "Ærø", "ß",
    "<script>alert(1)</script>", "&amp;", '"', "'", "\\", "{", "}",
    "\t", "\n", " ", "  ", "\ufeff", "\u200b",
]

_mixed = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), min_size=1, max_size=5)
# Most fields of a real draft are empty or a known phrase; drawing every one richly would make
# each document cost a hundred milliseconds, so a third of the draws are cheap.
text = st.one_of(
    st.just(""),
    st.sampled_from(PIECES),
    _mixed.map("".join).map(clean_text),
)
short_text = text


def _small_lists(elements: st.SearchStrategy, max_size: int = 3) -> st.SearchStrategy:
    return st.lists(elements, max_size=max_size)


dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
times = st.times()
datetimes = st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2200, 1, 1))

people = st.builds(Person, name=short_text, title=short_text, note=short_text)
speakers = st.builds(Speaker, name=short_text, title=short_text, contribution=short_text)
groups = st.builds(
    AttendeeGroup,
    role=st.sampled_from(GroupRole),
    label=short_text,
    people=_small_lists(people, 4),
    print_titles=st.booleans(),
    as_table=st.booleans(),
)
signatories = st.builds(Signatory, role=short_text, name=short_text)
attachments = st.builds(Attachment, name=short_text, title=short_text, body=text)
colophons = st.builds(
    Colophon,
    copy_label=short_text,
    copies_to=_small_lists(short_text),
    printed_by=short_text,
    printed_on=st.none() | dates,
)
counts = st.none() | st.integers(0, 1_000_000)
motions = st.builds(
    Motion,
    text=text,
    mover=short_text,
    seconder=short_text,
    result=st.sampled_from(MotionResult),
    votes_for=counts,
    votes_against=counts,
    abstentions=counts,
)
actions = st.builds(ActionItem, text=text, owner=short_text, due=st.none() | dates)
sub_items = st.builds(SubItem, heading=text, body=text)
sections = st.builds(
    Section,
    minute_ref=short_text,
    speaker=short_text,
    heading=text,
    body=text,
    sub_items=_small_lists(sub_items),
    motions=_small_lists(motions, 2),
    actions=_small_lists(actions, 2),
)
reports = st.builds(Report, speaker=short_text, subject=text)
remarks = st.builds(Remark, speaker=short_text, topic=text, verb=short_text, text=text)
positive = st.none() | st.integers(1, 100_000)

headers = st.builds(
    Header,
    organisation=short_text,
    meeting_name=short_text,
    session_number=positive,
    meeting_kind=short_text,
    title=short_text,
    deck=_small_lists(short_text),
    date=st.none() | dates,
    start_time=st.none() | times,
    end_time=st.none() | times,
    place=short_text,
    format=st.sampled_from(MeetingFormat),
    main_venue=short_text,
    branch_venues=_small_lists(short_text),
    purpose=text,
    locale=st.sampled_from(SUPPORTED_LOCALES),
    style=st.sampled_from(DocumentStyle),
    issue_number=positive,
    classification=short_text,
    urgency=short_text,
    signer=short_text,
    source=short_text,
    published=st.none() | datetimes,
    reporter=short_text,
    recorder=short_text,
    next_meeting=short_text,
    quorum=short_text,
    agenda_approved=st.booleans(),
    initials_in_header=st.booleans(),
)
people_parts = st.builds(
    People,
    presiders=_small_lists(people, 2),
    speakers=_small_lists(speakers, 2),
    groups=_small_lists(groups),
    signatories=_small_lists(signatories, 2),
)
bodies = st.builds(
    Body,
    reports=_small_lists(reports, 2),
    requirements_by=short_text,
    requirements_topic=text,
    sections=_small_lists(sections, 4),
    remarks=_small_lists(remarks, 2),
    motions=_small_lists(motions, 2),
    action_items=_small_lists(actions, 2),
    closing_notes=_small_lists(text, 2),
    free_paragraphs=_small_lists(text, 2),
    attachments=_small_lists(attachments, 2),
)
documents = st.builds(
    MeetingDocument, header=headers, people=people_parts, body=bodies, colophon=colophons
)

# Any text at all, surrogates and every control character included: what a file may hold.
any_text = st.text(st.characters(exclude_categories=()), max_size=40) | st.lists(
    st.sampled_from(["\x00", "\x0b", "\x0c", "\r\n", "\r", "\x1b", "\x7f", "\x85", "\x9f",
                     "\u2028", "\u2029", "\ud800", "\udfff", "\ufffe", "\uffff", "a", "𠮷"]),
    max_size=12,
).map("".join)
