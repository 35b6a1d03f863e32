"""Find and replace across the whole draft (Ctrl+F, Ctrl+H): a bar at the foot of the window.

Matches come from the model (``model.find_replace``), over every text field in document
order; Enter and F3 go to the next, Shift+Enter and Shift+F3 to the previous: the field's page
opens, the field shows the match selected, and the focus stays in the bar so the next Enter
goes on. The preview highlights every occurrence. Replace changes the current match; Replace
all changes every match as one undo step. Esc closes the bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QToolBar,
    QWidget,
)

from ..model.find_replace import Match, Query, find_all, find_in, replace_all, replace_spans
from .field_focus import focus_field
from .i18n import N_, Texts, _, ngettext, npgettext

if TYPE_CHECKING:
    from .draft_window import DraftWindow

HIGHLIGHT = QColor("#ffe066")
MAX_HIGHLIGHTS = 5000
CONTEXT = 12  # characters either side of a match that locate it in the preview  # a one-letter search in a long draft must not stall the preview


class FindBar(QToolBar):
    def __init__(self, window: DraftWindow, texts: Texts) -> None:
        super().__init__(window)
        self.window_ = window
        self.session = window.session
        self.setObjectName("find_bar")
        self.setMovable(False)
        self.setFloatable(False)
        texts.text(self.setWindowTitle, N_("Find and replace"))
        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setContentsMargins(4, 2, 4, 2)
        self.find_label, self.replace_label = QLabel(body), QLabel(body)
        self.find_edit, self.replace_edit = QLineEdit(body), QLineEdit(body)
        self.find_label.setBuddy(self.find_edit)
        self.replace_label.setBuddy(self.replace_edit)
        self.match_case, self.whole_words = QCheckBox(body), QCheckBox(body)
        self.previous_button, self.next_button = QPushButton(body), QPushButton(body)
        self.replace_button, self.replace_all_button = QPushButton(body), QPushButton(body)
        self.close_button = QPushButton(body)
        self.count = QLabel(body)
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setMinimumWidth(120)
        # No mnemonics here: the bar shows over any page, whose letters they would take.
        for setter, message in (
            (self.find_label.setText, N_("Find:")),
            (self.replace_label.setText, N_("Replace with:")),
            (self.match_case.setText, N_("Match case")),
            (self.whole_words.setText, N_("Whole words")),
            (self.previous_button.setText, N_("Previous")),
            (self.next_button.setText, N_("Next")),
            (self.replace_button.setText, N_("Replace")),
            (self.replace_all_button.setText, N_("Replace all")),
            (self.close_button.setText, N_("Close")),
            (self.find_edit.setPlaceholderText, N_("text to find in the whole draft")),
            (self.next_button.setToolTip, N_("Next match (Enter, F3)")),
            (self.previous_button.setToolTip, N_("Previous match (Shift+Enter, Shift+F3)")),
            (self.replace_all_button.setToolTip, N_("Replace every match (Ctrl+Enter): one undo step")),
        ):
            texts.text(setter, message)
        grid.addWidget(self.find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.previous_button, 0, 2)
        grid.addWidget(self.next_button, 0, 3)
        grid.addWidget(self.match_case, 0, 4)
        grid.addWidget(self.whole_words, 0, 5)
        grid.addWidget(self.count, 0, 6)
        grid.addWidget(self.close_button, 0, 7)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        grid.addWidget(self.replace_all_button, 1, 3)
        grid.setColumnStretch(1, 1)
        self.addWidget(body)
        self.replace_row = (self.replace_label, self.replace_edit, self.replace_button, self.replace_all_button)

        self._watched: QWidget | None = None  # the preview whose new pages are highlighted
        self.matches: list[Match] = []
        self.current = -1
        self._stale = True
        self._refresh_timer = QTimer(self)  # edits elsewhere: count again once they settle
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(150)
        self._refresh_timer.timeout.connect(self._recount)

        self.find_edit.textChanged.connect(self._query_changed)
        self.match_case.toggled.connect(self._query_changed)
        self.whole_words.toggled.connect(self._query_changed)
        self.find_edit.returnPressed.connect(self.find_next)
        self.replace_edit.returnPressed.connect(self.replace_current)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_everything)
        self.close_button.clicked.connect(self.close_bar)
        for keys, slot in (
            ("Shift+Return", self.find_previous),
            ("Shift+Enter", self.find_previous),
            ("Ctrl+Return", self.replace_everything),
            ("Ctrl+Enter", self.replace_everything),
            ("Escape", self.close_bar),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.session.value_changed.connect(self._document_changed)
        self.session.structure_changed.connect(self._document_changed)
        self.hide()

    # Opening and closing ------------------------------------------------------------------

    def open(self, *, replace: bool) -> None:
        """Ctrl+F (find only) or Ctrl+H (with the replace row); a selected word is the query."""
        selected = _selected_text(self.window_.focusWidget())
        for widget in self.replace_row:
            widget.setVisible(replace)
        self.show()
        if selected and "\n" not in selected and not self.isAncestorOf(self.window_.focusWidget()):
            self.find_edit.setText(selected)
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()
        self._recount()

    def close_bar(self) -> None:
        self.hide()
        self._highlight_preview(Query(""))
        if 0 <= self.current < len(self.matches):
            focus_field(self.window_, self.matches[self.current].path)  # back to the document

    # Matches --------------------------------------------------------------------------------

    def query(self) -> Query:
        return Query(self.find_edit.text(), self.match_case.isChecked(), self.whole_words.isChecked())

    def _query_changed(self, *_args: object) -> None:
        self.current = -1
        self._recount()

    def _document_changed(self, *_args: object) -> None:
        self._stale = True
        if self.isVisible():
            self._refresh_timer.start()

    def _recount(self) -> None:
        query = self.query()
        current = self.matches[self.current] if 0 <= self.current < len(self.matches) else None
        self.matches = find_all(self.session.doc, query)
        self._stale = False
        self.current = self._index_at_or_after(current) - 1 if current is not None else -1
        self._show_count()
        self._highlight_preview(query)

    def _index_at_or_after(self, where: Match) -> int:
        """The first match at or after where ``where`` began (matches are in document order)."""
        order = _order_of(self.session.doc)
        key = (order.get(where.path, -1), where.start)
        for index, match in enumerate(self.matches):
            if (order.get(match.path, -1), match.start) >= key:
                return index
        return len(self.matches)

    def _show_count(self) -> None:
        if not self.find_edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(_("No matches"))
        elif self.current < 0:
            count = len(self.matches)
            self.count.setText(
                npgettext("find bar", "%(count)d match", "%(count)d matches", count) % {"count": count}
            )
        else:
            self.count.setText(
                _("%(index)d of %(count)d") % {"index": self.current + 1, "count": len(self.matches)}
            )
        has = bool(self.matches)
        for button in (self.next_button, self.previous_button, self.replace_all_button):
            button.setEnabled(has)
        self.replace_button.setEnabled(has)

    def find_next(self) -> None:
        self._step(+1)

    def find_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self._stale:
            self._recount()
        if not self.matches:
            return
        if self.current < 0 and direction < 0:
            self.current = len(self.matches) - 1
        else:
            self.current = (self.current + direction) % len(self.matches)
        self._show_count()
        self._show_match(self.matches[self.current])

    def _show_match(self, match: Match) -> None:
        """Open the field's page, select the match in it, and keep the focus in the bar."""
        keep = self.window_.focusWidget() if self.isAncestorOf(self.window_.focusWidget()) else self.find_edit
        if focus_field(self.window_, match.path):
            _select(self.window_.focusWidget(), match)
        self._show_in_preview(match)
        # As a popup takes the focus: a line edit keeps (and shows) its selection then.
        keep.setFocus(Qt.FocusReason.PopupFocusReason)

    # Replacing -------------------------------------------------------------------------------

    def replace_current(self) -> None:
        """Replace the current match (or go to the first), then go to the next."""
        if self._stale:
            self._recount()
        if not 0 <= self.current < len(self.matches):
            self.find_next()
            return
        match = self.matches[self.current]
        value = self.session.value(match.path)
        if find_in(value, self.query()).count((match.start, match.end)) != 1:
            self._recount()  # the field changed under the match: look again
            return
        new = replace_spans(value, [(match.start, match.end)], self.replace_edit.text())
        self.session.set(match.path, new, _("Replace “%(text)s”") % {"text": self.find_edit.text()}, merge=False)
        self._recount()
        self.current = self._after_replace(match) - 1
        self.find_next()

    def _after_replace(self, match: Match) -> int:
        """The index of the first match after the replaced text."""
        moved = Match(match.path, match.start + len(self.replace_edit.text()), match.start)
        return self._index_at_or_after(moved)

    def replace_everything(self) -> None:
        if not self.replace_edit.isVisible():
            return
        query = self.query()
        changes = replace_all(self.session.doc, query, self.replace_edit.text())
        if not changes:
            return
        count = len(find_all(self.session.doc, query))
        with self.session.macro(_("Replace all “%(text)s”") % {"text": query.text}):
            for path, value in changes:
                self.session.set(path, value, _("Replace"), merge=False)
        self.current = -1
        self._recount()
        matches = ngettext("%(count)d match", "%(count)d matches", count) % {"count": count}
        fields = ngettext("%(count)d field", "%(count)d fields", len(changes)) % {"count": len(changes)}
        self.window_.statusBar().showMessage(
            _("Replaced %(matches)s in %(fields)s (Ctrl+Z undoes them all).")
            % {"matches": matches, "fields": fields},
            8000,
        )

    # The preview ------------------------------------------------------------------------------

    def _show_in_preview(self, match: Match) -> None:
        """Scroll the preview to the match: found with a little of the text around it, which
        the page prints as written (numbers and labels come before and after a field)."""
        preview = self.window_.preview
        if preview is None:
            return
        value = self.session.value(match.path)
        page = preview.browser.document()
        for context in (CONTEXT, 0):
            line_start = value.rfind("\n", 0, match.start) + 1
            line_end = value.find("\n", match.end)
            line_end = len(value) if line_end < 0 else line_end
            before = max(line_start, match.start - context)
            around = value[before : min(line_end, match.end + context)]
            found = page.find(around) if around.strip() else None
            if found is not None and not found.isNull():
                cursor = preview.browser.textCursor()
                cursor.setPosition(found.selectionStart() + match.start - before)
                preview.browser.setTextCursor(cursor)
                preview.browser.ensureCursorVisible()
                return

    def preview_rendered(self) -> None:
        if self.isVisible():
            self._highlight_preview(self.query())

    def _highlight_preview(self, query: Query) -> None:
        preview = self.window_.preview
        if preview is None:
            return
        if preview is not self._watched:  # built after the bar, or again: follow its pages
            preview.rendered.connect(self.preview_rendered)
            self._watched = preview
        browser = preview.browser
        selections: list[QTextEdit.ExtraSelection] = []
        if query.text:
            flags = QTextDocument.FindFlag(0)
            if query.match_case:
                flags |= QTextDocument.FindFlag.FindCaseSensitively
            if query.whole_words and query.text.isascii():
                flags |= QTextDocument.FindFlag.FindWholeWords
            page = browser.document()
            cursor = page.find(query.text, 0, flags)
            while not cursor.isNull() and len(selections) < MAX_HIGHLIGHTS:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format.setBackground(HIGHLIGHT)
                selections.append(selection)
                cursor = page.find(query.text, cursor, flags)
        browser.setExtraSelections(selections)


def _order_of(doc) -> dict:
    from ..model.find_replace import text_fields

    return {path: index for index, (path, _value) in enumerate(text_fields(doc))}


def _selected_text(widget: QWidget | None) -> str:
    if isinstance(widget, QLineEdit):
        return widget.selectedText()
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().selectedText()
    return ""


def _select(widget: QWidget | None, match: Match) -> None:
    if isinstance(widget, QLineEdit):
        widget.setSelection(match.start, match.end - match.start)
    elif isinstance(widget, QPlainTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(match.start)
        cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
        widget.ensureCursorVisible()
