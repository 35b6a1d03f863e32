"""Scrolling never changes a value: the wheel reaches a combo box, spin box or date/time edit
only when it has the focus; otherwise the page under it scrolls.

One event filter on the application sees every wheel event. It is installed after the first
paint (a Python event filter's first call makes PySide6 build its event classes, which must
not land on the start-up path). Value widgets also lose Qt's "wheel gives focus" policy
(``block_wheel_focus``), else the first turn of the wheel would focus them and the next one
would change them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent

_NAME = "minutes-wheel-guard"


def block_wheel_focus(widget: QWidget) -> None:
    """Tab and click still focus the widget; the wheel does not."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() != QEvent.Type.Wheel:
            return False
        if not isinstance(watched, (QComboBox, QAbstractSpinBox)) or watched.hasFocus():
            return False
        # Not this widget's: the page under it scrolls instead. Forwarded by hand, because Qt
        # passes a wheel event on to the parent only when it came from the window system.
        area = _scroll_area_of(watched)
        if area is not None:
            QApplication.sendEvent(area.viewport(), event.clone())
        event.accept()
        return True


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.verticalScrollBar().isVisible():
            return parent
        parent = parent.parentWidget()
    return None


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """The application's one wheel filter (installing again returns the same one)."""
    guard = app.findChild(WheelGuard, _NAME)
    if guard is None:
        guard = WheelGuard(app)
        guard.setObjectName(_NAME)
        app.installEventFilter(guard)
    return guard
