"""Named model operations: sections, groups, people, set_value by path, and their inverses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from document_strategies import documents, people, sections, text
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from minutes_app.commands.show import outline_lines
from minutes_app.model import (
    AttendeeGroup,
    GroupRole,
    MeetingDocument,
    Node,
    Person,
    Section,
    SubItem,
    copy_deep,
    field_names,
)
from minutes_app.model import operations as ops
from minutes_app.model.operations import PathError, format_path, get_value, set_value


def section_lines(doc: MeetingDocument) -> list[str]:
    """The outline's numbered section lines (top level only), as ``minutes show`` prints them."""
    lines = outline_lines(doc)
    start = next(i for i, line in enumerate(lines) if line.startswith("Sections ("))
    numbered = []
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break
        if not line.startswith("    "):  # deeper lines are sub-items, motions, actions
            numbered.append(line.strip())
    return numbered


def headings(doc: MeetingDocument) -> list[str]:
    return [s.heading for s in doc.body.sections]


# Sections ---------------------------------------------------------------------------------


def test_add_section_appends_or_inserts_and_returns_the_index(seed_doc: MeetingDocument) -> None:
    before = headings(seed_doc)
    assert ops.add_section(seed_doc) == 6
    assert seed_doc.body.sections[6] == Section()
    assert ops.add_section(seed_doc, 0, Section(heading="先学习再部署")) == 0
    assert headings(seed_doc) == ["先学习再部署", *before, ""]


def test_remove_section_returns_it_and_out_of_range_is_a_path_error(seed_doc: MeetingDocument) -> None:
    third = seed_doc.body.sections[2]
    assert ops.remove_section(seed_doc, 2) is third
    assert len(seed_doc.body.sections) == 5
    with pytest.raises(PathError, match=r"body\.sections: no element 5"):
        ops.remove_section(seed_doc, 5)


def test_moving_a_section_renumbers_the_outline(seed_doc: MeetingDocument) -> None:
    assert section_lines(seed_doc)[:2] == ["一是疫情防控要丝毫不松", "二是复工复产要切实抓紧"]
    ops.move_section(seed_doc, 4, 0)  # 高三开学 first
    assert section_lines(seed_doc) == [
        "一是高三开学要落细落实",
        "二是疫情防控要丝毫不松",
        "三是复工复产要切实抓紧",
        "四是脱贫攻坚要尽锐出战",
        "五是稳岗就业要千方百计",
        "六是相关工作要统筹推进",
    ]
    ops.move_section(seed_doc, 0, 5)  # and to the end
    assert section_lines(seed_doc)[-1] == "六是高三开学要落细落实"
    assert section_lines(seed_doc)[0] == "一是疫情防控要丝毫不松"


def test_english_outline_numbers_sections_and_letters_sub_items() -> None:
    doc = MeetingDocument()
    doc.header.locale = "en_GB"
    for heading in ("Apologies", "Minutes", "Finance"):
        ops.add_section(doc, section=Section(heading=heading))
    doc.body.sections[2].sub_items = [SubItem(heading="Accounts"), SubItem(heading="Budget")]
    ops.move_section(doc, 2, 0)
    lines = [line.strip() for line in outline_lines(doc)]
    start = lines.index("Sections (3):") + 1
    assert lines[start : start + 5] == [
        "1. Finance", "(a) Accounts", "(b) Budget", "2. Apologies", "3. Minutes",
    ]


def test_duplicate_section_is_a_deep_copy_after_the_original(seed_doc: MeetingDocument) -> None:
    seed_doc.body.sections[1].sub_items.append(SubItem(heading="抓规上企业"))
    assert ops.duplicate_section(seed_doc, 1) == 2
    original, copy = seed_doc.body.sections[1], seed_doc.body.sections[2]
    assert copy == original and copy is not original
    copy.sub_items[0].heading = "抓中小微企业"
    assert original.sub_items[0].heading == "抓规上企业"
    assert section_lines(seed_doc)[3] == "四是脱贫攻坚要尽锐出战"  # later sections moved down


def test_a_failed_move_changes_nothing(seed_doc: MeetingDocument) -> None:
    before = copy_deep(seed_doc)
    with pytest.raises(PathError):
        ops.move_section(seed_doc, 0, 9)
    with pytest.raises(PathError):
        ops.move_person(seed_doc, 0, 0, 3, 0)  # no group 3
    assert seed_doc == before


# Groups and people ------------------------------------------------------------------------


def test_groups_keep_their_order(seed_doc: MeetingDocument) -> None:
    apologies = AttendeeGroup(role=GroupRole.APOLOGIES, people=[Person(name="李明", note="因公出差")])
    assert ops.add_group(seed_doc, apologies) == 1
    assert ops.add_group(seed_doc, AttendeeGroup(role=GroupRole.IN_ATTENDANCE), 1) == 1
    assert [g.role for g in seed_doc.people.groups] == [
        GroupRole.PRESENT, GroupRole.IN_ATTENDANCE, GroupRole.APOLOGIES,
    ]
    assert ops.remove_group(seed_doc, 2) is apologies


def names(doc: MeetingDocument, group: int) -> list[str]:
    return [p.name for p in doc.people.groups[group].people]


def test_add_remove_and_move_people_within_a_group(seed_doc: MeetingDocument) -> None:
    assert names(seed_doc, 0) == ["张广勇", "张稳科", "李建国", "任忠", "李安林", "任磊"]
    assert ops.add_person(seed_doc, 0, Person(name="王𠮷")) == 6
    assert ops.add_person(seed_doc, 0, Person(name="刘一"), 0) == 0
    removed = ops.remove_person(seed_doc, 0, 3)
    assert removed.name == "李建国"
    ops.move_person(seed_doc, 0, 6, 0, 1)  # 王𠮷 to second place
    assert names(seed_doc, 0) == ["刘一", "王𠮷", "张广勇", "张稳科", "任忠", "李安林", "任磊"]


def test_move_a_person_between_groups(seed_doc: MeetingDocument) -> None:
    ops.add_group(seed_doc, AttendeeGroup(role=GroupRole.APOLOGIES))
    ops.move_person(seed_doc, 0, 1, 1, 0)  # 张稳科 sends apologies
    assert names(seed_doc, 1) == ["张稳科"]
    assert names(seed_doc, 0) == ["张广勇", "李建国", "任忠", "李安林", "任磊"]
    ops.move_person(seed_doc, 1, 0, 0, 5)  # back, at the end
    assert names(seed_doc, 0)[-1] == "张稳科" and names(seed_doc, 1) == []


# Paths ----------------------------------------------------------------------------------


def test_set_value_by_path_returns_the_old_value_and_cleans_text(seed_doc: MeetingDocument) -> None:
    path = ("body", "sections", 2, "heading")
    assert set_value(seed_doc, path, "脱贫攻坚\x00要\u2028尽锐出战") == "脱贫攻坚要尽锐出战"
    assert get_value(seed_doc, path) == "脱贫攻坚要\n尽锐出战"
    assert set_value(seed_doc, ("header", "deck", -1), "张广勇\x0b张稳科出席") == "张广勇　张稳科出席"
    # A deck line is printed on one line: the vertical tab is taken out, not kept as a break.
    assert seed_doc.header.deck[1] == "张广勇张稳科出席"
    assert set_value(seed_doc, ("people", "presiders", 0, "name"), "李\n正印") == "李正印"
    assert seed_doc.people.presiders[0].name == "李正印"
    set_value(seed_doc, ("header", "place"), "Committee\r\nRoom 2")
    assert seed_doc.header.place == "Committee Room 2"
    assert set_value(seed_doc, ("header", "session_number"), 25) == 24
    old = set_value(seed_doc, ("header", "branch_venues"), ["离石区\x07", "孝义市"])
    assert old == ["各县市区"] and seed_doc.header.branch_venues == ["离石区", "孝义市"]


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (("header", "colour"), "header.colour: no field 'colour'"),
        (("body", "sections", 6, "heading"), r"body.sections\[6\].heading: no element 6"),
        (("body", "sections", -7), r"body.sections\[-7\]: no element -7"),
        (("header", "title", 0), r"header.title\[0\]: no element 0"),
        (("people", 0), r"people\[0\]: no element 0"),
        (("body", "sections", "0"), "no field '0'"),
    ],
)
def test_bad_paths_raise_path_error_naming_the_path(
    seed_doc: MeetingDocument, path: ops.Path, message: str
) -> None:
    with pytest.raises(PathError, match=message):
        get_value(seed_doc, path)
    with pytest.raises(PathError):
        set_value(seed_doc, path, "x")


def test_list_operations_check_their_target(seed_doc: MeetingDocument) -> None:
    with pytest.raises(PathError, match="empty path"):
        set_value(seed_doc, (), "x")
    with pytest.raises(PathError, match="header.title is not a list"):
        ops.insert_item(seed_doc, ("header", "title"), 0, "x")
    with pytest.raises(PathError, match="cannot insert at 2"):
        ops.insert_item(seed_doc, ("body", "closing_notes"), 2, "x")
    with pytest.raises(PathError, match="no element 0"):
        ops.remove_item(seed_doc, ("body", "closing_notes"), 0)


def test_format_path() -> None:
    assert format_path(("body", "sections", 2, "sub_items", 0, "heading")) == (
        "body.sections[2].sub_items[0].heading"
    )
    assert format_path(()) == ""


# Every operation is undone by its inverse, built from what it returned --------------------

Undo = Callable[[], Any]


def _text_paths(node: Any, prefix: ops.Path = ()) -> list[ops.Path]:
    if isinstance(node, str):
        return [prefix]
    if isinstance(node, list):
        return [p for i, v in enumerate(node) for p in _text_paths(v, (*prefix, i))]
    if isinstance(node, Node):
        return [p for k in field_names(node) for p in _text_paths(getattr(node, k), (*prefix, k))]
    return []


def _apply_random_op(doc: MeetingDocument, data: st.DataObject) -> Undo:
    """Apply one operation chosen by ``data`` and return the call that undoes it."""
    n_sections, groups = len(doc.body.sections), doc.people.groups
    choices = ["set_text", "add_section", "add_group", "insert_note"]
    if n_sections:
        choices += ["remove_section", "move_section", "duplicate_section"]
    if groups:
        choices += ["remove_group", "add_person"]
    if any(g.people for g in groups):
        choices += ["remove_person", "move_person"]
    match data.draw(st.sampled_from(choices)):
        case "set_text":
            path = data.draw(st.sampled_from(_text_paths(doc)))
            old = set_value(doc, path, data.draw(text))
            return lambda: set_value(doc, path, old)
        case "add_section":
            at = data.draw(st.none() | st.integers(0, n_sections))
            index = ops.add_section(doc, at, data.draw(st.none() | sections))
            return lambda: ops.remove_section(doc, index)
        case "remove_section":
            at = data.draw(st.integers(0, n_sections - 1))
            removed = ops.remove_section(doc, at)
            return lambda: ops.add_section(doc, at, removed)
        case "move_section":
            src, dst = data.draw(st.integers(0, n_sections - 1)), data.draw(st.integers(0, n_sections - 1))
            ops.move_section(doc, src, dst)
            return lambda: ops.move_section(doc, dst, src)
        case "duplicate_section":
            index = ops.duplicate_section(doc, data.draw(st.integers(0, n_sections - 1)))
            return lambda: ops.remove_section(doc, index)
        case "add_group":
            at = data.draw(st.none() | st.integers(0, len(groups)))
            index = ops.add_group(doc, AttendeeGroup(label=data.draw(text)), at)
            return lambda: ops.remove_group(doc, index)
        case "remove_group":
            at = data.draw(st.integers(0, len(groups) - 1))
            group = ops.remove_group(doc, at)
            return lambda: ops.add_group(doc, group, at)
        case "add_person":
            g = data.draw(st.integers(0, len(groups) - 1))
            at = data.draw(st.none() | st.integers(0, len(groups[g].people)))
            index = ops.add_person(doc, g, data.draw(people), at)
            return lambda: ops.remove_person(doc, g, index)
        case "remove_person":
            g = data.draw(st.sampled_from([i for i, grp in enumerate(groups) if grp.people]))
            at = data.draw(st.integers(0, len(groups[g].people) - 1))
            person = ops.remove_person(doc, g, at)
            return lambda: ops.add_person(doc, g, person, at)
        case "move_person":
            g1 = data.draw(st.sampled_from([i for i, grp in enumerate(groups) if grp.people]))
            src = data.draw(st.integers(0, len(groups[g1].people) - 1))
            g2 = data.draw(st.integers(0, len(groups) - 1))
            room = len(groups[g2].people) - (1 if g1 == g2 else 0)
            dst = data.draw(st.integers(0, room))
            ops.move_person(doc, g1, src, g2, dst)
            return lambda: ops.move_person(doc, g2, dst, g1, src)
        case "insert_note":
            notes = ("body", "closing_notes")
            at = data.draw(st.integers(0, len(doc.body.closing_notes)))
            ops.insert_item(doc, notes, at, data.draw(text))
            return lambda: ops.remove_item(doc, notes, at)
    raise AssertionError("unreachable")


# No shrinking: each step re-draws whole documents, and a failure took minutes to shrink; the
# printed draws (operation and arguments) already say what went wrong.
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
@given(doc=documents, data=st.data())
def test_every_operation_is_undone_by_its_inverse(doc: MeetingDocument, data: st.DataObject) -> None:
    original = copy_deep(doc)
    undo: list[Undo] = []
    for _ in range(data.draw(st.integers(1, 6))):
        before = copy_deep(doc)
        undo_one = _apply_random_op(doc, data)
        undo_one()
        assert doc == before  # undone right away ...
        undo.append(_apply_random_op(doc, data))  # ... and again as part of a sequence
    for step in reversed(undo):
        step()
    assert doc == original
