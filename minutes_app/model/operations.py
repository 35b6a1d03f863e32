"""Small, named edits of a ``MeetingDocument``: the only way the editor changes a draft.

Every operation returns what its inverse needs (the old value, the removed item), so an undo
command is a pair of calls. Places in the tree are *paths*: tuples of attribute names and list
indices, e.g. ``("body", "sections", 2, "heading")``. Paths are plain data, so commands can be
merged by comparing them and tests can name any field.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .document import (
    AttendeeGroup,
    MeetingDocument,
    Node,
    Person,
    Section,
    clean_field,
    copy_deep,
    one_line_fields,
)
from .text import clean_text

Path = tuple[str | int, ...]

SECTIONS: Path = ("body", "sections")
GROUPS: Path = ("people", "groups")


class PathError(LookupError):
    """A path that does not name a field or list element of the document."""


def _step(node: Any, key: str | int) -> Any:
    if isinstance(key, int):
        if not isinstance(node, list) or not -len(node) <= key < len(node):
            raise PathError(f"no element {key}")
        return node[key]
    if not isinstance(node, Node) or key not in node.__struct_fields__:
        raise PathError(f"no field {key!r}")
    return getattr(node, key)


def get_value(doc: MeetingDocument, path: Path) -> Any:
    node: Any = doc
    for key in path:
        try:
            node = _step(node, key)
        except PathError as exc:
            raise PathError(f"{format_path(path)}: {exc}") from None
    return node


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return [clean_text(v) for v in value]
    return value


def set_value(doc: MeetingDocument, path: Path, value: Any) -> Any:
    """Set the field or list element at ``path``; return the value it replaced."""
    if not path:
        raise PathError("empty path")
    parent = get_value(doc, path[:-1])
    key = path[-1]
    old = get_value(doc, path)
    value = _clean_at(doc, path, value)
    if isinstance(key, int):
        parent[key] = value
    else:
        setattr(parent, key, value)
    return old


def _field_at(doc: MeetingDocument, path: Path) -> tuple[type, str] | None:
    """(node class, field name) of the text field at ``path``, an item of a list of text
    included (``header.deck[1]`` is field ``deck`` of Header); None for anything else."""
    field_path = path[:-1] if path and isinstance(path[-1], int) else path
    if len(field_path) >= 1 and isinstance(field_path[-1], str):
        owner = get_value(doc, field_path[:-1])
        if isinstance(owner, Node):
            return type(owner), field_path[-1]
    return None


def is_one_line(doc: MeetingDocument, path: Path) -> bool:
    """Whether the field at ``path`` is printed on one line (a name, a title, a place)."""
    found = _field_at(doc, path)
    return found is not None and found[1] in one_line_fields(found[0])


def _clean_at(doc: MeetingDocument, path: Path, value: Any) -> Any:
    """``value`` cleaned as the field at ``path`` holds text: one-line fields (a name, a unit
    of a list of units) lose their line breaks, as loading would take them out."""
    found = _field_at(doc, path)
    if found is not None:
        cls, name = found
        if isinstance(value, str):
            return clean_field(cls, name, value)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return [clean_field(cls, name, v) for v in value]
    return _clean(value)


def _list_at(doc: MeetingDocument, path: Path) -> list[Any]:
    target = get_value(doc, path)
    if not isinstance(target, list):
        raise PathError(f"{format_path(path)} is not a list")
    return target


def insert_item(doc: MeetingDocument, list_path: Path, index: int, item: Any) -> None:
    items = _list_at(doc, list_path)
    if not 0 <= index <= len(items):
        raise PathError(f"{format_path(list_path)}: cannot insert at {index}")
    items.insert(index, _clean_at(doc, (*list_path, index), item))


def remove_item(doc: MeetingDocument, list_path: Path, index: int) -> Any:
    items = _list_at(doc, list_path)
    if not 0 <= index < len(items):
        raise PathError(f"{format_path(list_path)}: no element {index}")
    return items.pop(index)


def move_item(
    doc: MeetingDocument, src_path: Path, src: int, dst_path: Path, dst: int
) -> None:
    """Move one element so that it ends up at index ``dst`` of the destination list.

    Within one list ``dst`` is the final position, so ``move_item(p, i, p, j)`` is undone by
    ``move_item(p, j, p, i)``; between lists (a person to another group) likewise.
    """
    item = remove_item(doc, src_path, src)
    try:
        insert_item(doc, dst_path, dst, item)
    except PathError:
        insert_item(doc, src_path, src, item)  # put it back: a failed move changes nothing
        raise


# Named operations used by the editor's commands and by tests -------------------------------


def add_section(doc: MeetingDocument, index: int | None = None, section: Section | None = None) -> int:
    sections = doc.body.sections
    index = len(sections) if index is None else index
    insert_item(doc, SECTIONS, index, section if section is not None else Section())
    return index


def remove_section(doc: MeetingDocument, index: int) -> Section:
    return remove_item(doc, SECTIONS, index)


def move_section(doc: MeetingDocument, src: int, dst: int) -> None:
    move_item(doc, SECTIONS, src, SECTIONS, dst)


def duplicate_section(doc: MeetingDocument, index: int) -> int:
    copy = copy_deep(get_value(doc, (*SECTIONS, index)))
    insert_item(doc, SECTIONS, index + 1, copy)
    return index + 1


def add_group(doc: MeetingDocument, group: AttendeeGroup, index: int | None = None) -> int:
    index = len(doc.people.groups) if index is None else index
    insert_item(doc, GROUPS, index, group)
    return index


def remove_group(doc: MeetingDocument, index: int) -> AttendeeGroup:
    return remove_item(doc, GROUPS, index)


def group_people_path(group_index: int) -> Path:
    return (*GROUPS, group_index, "people")


def add_person(doc: MeetingDocument, group_index: int, person: Person, index: int | None = None) -> int:
    people = _list_at(doc, group_people_path(group_index))
    index = len(people) if index is None else index
    insert_item(doc, group_people_path(group_index), index, person)
    return index


def remove_person(doc: MeetingDocument, group_index: int, index: int) -> Person:
    return remove_item(doc, group_people_path(group_index), index)


def move_person(doc: MeetingDocument, src_group: int, src: int, dst_group: int, dst: int) -> None:
    move_item(doc, group_people_path(src_group), src, group_people_path(dst_group), dst)


def format_path(path: Sequence[str | int]) -> str:
    """``("body", "sections", 2, "heading")`` -> ``body.sections[2].heading``."""
    out = ""
    for key in path:
        out += f"[{key}]" if isinstance(key, int) else (f".{key}" if out else key)
    return out
