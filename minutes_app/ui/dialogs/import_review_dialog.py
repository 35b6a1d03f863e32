"""Review an import before its draft opens: the source beside the structure found.

The clerk sees the text as read (web furniture already removed) next to what the importer made
of it: title, date as written, place, people per group, the numbered sections with their
lead-ins, and the warnings. Title, meeting, date, place and each section's number, lead-in and
heading can be corrected here; ``fixes`` hands them back as (path, value) pairs, which the
editor applies as undoable edits on the new draft, so Ctrl+Z after opening returns to what the
import found.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model.document import GroupRole, MeetingDocument
from ...model.operations import Path as DocPath
from ..i18n import N_, _

_ROLE_NAMES = {
    GroupRole.PRESENT: N_("Present"),
    GroupRole.IN_ATTENDANCE: N_("In attendance"),
    GroupRole.APOLOGIES: N_("Apologies"),
    GroupRole.CUSTOM: N_("Other group"),
}
_HEADER_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", N_("Title:")),
    ("meeting_name", N_("Meeting:")),
    ("date_text", N_("Date as written:")),
    ("place", N_("Place:")),
)

# The section table's columns: the number and lead-in as written, the heading.
_SECTION_FIELDS = ("marker", "lead_in", "heading")


class ImportReviewDialog(QDialog):
    def __init__(
        self,
        doc: MeetingDocument,
        warnings: list[str],
        source_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(_("Review the import of %(source)s") % {"source": source_name})

        self.source = QPlainTextEdit(self)
        self.source.setReadOnly(True)
        self.source.setPlainText("\n".join(p.text for p in doc.body.as_written))
        source_box = QGroupBox(_("Text as read"), self)
        QVBoxLayout(source_box).addWidget(self.source)

        found = QWidget(self)
        column = QVBoxLayout(found)
        form = QFormLayout()
        self.header_edits: dict[str, QLineEdit] = {}
        for name, label in _HEADER_FIELDS:
            edit = QLineEdit(getattr(doc.header, name), found)
            edit.setObjectName(f"review_{name}")
            self.header_edits[name] = edit
            form.addRow(_(label), edit)
        if doc.header.date is not None:
            date = doc.header.date.isoformat()
        elif doc.header.date_text:  # 6月3号 / 15日: no year (or month) to make a date
            date = _("not a full date: left empty")
        else:
            date = _("none found")
        self.date_found = QLabel(date, found)
        form.addRow(_("Date recognised:"), self.date_found)
        column.addLayout(form)

        self.people = QTreeWidget(found)
        self.people.setHeaderLabels([_("People per group"), _("Title"), _("Note")])
        if doc.people.presiders:  # who presided first, as the draft's People page lists them
            item = QTreeWidgetItem([_("Presiding (主持)"), "", ""])
            for person in doc.people.presiders:
                item.addChild(QTreeWidgetItem([person.name, person.title, person.note]))
            self.people.addTopLevelItem(item)
        for group in doc.people.groups:
            label = group.label or _(_ROLE_NAMES[group.role])
            item = QTreeWidgetItem([label, "", group.note])
            for person in group.people:
                item.addChild(QTreeWidgetItem([person.name, person.title, person.note]))
            self.people.addTopLevelItem(item)
        self.people.expandAll()
        self.people.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(self.people, 2)

        self.sections = QTableWidget(len(doc.body.sections), 3, found)
        self.sections.setHorizontalHeaderLabels([_("Number"), _("Lead-in"), _("Heading")])
        for row, section in enumerate(doc.body.sections):
            for col, name in enumerate(_SECTION_FIELDS):
                self.sections.setItem(row, col, QTableWidgetItem(getattr(section, name)))
        columns = self.sections.horizontalHeader()
        for col in (0, 1):
            columns.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        columns.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        column.addWidget(QLabel(_("Sections (number, lead-in and heading can be corrected):"), found))
        column.addWidget(self.sections, 2)

        self.warnings = QListWidget(found)
        self.warnings.addItems(warnings or [_("No warnings.")])
        column.addWidget(QLabel(_("Warnings:"), found))
        column.addWidget(self.warnings, 1)

        splitter = QSplitter(self)
        splitter.addWidget(source_box)
        splitter.addWidget(found)
        splitter.setSizes([460, 540])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Open the draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    def fixes(self) -> list[tuple[DocPath, Any]]:
        """What the clerk corrected, as (path, value) pairs in the draft's terms."""
        out: list[tuple[DocPath, Any]] = []
        for name, edit in self.header_edits.items():
            if edit.text() != getattr(self.doc.header, name):
                out.append((("header", name), edit.text()))
        for row, section in enumerate(self.doc.body.sections):
            for col, name in enumerate(_SECTION_FIELDS):
                item = self.sections.item(row, col)
                if item is not None and item.text() != getattr(section, name):
                    out.append((("body", "sections", row, name), item.text()))
        return out

    def review(self) -> list[tuple[DocPath, Any]] | None:
        """The corrections (maybe none) when confirmed; None when the clerk cancels."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.fixes()
