"""Move the focus to the form field that edits a document path (a problem in the Checks panel
names one): open its page, select the section, group or table row, and focus the widget."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..model.operations import Path as DocPath
from .panels.decision_fields import WHOLE_MEETING

if TYPE_CHECKING:
    from .draft_window import DraftWindow
    from .panels.base import Panel
    from .widgets.record_list import RecordListEditor

# A section's motions and actions: the Motions page's list that edits them.
SECTION_DECISIONS = {"motions": "motions", "actions": "action_items"}
# Lists of the body and the page that edits them.
BODY_PAGES = {
    "reports": "text",
    "requirements_by": "text",
    "requirements_topic": "text",
    "remarks": "text",
    "closing_notes": "text",
    "free_paragraphs": "text",
    "motions": "decisions",
    "action_items": "decisions",
}


def focus_field(window: DraftWindow, path: DocPath) -> bool:
    """Show and focus the editor of ``path``; False when no widget edits it."""
    if len(path) < 2:
        return False
    head, name = path[0], path[1]
    if head == "header":
        return _in_panel(window, "header", path[1:])
    if head == "people" and name == "groups":
        return _group(window, path[2:])
    if head == "people":
        return _in_panel(window, "people", path[1:])
    if head == "body" and name == "sections":
        return _section(window, path[2:])
    if head == "body" and name in ("motions", "action_items"):
        return _decisions(window, WHOLE_MEETING, name, path[2:])
    if head == "body" and name in BODY_PAGES:
        return _in_panel(window, BODY_PAGES[name], path[1:])
    return False


def _show(window: DraftWindow, key: str) -> Panel:
    panel = window.panels[key]
    window.tabs.setCurrentWidget(window.panels.holder(key))
    return panel


def _focus(panel: Panel, widget: QWidget | None) -> bool:
    if widget is None:
        return False
    panel.ensureWidgetVisible(widget)
    widget.setFocus()
    return True


def _in_panel(window: DraftWindow, key: str, rest: tuple) -> bool:
    """A field of a panel (``("place",)``) or a row of one of its lists (``("remarks", 2, "text")``)."""
    panel = _show(window, key)
    name = rest[0]
    if name in panel.lists:
        return _row(panel, panel.lists[name], rest[1:])
    return _focus(panel, panel.widgets.get(str(name)))


def _row(panel: Panel, editor: RecordListEditor, rest: tuple) -> bool:
    if rest and isinstance(rest[0], int):
        editor.select_row(rest[0], _column(editor, rest[1] if len(rest) > 1 else None))
    panel.ensureWidgetVisible(editor)
    editor.table.setFocus()
    return True


def _column(editor: RecordListEditor, name: object) -> int:
    names = [spec.name for spec in editor.model.columns]
    return names.index(name) if name in names else 0


def _group(window: DraftWindow, rest: tuple) -> bool:
    panel = _show(window, "people")
    editors = panel.group_editors  # type: ignore[attr-defined]
    if not rest or not 0 <= rest[0] < len(editors):  # the groups as a whole: add one
        return _focus(panel, panel.add_group_button)  # type: ignore[attr-defined]
    group = editors[rest[0]]
    if len(rest) > 1 and rest[1] == "people":
        return _row(panel, group.people, rest[2:])
    return _focus(panel, group.widgets.get(str(rest[1])) if len(rest) > 1 else group.widgets["role"])


def _section(window: DraftWindow, rest: tuple) -> bool:
    panel = _show(window, "sections")
    if not rest:
        panel.list.table.setFocus()  # type: ignore[attr-defined]
        return True
    panel.list.select_row(rest[0])  # type: ignore[attr-defined]
    editor = panel.editor  # type: ignore[attr-defined]
    name = rest[1] if len(rest) > 1 else "heading"
    if name in SECTION_DECISIONS:  # edited on the Motions page, the section chosen there
        return _decisions(window, rest[0], SECTION_DECISIONS[name], rest[2:])
    if name in editor.lists:
        return _row(panel, editor.lists[name], rest[2:])
    return _focus(panel, editor.widgets.get(str(name)))


def _decisions(window: DraftWindow, place: int, name: str, rest: tuple) -> bool:
    """A motion or action of the meeting (``place`` WHOLE_MEETING) or of a section."""
    panel = _show(window, "decisions")
    panel.show_place(place)  # type: ignore[attr-defined]
    return _row(panel, panel.lists[name], rest)
