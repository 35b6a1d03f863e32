"""The Checks panel docked in a draft window: problems lead to their fields (``field_focus``);
View > Checks (F8) shows and hides it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget

from .checks_panel import ChecksPanel
from .field_focus import focus_field
from .i18n import N_, _

if TYPE_CHECKING:
    from .draft_window import DraftWindow


def add_checks_dock(window: DraftWindow) -> ChecksPanel:
    dock = QDockWidget(window)
    dock.setObjectName("checks")
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetClosable
        | QDockWidget.DockWidgetFeature.DockWidgetMovable
    )
    panel = ChecksPanel(window.session, window.app.language, glyphs=window.app.glyph_source(), parent=dock)
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence("F8"))
    window.texts.text(dock.setWindowTitle, N_("Checks"))
    window.texts.add(lambda: toggle.setText(_("Show &checks")))
    window.menus["view"].addAction(toggle)
    panel.field_requested.connect(lambda path: focus_field(window, path))
    window.checks_dock = dock
    panel.schedule()
    return panel
