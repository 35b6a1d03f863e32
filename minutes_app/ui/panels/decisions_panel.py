"""Motions and action items, all in one place: the meeting's own and each section's.

The list on the left names every place a motion or action can belong to (the meeting as a
whole, then each section with the number it prints with) and how many each holds; the two
lists on the right edit the chosen place's motions and actions, the wording in a multi-line
editor. The Sections page shows a section's count and turns here; it edits none itself.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from ...model import ActionItem
from ...model.numbering import numbering_plan
from ...model.operations import SECTIONS
from ..i18n import N_, _
from ..widgets.record_list import RecordListEditor
from .base import Panel, PanelContext
from .decision_fields import (
    ACTION_COLUMNS,
    ACTION_DETAIL,
    MOTION_COLUMNS,
    MOTION_DETAIL,
    WHOLE_MEETING,
    count_text,
    new_motion,
)

REFRESH_MS = 150  # typing a heading relabels the list once the clerk pauses


def lists_of(place: int) -> dict[str, tuple]:
    """Where the motions and the actions of ``place`` live in the document."""
    if place == WHOLE_MEETING:
        return {"motions": ("body", "motions"), "action_items": ("body", "action_items")}
    return {"motions": (*SECTIONS, place, "motions"), "action_items": (*SECTIONS, place, "actions")}


class DecisionsPanel(Panel):

    def __init__(self, ctx: PanelContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        session = ctx.session
        row = QHBoxLayout()
        self.page_layout.addLayout(row, 1)
        left = QVBoxLayout()
        row.addLayout(left, 1)
        caption = QLabel(self.page)
        self.texts.add(lambda: caption.setText(_("Motions and actions &of") + _(":")))
        self.places = QListWidget(self.page)
        self.places.setMinimumWidth(220)
        self.places.setWordWrap(True)  # long agenda headings wrap rather than hide their counts
        caption.setBuddy(self.places)
        left.addWidget(caption)
        left.addWidget(self.places, 1)
        right = QVBoxLayout()
        row.addLayout(right, 2)
        for name, title, columns, detail, factory, item in (
            ("motions", N_("Motions"), MOTION_COLUMNS, MOTION_DETAIL, new_motion, N_("motion")),
            ("action_items", N_("Action items"), ACTION_COLUMNS, ACTION_DETAIL, ActionItem, N_("action")),
        ):
            box = self.group(title, right)
            editor = RecordListEditor(
                session, self.texts, None, columns, new_item=factory, item_name=item,
                detail=detail, table_height=3, names=self.names, parent=box,
            )
            QVBoxLayout(box).addWidget(editor)
            self.lists[name] = editor
        right.addStretch(1)
        self._place_keys: list[object] = []  # the section object of each row (None: the meeting)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh_places)
        self.texts.add(self.refresh_places)
        self.places.currentRowChanged.connect(self._on_place_changed)
        session.structure_changed.connect(self._on_structure_changed)
        session.value_changed.connect(self._on_value_changed)
        self.refresh_places()
        self.show_place(self._first_place_with_content())

    # The places ------------------------------------------------------------------------------

    def current_place(self) -> int:
        """WHOLE_MEETING, or the index of the section whose motions are shown."""
        return self.places.currentRow() - 1 if self.places.currentRow() >= 0 else WHOLE_MEETING

    def show_place(self, place: int) -> None:
        self.places.setCurrentRow(place + 1)
        self._on_place_changed()

    def refresh_places(self) -> None:
        """Relabel the list (numbers, headings, counts), keeping the chosen place's section."""
        doc = self.session.doc
        row = self.places.currentRow()
        chosen = self._place_keys[row] if 0 <= row < len(self._place_keys) else None
        chinese = doc.header.locale.startswith("zh")
        labels = numbering_plan(doc.header.style).section_labels(doc, chinese)
        rows = [(None, _("The meeting as a whole"), len(doc.body.motions), len(doc.body.action_items))]
        for i, section in enumerate(doc.body.sections):
            name = f"{labels.get(i, '–')} {section.heading or _('(no heading)')}"
            rows.append((section, name, len(section.motions), len(section.actions)))
        self._place_keys = [key for key, *_rest in rows]
        texts = []
        for _key, name, motions, actions in rows:
            counts = count_text(motions, actions)
            texts.append(f"{name}  ({counts})" if counts else name)
        self.places.blockSignals(True)
        try:
            if self.places.count() != len(texts):
                self.places.clear()
                self.places.addItems(texts)
            else:
                for i, text in enumerate(texts):
                    if self.places.item(i).text() != text:
                        self.places.item(i).setText(text)
            # The same section where it is now (sections move); else the same row.
            keep = next(
                (i for i, key in enumerate(self._place_keys) if key is not None and key is chosen),
                min(max(row, 0), len(texts) - 1),
            )
            self.places.setCurrentRow(keep)
        finally:
            self.places.blockSignals(False)
        self._on_place_changed()

    def _first_place_with_content(self) -> int:
        """Where the clerk's motions are: the meeting's own, else the first section with any."""
        body = self.session.doc.body
        if body.motions or body.action_items:
            return WHOLE_MEETING
        return next(
            (i for i, s in enumerate(body.sections) if s.motions or s.actions), WHOLE_MEETING
        )

    def _on_place_changed(self, *_args: object) -> None:
        place = self.current_place()
        if place != WHOLE_MEETING and place >= len(self.session.doc.body.sections):
            place = WHOLE_MEETING
        for name, path in lists_of(place).items():
            editor = self.lists[name]
            if editor.model.list_path != path:
                editor.set_list_path(path)

    def _on_structure_changed(self, path: tuple) -> None:
        if path == SECTIONS:
            self.refresh_places()  # at once: the lists must not point at a moved section
        elif path[:1] == ("body",):
            self._refresh_timer.start()

    def _on_value_changed(self, path: tuple) -> None:
        if path == ():
            self.refresh_places()  # another document altogether (reloaded)
        elif path[:2] == SECTIONS or path in (("header", "style"), ("header", "locale")):
            self._refresh_timer.start()
