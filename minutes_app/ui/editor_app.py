"""The editor as a whole: its windows (one per draft), preferences, language, recovery, roster.

Everything it needs is passed in, so tests build it with temporary settings and folders. It
does the app-wide work the windows delegate: new, open, recent files, import, preferences,
quitting with questions about unsaved drafts, and offering recovered drafts after a crash.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ..fileio.atomic import sweep_stale_temps
from ..model import DocumentStyle, Header, MeetingDocument
from ..storage import (
    EXTENSION,
    DraftError,
    DraftLock,
    DraftLocked,
    FileIdentity,
    LockOwner,
    read_draft,
)
from .completion import NameCompletion
from .draft_session import DraftSession
from .draft_window import DraftWindow
from .i18n import Language, _, describe_warning
from .prompts import Answer, Prompts
from .recovery import RecoveryStore
from .roster import Roster, people_of
from .settings import Preferences

if TYPE_CHECKING:
    from ..checks.glyphs import GlyphSource

log = logging.getLogger(__name__)

# The roster and the recovery offer wait this long after the first window is shown, so they
# run after its first paint instead of delaying it (a zero timer runs before the paint).
AFTER_SHOW_DELAY_MS = 50
IMPORTABLE = (".txt", ".docx", ".doc")  # opened, they are offered for import (.doc: how)


class EditorApp(QObject):
    started = Signal()  # the first window has painted: work held back for it may run now

    def __init__(
        self,
        preferences: Preferences,
        language: Language,
        recovery: RecoveryStore,
        roster: Roster | None,
        prompts: Prompts | None = None,
        parent: QObject | None = None,
        *,
        lock_drafts: bool = True,
    ) -> None:
        super().__init__(parent)
        self.lock_drafts = lock_drafts  # tests that share example files turn it off
        self.importer = None  # import_file unless a test passes its own (see import_runner)
        self.preferences = preferences
        self.language = language
        self.recovery = recovery
        self.roster = roster
        self.prompts = prompts or Prompts()
        self.names = NameCompletion(roster, self)
        self.windows: list[DraftWindow] = []
        self.closing_all = False
        self._untitled = 0
        self._started = False
        self._glyphs: GlyphSource | None = None

    def glyph_source(self) -> GlyphSource:
        """The installed fonts' glyphs for every window's checks, read once (on first use)."""
        if self._glyphs is None:
            from ..checks.glyphs import GlyphSource

            self._glyphs = GlyphSource()
        return self._glyphs

    # Opening drafts -----------------------------------------------------------------------

    def open_document(
        self,
        doc: MeetingDocument,
        path: Path | None = None,
        *,
        unsaved: bool = False,
        identity: FileIdentity | None = None,
        lock: DraftLock | None = None,
        read_only: bool = False,
    ) -> DraftWindow:
        session = DraftSession(doc, path, identity=identity, lock=lock, read_only=read_only)
        if path is None:
            self._untitled += 1
            session.untitled_number = self._untitled
        if unsaved:
            session.undo_stack.resetClean()  # not on disk in this state: closing asks to save
        window = DraftWindow(self, session)
        if not self.windows:
            geometry, _state = self.preferences.window_state()
            if geometry is not None:
                window.restoreGeometry(geometry)
        self.windows.append(window)
        window.present()
        if unsaved:
            window.autosaver.flush()
        return window

    def open_paths(self, paths: Iterable[str | Path], parent: QWidget | None = None) -> list[DraftWindow]:
        opened = []
        for raw in paths:
            path = Path(raw).resolve()
            existing = next((w for w in self.windows if w.session.path == path), None)
            if existing is not None:
                existing.raise_()
                existing.activateWindow()
                opened.append(existing)
                continue
            if path.suffix.lower() in IMPORTABLE:  # a Word or text file: not a draft, but importable
                if self.prompts.ask_import(parent, path.name):
                    opened.extend(self.import_paths([path], parent))
                continue
            try:
                doc, identity = read_draft(path)
            except DraftError as exc:
                from .draft_errors import describe_draft_error

                self.prompts.error(
                    parent, _("The draft could not be opened"), describe_draft_error(exc), str(exc)
                )
                continue
            lock, read_only = None, False
            if self.lock_drafts:
                try:
                    lock = DraftLock.acquire(path)
                except DraftLocked as exc:
                    answer = self.prompts.ask_locked(parent, path.name, describe_owner(exc.owner))
                    if answer == Answer.CANCEL:
                        continue
                    if answer == Answer.COPY:  # untitled: saving asks for a new name
                        opened.append(self.open_document(doc, unsaved=True))
                        continue
                    read_only = True
            sweep_stale_temps(path)  # what killed saves of this draft left behind
            opened.append(
                self.open_document(doc, path, identity=identity, lock=lock, read_only=read_only)
            )
            self.preferences.add_recent(path)
        return opened

    def take_lock(self, path: Path, parent: QWidget | None) -> tuple[bool, DraftLock | None]:
        """Lock ``path`` before writing a draft there (Save As, a restored draft): False when
        another editor has it (the clerk is told), else the lock (None when not locking)."""
        if not self.lock_drafts:
            return True, None
        try:
            return True, DraftLock.acquire(path)
        except DraftLocked as exc:
            self.prompts.error(
                parent,
                _("The draft was not saved"),
                _("“%(name)s” is open in Minutes by %(who)s. Choose another name.")
                % {"name": path.name, "who": describe_owner(exc.owner)},
            )
            return False, None

    def reload(self, window: DraftWindow) -> DraftWindow | None:
        """Replace the window by the draft as it is on disk (the clerk chose to drop theirs)."""
        path = window.session.path
        if path is None:
            return None
        window.autosaver.discard()
        window.session.undo_stack.setClean()
        window.close()
        opened = self.open_paths([path])
        return opened[0] if opened else None

    def new_draft(self, style: str, parent: QWidget | None = None) -> DraftWindow:
        return self.open_document(new_document(DocumentStyle(style)))

    def open_dialog(self, parent: QWidget | None = None) -> None:
        from .file_names import draft_folder

        here = draft_folder(parent)  # next to the draft being edited, else where last opened
        paths = self.prompts.open_files(
            parent,
            _("Open drafts"),
            str(here) if here is not None and here.is_dir() else self.preferences.folder("open"),
            _("Minutes drafts (*%(ext)s);;All files (*)") % {"ext": EXTENSION},
        )
        if paths:
            self.preferences.remember_folder("open", Path(paths[0]))
            self.open_paths(paths, parent)

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        recent = self.preferences.recent_files()
        for number, path in enumerate(recent, start=1):
            action = QAction(f"&{number % 10} {path.name}", menu)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_paths([p], menu))
            menu.addAction(action)
        if not recent:
            menu.addAction(_("No recent drafts")).setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(_("&Clear the list"), self.preferences.clear_recent)

    # Import -----------------------------------------------------------------------------

    def import_dialog(self, parent: QWidget | None = None) -> None:
        from .file_names import draft_folder

        paths = self.prompts.open_files(
            parent,
            _("Import"),
            self.preferences.folder("import", draft_folder(parent)),
            _("Text and Word files (*.txt *.docx);;All files (*)"),
        )
        if not paths:
            return
        self.preferences.remember_folder("import", Path(paths[0]))
        self.import_paths([Path(p) for p in paths], parent)

    def import_paths(self, paths: Iterable[Path], parent: QWidget | None = None) -> list[DraftWindow]:
        from .import_runner import ImportJob

        opened = []
        for path in paths:
            job = ImportJob(path, parent, self.importer)
            result = job.run()  # off the GUI thread; the window stays responsive
            if job.error is not None:
                self.prompts.error(parent, _("The file could not be imported"), job.error, job.details)
            if result is not None:
                opened.append(self._open_imported(result, path.name, parent))
        return opened

    def paste_dialog(self, parent: QWidget | None = None) -> None:
        text = self.prompts.paste_text(parent)
        if text is None:
            return
        from ..importers import ImportFailed, import_text

        try:
            result = import_text(text)
        except ImportFailed as exc:
            from .draft_errors import describe_import_failure

            self.prompts.error(
                parent, _("The text could not be imported"), describe_import_failure(exc), str(exc)
            )
            return
        self._open_imported(result, _("pasted text"), parent)

    def _open_imported(self, result, source: str, parent: QWidget | None) -> DraftWindow | None:
        """The review step first (source beside the structure found, with the warnings);
        the clerk's corrections there become undoable edits of the new draft."""
        warnings = [describe_warning(w) for w in result.warnings]
        fixes = self.prompts.review_import(parent, result.document, warnings, source)
        if fixes is None:
            return None
        window = self.open_document(result.document, unsaved=True)
        if fixes:
            with window.session.macro(_("Corrections made in the import review")):
                for path, value in fixes:
                    window.session.set(path, value, _("Correct the import"), merge=False)
        return window

    # Window life cycle ----------------------------------------------------------------------

    def window_shown(self, window: DraftWindow) -> None:
        if not self._started:
            self._started = True
            QTimer.singleShot(AFTER_SHOW_DELAY_MS, self.after_first_show)

    def after_first_show(self) -> None:
        """Work kept off the start-up path: the wheel guard, the roster, and drafts left by a
        crash."""
        from .wheel_guard import install_wheel_guard

        install_wheel_guard(QApplication.instance())
        self.started.emit()  # before the recovery offer, which may wait in a dialog
        import sqlite3  # after the window is up, as the roster itself

        try:
            self.names.load()
        except (OSError, sqlite3.Error) as exc:  # no usable data folder: said once; no traceback
            log.warning("the roster could not be read: %s", exc)
        except Exception:  # a broken roster must not stop the editor
            log.exception("the roster could not be read")
        if not self.recovery.available:
            self.warn_autosave_off()
            return
        self.offer_recovery()

    def warn_autosave_off(self) -> None:
        """Once per start: the data folder cannot be written, so nothing is autosaved."""
        from .os_errors import describe_os_error

        error = self.recovery.error
        why = describe_os_error(error, self.recovery.root) if error else ""
        self.prompts.info(
            self.windows[-1] if self.windows else None,
            _("Autosave is off"),
            _("Minutes cannot write its recovery files in %(folder)s: %(why)s. Your drafts "
              "are not autosaved; save your work often (Ctrl+S). Autosave works again at the "
              "next start once the folder can be written.")
            % {"folder": self.recovery.root, "why": why},
        )

    def offer_recovery(self) -> list[DraftWindow]:
        drafts = self.recovery.orphans()
        if not drafts:
            return []
        parent = self.windows[-1] if self.windows else None
        chosen = self.prompts.choose_recovered(parent, drafts)
        if chosen is None:
            self.recovery.release_orphans()
            return []
        restored = []
        for draft in chosen:
            try:
                doc = draft.load()
            except DraftError as exc:
                from .draft_errors import describe_draft_error

                self.prompts.error(
                    parent, _("A recovered draft could not be read"), describe_draft_error(exc), str(exc)
                )
                continue
            path, lock = draft.original_path, None
            if path is not None and self.lock_drafts:
                try:
                    lock = DraftLock.acquire(path)
                except DraftLocked:
                    path = None  # open elsewhere now: restored untitled, not fought over
            window = self.open_document(doc, path, unsaved=True, lock=lock)
            restored.append(window)
        self.recovery.forget_orphans()
        return restored

    def draft_saved(self, window: DraftWindow, path: Path) -> None:
        self.preferences.add_recent(path)
        # Each name counts once per window: saving again must not push it up the roster.
        new = [p for p in people_of(window.session.doc) if p not in window.remembered_people]
        try:
            self.names.remember(new)
            window.remembered_people.update(new)
        except Exception:
            log.exception("the roster could not be updated")

    def window_closed(self, window: DraftWindow) -> None:
        window.session.release()
        self.preferences.save_window_state(window.saveGeometry(), window.saveState())
        if window in self.windows:
            self.windows.remove(window)
        if not self.windows:
            self.shutdown()

    def quit(self) -> bool:
        for window in list(self.windows):
            if not window.confirm_close():
                return False
        self.closing_all = True
        for window in list(self.windows):
            window.close()
        self.shutdown()
        QApplication.quit()
        return True

    def terminate(self) -> None:
        """SIGTERM: quit without questions. Drafts with unsaved changes are autosaved first and
        stay in the recovery folder, offered at the next start; saved ones leave nothing."""
        for window in self.windows:
            if window.session.is_modified:
                window.autosaver.flush()
        self.closing_all = True
        for window in list(self.windows):
            window.close()
        self.shutdown()
        QApplication.quit()

    def shutdown(self) -> None:
        for window in self.windows:  # the event loop ended with windows open: free their drafts
            window.session.release()
        self.recovery.close()
        if self.roster is not None:
            self.roster.close()

    # Preferences, roster, help --------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.language.set_language(code)
        self.preferences.ui_language = code

    def preferences_dialog(self, parent: QWidget | None = None) -> None:
        from .dialogs.preferences_dialog import PreferencesDialog

        choice = PreferencesDialog(self.language.code, self.preferences.autosave_seconds, parent).choose()
        if choice is None:
            return
        code, seconds = choice
        self.preferences.autosave_seconds = seconds
        for window in self.windows:
            window.autosaver.delay_ms = seconds * 1000
        if code != self.language.code:
            self.set_language(code)

    def roster_dialog(self, parent: QWidget | None = None) -> None:
        if self.roster is None:
            return
        from .dialogs.roster_dialog import RosterDialog

        entries = RosterDialog(self.roster.entries(), parent).choose()
        if entries is not None:
            self.roster.replace_all(entries)
            self.names.load()

    def show_shortcuts(self, parent: QWidget | None = None) -> None:
        from .shortcuts_help import shortcuts_rows

        self.prompts.show_table(parent, _("Keyboard shortcuts"), (_("Keys"), _("Does")), shortcuts_rows())

    def about(self, parent: QWidget | None = None) -> None:
        from .. import __version__

        self.prompts.info(
            parent,
            _("About Minutes"),
            _("Minutes %(version)s: a desktop editor for meeting minutes (纪要), meeting "
              "reports and board minutes.") % {"version": __version__},
        )


def describe_owner(owner: LockOwner | None) -> str:
    """Who holds a draft, for a message: "alice on office-pc (since 2026-12-03 09:30)"."""
    if owner is None:
        return _("another editor")
    return _("%(user)s on %(host)s (since %(time)s)") % {
        "user": owner.user, "host": owner.host, "time": f"{owner.time:%Y-%m-%d %H:%M}"
    }


def new_document(style: DocumentStyle) -> MeetingDocument:
    """A new draft from the style's template (the storage layer's), or a blank one."""
    try:
        from ..storage.templates import new_document as from_template
    except ImportError:
        return MeetingDocument(header=Header(style=style))
    return from_template(style)
