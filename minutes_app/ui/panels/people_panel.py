"""People: presiders, speakers with what they did, and attendee groups (出席 / 列席 / 请假 …).

Each group is a box with its role, its label and a table of people. People move within a
group with Ctrl+Up/Down, to the neighbouring group with Ctrl+Shift+Up/Down, or by dragging
rows between the tables. Removing a group removes its people; undo brings back both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...model import AttendeeGroup, GroupRole, Person, Signatory, Speaker
from ...model.operations import GROUPS, group_people_path
from ..bindings import FieldBinder
from ..fields import FieldSpec
from ..form_builder import FormBuilder
from ..i18n import N_, Texts, _
from ..labels import GROUP_ROLES
from ..style_rows import BOARD, JIYAO, StyleRows
from ..widgets.record_list import RecordListEditor
from .base import Panel, PanelContext

NAME = FieldSpec("name", N_("Name"), roster_name=True)
TITLE = FieldSpec("title", N_("Title / position"))
PERSON_COLUMNS = (NAME, TITLE, FieldSpec("note", N_("Note")))
SPEAKER_COLUMNS = (NAME, TITLE, FieldSpec("contribution", N_("Contribution (作具体安排)")))
SIGNATORY_COLUMNS = (FieldSpec("role", N_("Signs as")), FieldSpec("name", N_("Printed name"), roster_name=True))


class GroupEditor(QGroupBox):
    """One attendee group, rebindable to another index when groups are added or moved."""

    def __init__(self, panel: PeoplePanel, index: int) -> None:
        super().__init__(panel.page)
        self.panel = panel
        self.index = index
        self.texts = Texts(self, panel.language)
        session = panel.session
        self.binder = FieldBinder(session, self, (*GROUPS, index))
        build = FormBuilder(self.binder, self.texts, self)
        form = build.new_form()
        build.choice(form, "role", N_("Role"), GROUP_ROLES, GroupRole)
        build.line(form, "label", N_("Label"), N_("e.g. 市领导; empty uses the role's word"))
        build.check(form, "print_titles", N_("Titles"), N_("Print titles before the names"))
        # Only a 纪要 prints a group as a table; the row shows in that style alone.
        self.style_rows = StyleRows(session, self)
        self.style_rows.row(
            form,
            build.check(form, "as_table", N_("Table"), N_("Print as a table of names and positions (long lists)")),
            JIYAO,
        )
        build.line(form, "note", N_("Group note"), N_("bodies and counts, not names: e.g. and 12 members of the public"))
        self.widgets = build.widgets
        self.people = RecordListEditor(
            session,
            self.texts,
            group_people_path(index),
            PERSON_COLUMNS,
            new_item=Person,
            item_name=N_("person"),
            drag_kind="person",
            table_height=4,
            names=panel.names,
            parent=self,
        )
        self.people.grow_with_rows(16)
        # What moves to a neighbouring group, by direction: off at the first or last group.
        self.moves: dict[int, list[QAction | QPushButton]] = {
            -1: list(self._table_action(N_("To previous group"), "Ctrl+Shift+Up", lambda: self.move_person(-1))),
            1: list(self._table_action(N_("To next group"), "Ctrl+Shift+Down", lambda: self.move_person(1))),
        }
        bar = QHBoxLayout()
        for label, slot, delta in (
            (N_("Move group up"), lambda: panel.move_group(self.index, -1), -1),
            (N_("Move group down"), lambda: panel.move_group(self.index, 1), 1),
            (N_("Remove group"), lambda: panel.remove_group(self.index), 0),
        ):
            button = QPushButton(self)
            self.texts.text(button.setText, label)
            button.clicked.connect(slot)
            bar.addWidget(button)
            if delta:
                self.moves[delta].append(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.people)
        layout.addLayout(bar)
        self.texts.add(self._retitle)

    def _table_action(self, label: str, key: str, slot: Callable[[], None]) -> tuple[QAction, QPushButton]:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.people.table.addAction(action)
        button = QPushButton(self)
        button.clicked.connect(slot)
        self.texts.add(lambda: (action.setText(_(label)), button.setText(_(label))))
        self.people.buttons.insertWidget(self.people.buttons.count() - 1, button)
        return action, button

    def update_moves(self, count: int) -> None:
        """Nothing before the first group or after the last: those moves are off."""
        for delta, controls in self.moves.items():
            for control in controls:
                control.setEnabled(0 <= self.index + delta < count)

    def _retitle(self) -> None:
        self.setTitle(_("Group %(number)d") % {"number": self.index + 1})

    def rebind(self, index: int) -> None:
        self.index = index
        self.binder.set_base((*GROUPS, index))
        self.people.set_list_path(group_people_path(index))
        self._retitle()

    def move_person(self, delta: int) -> None:
        row = self.people.current_row()
        target_group = self.index + delta
        groups = self.panel.session.doc.people.groups
        if row < 0 or not 0 <= target_group < len(groups):
            return
        dst = len(groups[target_group].people) if delta < 0 else 0
        self.panel.session.move(
            group_people_path(self.index),
            row,
            group_people_path(target_group),
            dst,
            _("Move %(what)s") % {"what": _("person")},
        )
        target = self.panel.group_editors[target_group].people
        target.select_row(dst)
        target.table.setFocus()


class PeoplePanel(Panel):

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        session = ctx.session
        presiders = self.group(N_("Presiding (主持)"))
        self.lists["presiders"] = RecordListEditor(
            session,
            self.texts,
            ("people", "presiders"),
            PERSON_COLUMNS,
            new_item=Person,
            item_name=N_("presider"),
            drag_kind="person",
            table_height=2,
            names=self.names,
            parent=presiders,
        )
        self.lists["presiders"].grow_with_rows(6)
        QVBoxLayout(presiders).addWidget(self.lists["presiders"])
        speakers = self.group(N_("Speakers"))
        self.lists["speakers"] = RecordListEditor(
            session,
            self.texts,
            ("people", "speakers"),
            SPEAKER_COLUMNS,
            new_item=Speaker,
            item_name=N_("speaker"),
            table_height=2,
            names=self.names,
            parent=speakers,
        )
        self.lists["speakers"].grow_with_rows(6)
        QVBoxLayout(speakers).addWidget(self.lists["speakers"])

        signatures = self.group(N_("Signatures (empty: the chair and the recorder sign)"))
        self.lists["signatories"] = RecordListEditor(
            session,
            self.texts,
            ("people", "signatories"),
            SIGNATORY_COLUMNS,
            new_item=Signatory,
            item_name=N_("signature"),
            table_height=2,
            names=self.names,
            parent=signatures,
        )
        QVBoxLayout(signatures).addWidget(self.lists["signatories"])
        self.style_rows = StyleRows(session, self)
        self.style_rows.widget(signatures, BOARD)

        self.groups_box = self.group(N_("Attendee groups"))
        self.groups_layout = QVBoxLayout(self.groups_box)
        self.group_editors: list[GroupEditor] = []
        add = QPushButton(self.groups_box)
        self.texts.text(add.setText, N_("Add &group"))
        add.clicked.connect(self.add_group)
        self.add_group_button = add
        self.groups_layout.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.page_layout.addStretch(1)
        session.structure_changed.connect(self._on_structure_changed)
        self._sync_groups()

    def _sync_groups(self) -> None:
        count = len(self.session.doc.people.groups)
        while len(self.group_editors) > count:
            self.group_editors.pop().deleteLater()
        for i, editor in enumerate(self.group_editors):
            if editor.index != i or editor.people.model.list_path != group_people_path(i):
                editor.rebind(i)
        while len(self.group_editors) < count:
            editor = GroupEditor(self, len(self.group_editors))
            self.groups_layout.insertWidget(self.groups_layout.count() - 1, editor)
            editor.show()  # now, not after the next event loop turn: it takes the focus next
            self.group_editors.append(editor)
        for editor in self.group_editors:
            editor.update_moves(count)

    def _on_structure_changed(self, path: tuple) -> None:
        if path == GROUPS:
            self._sync_groups()
            for editor in self.group_editors:  # indexes shifted: show each group's own data
                editor.rebind(editor.index)

    def add_group(self) -> None:
        index = len(self.session.doc.people.groups)
        self.session.insert(GROUPS, index, AttendeeGroup(), _("Add %(what)s") % {"what": _("group")})
        self.group_editors[index].widgets["role"].setFocus()
        self.ensureWidgetVisible(self.group_editors[index])

    def remove_group(self, index: int) -> None:
        self.session.remove(GROUPS, index, _("Remove %(what)s") % {"what": _("group")})

    def move_group(self, index: int, delta: int) -> None:
        target = index + delta
        if 0 <= target < len(self.session.doc.people.groups):
            self.session.move(GROUPS, index, GROUPS, target, _("Move %(what)s") % {"what": _("group")})
            self.group_editors[target].widgets["role"].setFocus()

