"""One window per open draft: puts the panels, the preview and the declared actions together.

The window holds no document state of its own: the session has the document and its undo
stack, the panels bind to it, and app-wide work (new, open, recent files, preferences, quit)
is delegated to the editor application object passed in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QSplitter, QTabWidget

from ..storage import (
    EXTENSION,
    DraftChangedOnDisk,
    DraftError,
    DraftLocked,
    DraftReadOnly,
    FileIdentity,
    save_draft,
)
from .actions import build_menus
from .autosave import Autosaver
from .disk_watch import DiskWatch
from .draft_session import DraftSession
from .i18n import N_, Texts, _
from .pages import PAGES, PanelPages, first_field
from .panels.base import Panel, PanelContext
from .prompts import Answer
from .style_rows import BOARD, StyleRows, has_decisions

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDockWidget

    from .background import BackgroundTask
    from .checks_panel import ChecksPanel
    from .editor_app import EditorApp
    from .find_bar import FindBar
    from .preview import PreviewPane
    from .roster import RosterEntry
    from .time_order import TimeOrderFlag

PREVIEW_DELAY_MS = 30
TYPED_PAST_LIMIT = 10  # characters past a field's limit said in the status bar only
CHECKS_DELAY_MS = 300  # the Checks panel comes after the preview: nothing waits for it


class DraftWindow(QMainWindow):
    def __init__(self, app: EditorApp, session: DraftSession) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.app = app
        self.session = session  # not a child: its undo stack must outlive the widgets it notifies
        self.texts = Texts(self, app.language)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.panels = PanelPages(
            self.tabs, PanelContext(session, app.language, app.names, self.show_page), self.texts
        )
        self.panels["header"]  # the first page now; the others when they are first shown
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tabs)
        self.setCentralWidget(self.splitter)
        self.preview: PreviewPane | None = None
        self.checks: ChecksPanel | None = None  # built after the first paint, like the preview
        self.checks_dock: QDockWidget | None = None
        # The last PDF export / print job made off the GUI thread (tests wait on them).
        self.export_task: BackgroundTask | None = None
        self.print_task: BackgroundTask | None = None
        self._shown = False
        self.remembered_people: set[RosterEntry] = set()  # added to the roster by this window
        self._written: FileIdentity | None = None  # what the last save wrote
        self._find_bar: FindBar | None = None

        self.menus, self.actions = build_menus(self, self.texts, self._handlers())
        self._add_undo_actions()
        recent = self.menus["file/recent"]
        self.menus["file"].removeAction(recent.menuAction())
        self.menus["file"].insertMenu(self.actions["save"], recent)
        self.menus["file"].insertSeparator(self.actions["save"])
        recent.aboutToShow.connect(lambda: self.app.fill_recent_menu(recent))
        self.actions["toggle_preview"].setCheckable(True)
        self.actions["toggle_preview"].setChecked(True)
        # Only board minutes show the Motions page (and any draft holding a motion or action).
        self.style_pages = StyleRows(session, self)
        self.style_pages.page(
            self.tabs, self.panels.holder("decisions"), self.actions["page_decisions"], BOARD,
            has_decisions,
        )

        self.autosaver = Autosaver(
            session, app.recovery, self.recovery_title, app.preferences.autosave_seconds * 1000, self
        )
        self.autosave_problem = QLabel(self)
        self.autosave_problem.setTextFormat(Qt.TextFormat.PlainText)
        self.autosave_problem.hide()
        self.statusBar().addPermanentWidget(self.autosave_problem)
        self.autosaver.problem.connect(self._show_autosave_problem)
        self.disk_notice = QLabel(self)  # the file changed on disk: said as it happens
        self.disk_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.disk_notice.hide()
        self.statusBar().addPermanentWidget(self.disk_notice)
        self.disk_watch = DiskWatch(session, self)
        self.disk_watch.changed.connect(self._show_disk_change)
        session.undo_stack.cleanChanged.connect(self._update_title)
        session.file_changed.connect(self._update_title)
        session.text_cut.connect(self._say_text_cut)
        # The end-time flag, made when a time is first set or for a draft opened with the end
        # before the start (not on the start-up path otherwise).
        self.time_order: TimeOrderFlag | None = None
        header = session.doc.header
        if header.start_time is not None and header.end_time is not None:
            self._flag_times()
        else:
            session.value_changed.connect(self._times_set)
        self.texts.add(self._update_title)
        self.resize(QSize(1400, 900))
        QApplication.instance().focusChanged.connect(self._end_typing_step)
        self._focus_hooked = True

    def _end_typing_step(self, *_args: object) -> None:
        """The focus moved: the next keystroke starts a new undo step (see typing_steps.py)."""
        self.session.typing.end_step()

    # Assembly ------------------------------------------------------------------------------------

    def _handlers(self) -> dict:
        app = self.app
        return {
            "new_jiyao": lambda: app.new_draft("jiyao", self),
            "new_news": lambda: app.new_draft("news", self),
            "new_board": lambda: app.new_draft("board", self),
            "open": lambda: app.open_dialog(self),
            "save": self.save,
            "save_as": self.save_as,
            "import_file": lambda: app.import_dialog(self),
            "paste_text": lambda: app.paste_dialog(self),
            "close": self.close,
            "quit": app.quit,
            "find": lambda: self.find_bar().open(replace=False),
            "replace": lambda: self.find_bar().open(replace=True),
            "find_next": lambda: self._find_step(+1),
            "find_previous": lambda: self._find_step(-1),
            "roster": lambda: app.roster_dialog(self),
            "preferences": lambda: app.preferences_dialog(self),
            **{f"page_{key}": (lambda k=key: self.show_page(k)) for key in PAGES},
            "toggle_preview": self.toggle_preview,
            "refresh_preview": self.refresh_preview,
            "export_docx": lambda: self.export("docx"),
            "export_html": lambda: self.export("html"),
            "export_pdf": lambda: self.export("pdf"),
            "print": self.print_document,
            "print_preview": self.print_preview,
            "shortcuts": lambda: app.show_shortcuts(self),
            "about": lambda: app.about(self),
        }

    def _add_undo_actions(self) -> None:
        stack = self.session.undo_stack
        edit: QMenu = self.menus["edit"]
        first = edit.actions()[0] if edit.actions() else None
        self.undo_action = QAction(self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = QAction(self)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        for extra in ("Ctrl+Shift+Z", "Ctrl+Y"):  # both, whatever the platform's first choice
            if QKeySequence(extra) not in redo_keys:
                redo_keys.append(QKeySequence(extra))
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(stack.redo)
        edit.insertAction(first, self.undo_action)
        edit.insertAction(first, self.redo_action)
        edit.insertSeparator(first)
        for signal in (stack.indexChanged, stack.cleanChanged):
            signal.connect(self._update_undo_actions)
        self.texts.add(self._update_undo_actions)

    def _update_undo_actions(self, *_args: object) -> None:
        stack = self.session.undo_stack
        for action, can, text, with_what, bare in (
            (self.undo_action, stack.canUndo(), stack.undoText(), N_("&Undo %(what)s"), N_("&Undo")),
            (self.redo_action, stack.canRedo(), stack.redoText(), N_("&Redo %(what)s"), N_("&Redo")),
        ):
            action.setEnabled(can)
            action.setText(_(with_what) % {"what": text} if can and text else _(bare))

    # Names and state ---------------------------------------------------------------------------

    def display_name(self) -> str:
        if self.session.path is not None:
            return self.session.path.name
        return _("Untitled %(number)d") % {"number": self.session.untitled_number}

    def recovery_title(self) -> str:
        """How the recovery offer names the draft: its file, else its meeting, not "Untitled 4"."""
        if self.session.path is not None:
            return self.session.path.name
        from .file_names import meeting_stem

        return meeting_stem(self.session.doc) or self.display_name()

    def _update_title(self, *_args: object) -> None:
        title = (
            _("%(name)s (read-only)[*] — Minutes")
            if self.session.read_only
            else _("%(name)s[*] — Minutes")
        )
        self.setWindowTitle(title % {"name": self.display_name()})
        self.setWindowModified(self.session.is_modified)
        if self.session.path is not None:
            self.setWindowFilePath(str(self.session.path))

    def _show_autosave_problem(self, problem: str) -> None:
        self.autosave_problem.setText(
            _("Autosave failed: %(problem)s. Save the draft to keep your changes.")
            % {"problem": problem}
        )
        self.autosave_problem.setVisible(bool(problem))

    def _times_set(self, path: object) -> None:
        if self.time_order is None and path in (("header", "start_time"), ("header", "end_time")):
            self.session.value_changed.disconnect(self._times_set)
            self._flag_times().update(announce=True)

    def _flag_times(self) -> TimeOrderFlag:
        from .time_order import TimeOrderFlag

        self.time_order = TimeOrderFlag(self)
        self.time_order.update()
        return self.time_order

    def _say_text_cut(self, _path: object, given: int, limit: int) -> None:
        """A text beyond the field's limit was cut: a typed character is said in the status
        bar, a long paste in a dialog (after the paste has finished)."""
        message = _(
            "This field holds at most %(limit)s characters, so the text was cut there "
            "(%(given)s were entered). Split a long text into several sections or paragraphs."
        ) % {"limit": f"{limit:,}", "given": f"{given:,}"}
        self.statusBar().showMessage(message, 10000)
        if given - limit > TYPED_PAST_LIMIT:
            QTimer.singleShot(0, lambda: self.app.prompts.info(self, _("Text cut"), message))

    def _show_disk_change(self, deleted: bool) -> None:
        text = (
            _("“%(name)s” was deleted or moved on disk. Save to write it again.")
            if deleted
            else _("“%(name)s” was changed on disk by another program. Saving will ask what to do.")
        )
        self.disk_notice.setText(text % {"name": self.display_name()})
        self.disk_notice.show()

    def show_page(self, key: str) -> Panel:
        """Turn to the page and put the focus on its first field (Ctrl+1 … Ctrl+5)."""
        self.tabs.setCurrentWidget(self.panels.holder(key))
        panel = self.panels[key]
        field = first_field(panel)
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            panel.ensureWidgetVisible(field)
        return panel

    # Preview -------------------------------------------------------------------------------------

    def present(self) -> None:
        """Show the window; the first time, let the editor and the preview follow its paint.

        Not a ``showEvent`` override: the first Python event handler makes PySide6 build the
        event type enumeration (about 200 members), which would land on the start-up path.
        """
        self.show()
        if not self._shown:
            self._shown = True
            self.app.window_shown(self)
            # Not on the start-up path: the window paints first, the preview fills in after.
            QTimer.singleShot(PREVIEW_DELAY_MS, self.build_preview)

    def build_preview(self) -> None:
        if self.preview is not None:
            return
        from .preview import PreviewPane

        self.preview = PreviewPane(self.session, self.texts, self.splitter)
        self.splitter.addWidget(self.preview)
        self.splitter.setSizes([self.width() // 2, self.width() - self.width() // 2])
        self.preview.setVisible(self.actions["toggle_preview"].isChecked())
        self.preview.render_in_background()
        QTimer.singleShot(CHECKS_DELAY_MS, self.build_checks)

    def build_checks(self) -> ChecksPanel:
        """The Checks panel, docked under the form (View > Checks shows and hides it)."""
        if self.checks is not None:
            return self.checks
        from .checks_dock import add_checks_dock

        self.checks = add_checks_dock(self)
        return self.checks

    def toggle_preview(self) -> None:
        self.build_preview()
        assert self.preview is not None
        visible = self.actions["toggle_preview"].isChecked()
        self.preview.setVisible(visible)
        if visible:
            self.preview.render_now()

    def refresh_preview(self) -> None:
        self.build_preview()
        assert self.preview is not None
        self.preview.render_now()

    # Saving -----------------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.session.path is None:
            return self.save_as()
        if self.session.read_only:
            return self._save_elsewhere(
                _("“%(name)s” was opened read-only because another editor has it.")
                % {"name": self.display_name()}
            )
        return self._write(self.session.path)

    def save_as(self) -> bool:
        from .file_names import meeting_stem

        if self.session.path is not None:
            suggested = str(self.session.path)
        else:
            stem = meeting_stem(self.session.doc) or self.display_name()
            suggested = str(Path(self.app.preferences.folder("open")) / (stem + EXTENSION))
        chosen = self.app.prompts.save_file(
            self, _("Save draft as"), suggested, _("Minutes drafts (*%(ext)s)") % {"ext": EXTENSION}
        )
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() != EXTENSION:
            path = path.with_name(path.name + EXTENSION)
        if path.resolve() == self.session.path and not self.session.read_only:
            return self._write(path)  # the same file: its checks apply
        ok, lock = self.app.take_lock(path, self)
        if not ok:
            return False
        if not self._write(path, new_file=True):
            if lock is not None:
                lock.release()
            return False
        self.session.release()
        self.session.lock = lock
        self.session.set_path(path, self._written)
        self.app.preferences.remember_folder("open", path)
        return True

    def _save_elsewhere(self, message: str) -> bool:
        if self.app.prompts.ask_save_elsewhere(self, _("The draft was not saved"), message):
            return self.save_as()
        return False

    def _write(self, path: Path, *, new_file: bool = False) -> bool:
        """Save to ``path``; the draft's own file is first checked for other writers."""
        session = self.session
        expected = None if new_file else session.identity
        try:
            if not new_file and session.lock is not None:
                session.lock.check()  # taken over as stale by another editor meanwhile?
            identity = save_draft(session.doc, path, expected=expected)
        except DraftReadOnly:
            return self._save_elsewhere(
                _("“%(name)s” is read-only: it was not changed.") % {"name": path.name}
            )
        except DraftLocked as exc:
            from .editor_app import describe_owner

            return self._save_elsewhere(
                _("“%(name)s” is now open in Minutes by %(who)s.")
                % {"name": path.name, "who": describe_owner(exc.owner)}
            )
        except DraftChangedOnDisk as exc:
            answer = self.app.prompts.ask_changed_on_disk(self, path.name, exc.now is None)
            if answer == Answer.SAVE_COPY:
                return self.save_as()
            if answer == Answer.RELOAD:
                self.app.reload(self)
                return False
            if answer != Answer.OVERWRITE:
                return False
            session.identity = None  # the clerk chose: write over it (it stays as NAME.bak)
            return self._write(path)
        except DraftError as exc:
            from .draft_errors import describe_draft_error

            self.app.prompts.error(self, _("The draft was not saved"), describe_draft_error(exc), str(exc))
            return False
        self._written = identity
        if not new_file:
            session.identity = identity
            if session.lock is not None:
                session.lock.refresh()
        self.disk_notice.hide()
        self.session.undo_stack.setClean()
        self.autosaver.discard()
        self.app.draft_saved(self, path)
        self.statusBar().showMessage(_("Saved %(path)s") % {"path": path}, 5000)
        return True

    # Find and replace -------------------------------------------------------------------------

    def find_bar(self) -> FindBar:
        """The find and replace bar at the window's foot, made when first asked for."""
        if self._find_bar is None:
            from .find_bar import FindBar

            self._find_bar = FindBar(self, self.texts)
            self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, self._find_bar)
        return self._find_bar

    def _find_step(self, direction: int) -> None:
        bar = self.find_bar()
        if not bar.isVisible() or not bar.find_edit.text():
            bar.open(replace=False)
        elif direction > 0:
            bar.find_next()
        else:
            bar.find_previous()

    # Export ------------------------------------------------------------------------------------------

    def export(self, fmt: str) -> None:
        from .exporting import export_draft

        export_draft(self, fmt)

    # Printing --------------------------------------------------------------------------------------

    def print_document(self) -> None:
        from .printing import print_draft

        print_draft(self)

    def print_preview(self) -> None:
        from .printing import preview_draft

        preview_draft(self)

    # Closing ---------------------------------------------------------------------------------------

    def confirm_close(self) -> bool:
        """Ask about unsaved changes; True when the window may close."""
        if not self.session.is_modified:
            return True
        self.raise_()
        answer = self.app.prompts.ask_unsaved(self, self.display_name())
        if answer == Answer.SAVE:
            return self.save()
        if answer == Answer.DISCARD:
            self.autosaver.discard()
            return True
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.app.closing_all and not self.confirm_close():
            event.ignore()
            return
        if not self.session.is_modified:
            self.autosaver.discard()
        # At once, not when Qt deletes the window: the collector may free it first.
        if self._focus_hooked:
            QApplication.instance().focusChanged.disconnect(self._end_typing_step)
            self._focus_hooked = False
        self.app.window_closed(self)
        event.accept()


__all__ = ["PAGES", "DraftWindow"]
