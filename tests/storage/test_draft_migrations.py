"""Older drafts are upgraded on load with nothing lost; saving writes the current version."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from minutes_app.fileio.atomic import backup_path
from minutes_app.model import GroupRole, to_plain
from minutes_app.storage import CURRENT_VERSION, DraftError, load_draft, loads_draft, save_draft

V1 = Path(__file__).resolve().parent / "data" / "v1-prototype.minutes"


def strings(node: Any, skip: frozenset[str] = frozenset()) -> list[str]:
    """Every text value in a JSON tree, except under the keys in ``skip``."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, list):
        return [s for item in node for s in strings(item, skip)]
    if isinstance(node, dict):
        return [s for key, value in node.items() if key not in skip for s in strings(value, skip)]
    return []


def test_v1_upgrades_to_the_current_version() -> None:
    doc = load_draft(V1)
    assert doc.header.meeting_name == "局党组2019年第9次会议"
    assert doc.header.date.isoformat() == "2019-11-20" and doc.header.issue_number == 9
    assert doc.header.start_time.isoformat() == "09:00:00"
    assert [p.name for p in doc.people.presiders] == ["王建国"]
    # Sections are ordered by their stored numbers; numbers themselves are gone (position).
    assert [s.heading for s in doc.body.sections] == [
        "关于学习贯彻全会精神", "关于冬季道路运输安全工作", "其他事项",
    ]
    assert doc.body.sections[1].body.startswith("会议要求，运输科于11月30日前")
    # The flat attendee list becomes groups in order of first appearance, people in file order.
    assert [g.role for g in doc.people.groups] == [
        GroupRole.PRESENT, GroupRole.APOLOGIES, GroupRole.IN_ATTENDANCE,
    ]
    assert [p.name for p in doc.people.groups[0].people] == ["王建国", "孙立", "周𠮷"]
    assert doc.people.groups[1].people[0].note == "在外地出差"
    assert doc.body.free_paragraphs == ["会议于11时30分结束。", "附件：年终考核方案 😀"]


def test_no_text_of_the_v1_file_is_lost() -> None:
    raw = json.loads(V1.read_text(encoding="utf-8"))
    # Roles become group roles; "09:00" is written back as "09:00:00" (checked above).
    old_text = strings(raw["document"], skip=frozenset({"role", "start_time"}))
    new_text = strings(to_plain(load_draft(V1)))
    missing = [s for s in old_text if s not in new_text]
    assert not missing
    assert len(old_text) > 25  # the comparison covered the whole file


def test_saving_an_upgraded_draft_writes_the_current_version_and_keeps_the_v1_file(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.minutes"
    path.write_bytes(V1.read_bytes())
    doc = load_draft(path)
    save_draft(doc, path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == CURRENT_VERSION
    assert backup_path(path).read_bytes() == V1.read_bytes()
    assert load_draft(path) == doc


def test_a_minimal_v1_file_upgrades() -> None:
    doc = loads_draft('{"format": "minutes-draft", "schema_version": 1, "document": {}}')
    assert doc.body.sections == [] and doc.people.groups == []


def test_v1_fields_that_fail_v2_validation_are_named_by_their_v2_path() -> None:
    text = json.dumps({
        "format": "minutes-draft",
        "schema_version": 1,
        "document": {"attendees": [{"name": "赵敏", "role": "guest"}]},
    })
    with pytest.raises(DraftError, match=r"^old\.minutes: people\.groups\[0\]\.role: must be"):
        loads_draft(text, "old.minutes")


V2 = Path(__file__).resolve().parent / "data" / "v2-jiyao.minutes"


def test_v2_upgrades_to_v3_with_every_field_kept_and_the_new_ones_at_their_defaults() -> None:
    raw = json.loads(V2.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 2
    doc = load_draft(V2)
    new = to_plain(doc)
    # Every v2 field is still there with the same value (v3 only adds fields).
    def same(old: Any, upgraded: Any, path: str) -> None:
        if isinstance(old, dict):
            for key, value in old.items():
                same(value, upgraded[key], f"{path}.{key}")
        elif isinstance(old, list):
            assert len(old) == len(upgraded), path
            for i, (a, b) in enumerate(zip(old, upgraded, strict=True)):
                same(a, b, f"{path}[{i}]")
        else:
            assert old == upgraded, path
    same(raw["document"], new, "document")
    assert new["colophon"] == {"copy_label": "", "copies_to": [], "printed_by": "", "printed_on": None}
    assert new["body"]["attachments"] == [] and new["people"]["signatories"] == []
    assert all(g["print_titles"] for g in new["people"]["groups"])
    assert all(s["minute_ref"] == "" for s in new["body"]["sections"])
    header = new["header"]
    assert (header["classification"], header["urgency"], header["signer"], header["quorum"]) == (
        "", "", "", "",
    )
    assert header["agenda_approved"] is False and header["initials_in_header"] is False


def test_a_v2_field_v3_refuses_is_named_after_the_upgrade() -> None:
    text = json.dumps({"format": "minutes-draft", "schema_version": 2,
                       "document": {"people": {"groups": [{"print_title": True}]}}})
    with pytest.raises(DraftError) as caught:
        loads_draft(text, "old.minutes")
    assert caught.value.field == "people.groups[0].print_title"
    assert "unknown field" in str(caught.value)


V4 = Path(__file__).resolve().parent / "data" / "v4-jiyao.minutes"


def test_v4_upgrades_to_v5_with_every_field_kept_and_groups_printing_as_lines() -> None:
    raw = json.loads(V4.read_text(encoding="utf-8"))
    assert raw["schema_version"] == 4
    new = to_plain(load_draft(V4))
    groups = new["people"]["groups"]
    assert groups and all(g["as_table"] is False for g in groups)
    for group in groups:
        del group["as_table"]
    assert new == raw["document"]  # nothing else added, dropped or changed
