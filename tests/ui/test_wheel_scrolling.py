"""The mouse wheel scrolls the page and never changes a combo box, spin box or date edit that
does not have the focus."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget
from ui_driving import activate

from minutes_app.model import AttendeeGroup, GroupRole, MeetingDocument, People
from minutes_app.ui.wheel_guard import WheelGuard, install_wheel_guard


def wheel(widget: QWidget, notches: int) -> None:
    """Turn the wheel over the middle of ``widget`` (negative: towards the user, scrolls down)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def many_groups() -> MeetingDocument:
    roles = [GroupRole.PRESENT, GroupRole.IN_ATTENDANCE, GroupRole.APOLOGIES] * 4
    return MeetingDocument(people=People(groups=[AttendeeGroup(role=r) for r in roles]))


def test_the_wheel_scrolls_the_people_page_and_changes_no_group(qtbot, qapp, editor) -> None:
    window = editor.open_document(many_groups())
    activate(qtbot, window)
    # The editor installs the guard itself, once the first window has painted.
    qtbot.waitUntil(lambda: qapp.findChild(WheelGuard) is not None)
    window.show_page("people")
    panel = window.panels["people"]
    window.resize(900, 500)
    qtbot.waitUntil(lambda: panel.verticalScrollBar().maximum() > 0)
    role = panel.group_editors[1].widgets["role"]
    before = [g.role for g in window.session.doc.people.groups]
    scroll = panel.verticalScrollBar()
    start = scroll.value()
    for _ in range(3):
        wheel(role, -1)
    assert [g.role for g in window.session.doc.people.groups] == before
    assert role.currentData() == GroupRole.IN_ATTENDANCE.value
    assert scroll.value() > start  # the page moved instead
    assert window.session.undo_stack.count() == 0

    role.setFocus()  # a focused combo takes the wheel, as the clerk meant to
    qtbot.waitUntil(role.hasFocus)
    wheel(role, -1)
    assert role.currentData() != GroupRole.IN_ATTENDANCE.value


def test_spin_boxes_and_date_edits_ignore_the_wheel_without_focus(qtbot, editor) -> None:
    window = editor.open_document(MeetingDocument())
    activate(qtbot, window)
    install_wheel_guard(QApplication.instance())
    fields = window.panels["header"].widgets
    fields["organisation"].setFocus()
    number, date = fields["session_number"], fields["date"]
    date.check.setChecked(True)
    before_date = window.session.doc.header.date
    for widget in (number, date.editor):
        wheel(widget, 2)
        wheel(widget, -1)
    assert window.session.doc.header.session_number is None
    assert window.session.doc.header.date == before_date
    assert number.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus either
    assert date.editor.focusPolicy() == Qt.FocusPolicy.StrongFocus
