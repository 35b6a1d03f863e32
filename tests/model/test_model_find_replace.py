"""Find and replace over every text field of a draft (the model operation behind Ctrl+F/H)."""

from __future__ import annotations

import datetime as dt

from minutes_app.model import Header, MeetingDocument, Person, Section, SubItem
from minutes_app.model.document import AttendeeGroup, Body, People
from minutes_app.model.find_replace import Query, find_all, replace_all, text_fields


def _doc() -> MeetingDocument:
    return MeetingDocument(
        header=Header(organisation="市政府办公室", meeting_name="王明主持会议", deck=["王明讲话"],
                      date=dt.date(2024, 5, 8), locale="zh_CN"),
        people=People(groups=[AttendeeGroup(people=[Person(name="王明", title="市长")])]),
        body=Body(sections=[Section(heading="Plan the plans", body="Planning: the plan.",
                                    sub_items=[SubItem(body="王明同志要求")])]),
    )


def test_every_text_field_in_document_order_but_no_codes() -> None:
    paths = [path for path, _value in text_fields(_doc())]
    assert paths.index(("header", "organisation")) < paths.index(("header", "deck", 0))
    assert paths.index(("header", "deck", 0)) < paths.index(("people", "groups", 0, "people", 0, "name"))
    assert ("body", "sections", 0, "sub_items", 0, "body") in paths
    assert ("header", "locale") not in paths  # a code, not the clerk's text
    assert all(isinstance(value, str) for _path, value in text_fields(_doc()))


def test_matches_with_case_and_whole_words() -> None:
    doc = _doc()
    assert len(find_all(doc, Query("王明"))) == 4
    assert [m.start for m in find_all(doc, Query("plan"))] == [0, 9, 0, 14]
    assert [m.start for m in find_all(doc, Query("plan", match_case=True))] == [9, 14]
    whole = find_all(doc, Query("plan", whole_words=True))
    assert [(m.path[-1], m.start) for m in whole] == [("heading", 0), ("body", 14)]  # not "plans"
    assert len(find_all(doc, Query("王明", whole_words=True))) == 4  # Chinese: always whole
    assert find_all(doc, Query("")) == []


def test_replace_all_returns_new_values_and_keeps_the_rest() -> None:
    doc = _doc()
    changes = dict(replace_all(doc, Query("王明"), "李华"))
    assert changes[("header", "meeting_name")] == "李华主持会议"
    assert changes[("body", "sections", 0, "sub_items", 0, "body")] == "李华同志要求"
    assert ("header", "organisation") not in changes
    assert doc.header.meeting_name == "王明主持会议"  # not applied: the editor does, as one step
    changes = dict(replace_all(doc, Query("PLAN", whole_words=True), "budget"))
    assert changes == {
        ("body", "sections", 0, "heading"): "budget the plans",
        ("body", "sections", 0, "body"): "Planning: the budget.",
    }
