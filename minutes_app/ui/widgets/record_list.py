"""A list of records as a table with add / remove / move buttons and an optional detail form.

Used for people, speakers, reports, remarks, sub-items, motions, action items and plain lists
of lines (deck, branch venues, closing notes). The table is the navigator and edits short
text in place; the detail form below edits every field of the current row, including long
text, choices, numbers and dates. Everything works from the keyboard: Insert adds, Delete
removes, Ctrl+Up/Ctrl+Down move the current row; drag and drop reorders too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.document import MAX_TEXT
from ...model.operations import Path as DocPath
from ...model.operations import is_one_line
from ..bindings import FieldBinder
from ..completion import NameCompletion
from ..draft_session import DraftSession
from ..fields import FieldSpec, Kind
from ..i18n import N_, Texts, _, strip_mnemonic
from ..item_models import DocumentListModel
from ..one_line import OneLineValidator
from ..undo_keys import route_undo_keys
from ..wheel_guard import block_wheel_focus
from .optional_values import OptionalDateTimeEdit, OptionalIntEdit

if TYPE_CHECKING:  # annotations only: each Qt class imported costs its creation at start-up
    from PySide6.QtCore import QAbstractItemModel, QPersistentModelIndex
    from PySide6.QtGui import QFocusEvent
    from PySide6.QtWidgets import QStyleOptionViewItem


class RecordTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.horizontalHeader().setHighlightSections(False)
        # Only the table with the focus shows its current row in the highlight colour; the
        # others show theirs muted, so the clerk sees where Insert, Delete and Ctrl+Up go.
        self._focused_palette = self.palette()
        self._unfocused_palette = muted_selection(self.palette())
        self.setPalette(self._unfocused_palette)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.setPalette(self._focused_palette)
        model, selection = self.model(), self.selectionModel()
        if model is not None and model.rowCount() and not selection.hasSelection():
            row = max(self.currentIndex().row(), 0)
            selection.setCurrentIndex(
                model.index(row, max(self.currentIndex().column(), 0)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):  # a cell editor keeps the mark
            self.setPalette(self._unfocused_palette)


def muted_selection(palette: QPalette) -> QPalette:
    """The palette with its selection drawn in a pale mix of the highlight and the base."""
    muted = QPalette(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        base = palette.color(group, QPalette.ColorRole.Base)
        high = palette.color(group, QPalette.ColorRole.Highlight)
        mix = QColor(
            (base.red() * 3 + high.red()) // 4,
            (base.green() * 3 + high.green()) // 4,
            (base.blue() * 3 + high.blue()) // 4,
        )
        muted.setColor(group, QPalette.ColorRole.Highlight, mix)
        muted.setColor(group, QPalette.ColorRole.HighlightedText, palette.color(group, QPalette.ColorRole.Text))
    return muted


class RecordDelegate(QStyledItemDelegate):
    """Cell editors that keep the undo keys for the draft and complete names from the roster.

    Picking a name from the roster also fills the row's empty title, as one undo step.
    """

    def __init__(self, editor: RecordListEditor) -> None:
        super().__init__(editor.table)
        self.owner = editor

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        widget = super().createEditor(parent, option, index)
        if isinstance(widget, QLineEdit):
            route_undo_keys(widget, self.owner.session.undo_stack)
            widget.setMaxLength(MAX_TEXT + 1)  # past a field's limit: the session cuts and says so
            spec = self.owner.model.columns[index.column()]
            model = self.owner.model
            if model.list_path is not None:
                path = model.field_path(index.row(), index.column())
                if is_one_line(self.owner.session.doc, path):  # a pasted name keeps no break
                    widget.setValidator(OneLineValidator(widget, lambda: True))
            names = self.owner.names
            if spec.roster_name and names is not None:
                widget.setProperty("roster_pick", "")

                def picked(name: str, title: str) -> None:
                    widget.setProperty("roster_pick", name)
                    widget.setProperty("roster_title", title)

                names.attach(widget, picked)
        return widget

    def setModelData(
        self, widget: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        title = None
        if isinstance(widget, QLineEdit) and widget.property("roster_pick") == widget.text():
            title = widget.property("roster_title")
        title_column = self.owner.model.column_of("title")
        if not title or title_column is None or self.owner.model.value_at(index.row(), title_column):
            super().setModelData(widget, model, index)
            return
        session = self.owner.session
        with session.macro(_("Edit %(field)s") % {"field": self.owner.model.columns[index.column()].title}):
            super().setModelData(widget, model, index)
            session.set(self.owner.model.field_path(index.row(), title_column), title, "", merge=False)


class RecordListEditor(QWidget):
    def __init__(
        self,
        session: DraftSession,
        texts: Texts,
        list_path: DocPath | None,
        columns: Sequence[FieldSpec],
        *,
        new_item: Callable[[], Any],
        item_name: str,
        detail: Sequence[FieldSpec] = (),
        drag_kind: str | None = None,
        table_height: int = 4,
        compact: bool = False,
        model: DocumentListModel | None = None,
        names: NameCompletion | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.names = names
        self.texts = texts
        self.new_item = new_item
        self.item_name = item_name  # message id, e.g. N_("speaker")
        self.model = model or DocumentListModel(
            session,
            list_path,
            columns,
            drag_kind=drag_kind or "-".join(str(k) for k in list_path or ()),
            item_name=lambda: _(self.item_name),
        )
        columns = self.model.columns
        texts.add(self.model.retranslate)
        self.table = RecordTable(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(RecordDelegate(self))
        # A label's mnemonic (副题(&K)) focuses the table; ClickFocus keeps this holder out of
        # Tab. The policy first: Qt passes a policy set later on to the proxy.
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setFocusProxy(self.table)
        self._size_columns(columns, table_height, compact)
        # Compact lists (a few lines, e.g. deck lines) keep their buttons beside the table.
        self.buttons = QVBoxLayout() if compact else QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.add_action = self._action(N_("Add"), QKeySequence(Qt.Key.Key_Insert), self.add_row)
        self.remove_action = self._action(
            N_("Remove"), QKeySequence(Qt.Key.Key_Delete), self.remove_row
        )
        # Compact lists show Add and Remove only; moving stays on Ctrl+Up/Down and drag.
        self.up_action = self._action(
            N_("Move up"), QKeySequence("Ctrl+Up"), lambda: self.move_row(-1), button=not compact
        )
        self.down_action = self._action(
            N_("Move down"), QKeySequence("Ctrl+Down"), lambda: self.move_row(1), button=not compact
        )
        self.buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if compact:
            row = QHBoxLayout()
            row.addWidget(self.table, 1, Qt.AlignmentFlag.AlignTop)
            row.addLayout(self.buttons)
            layout.addLayout(row)
        else:
            layout.addWidget(self.table)
            layout.addLayout(self.buttons)
        self.binder: FieldBinder | None = None
        self.detail_widgets: dict[str | None, QWidget] = {}
        if detail:
            self.binder = FieldBinder(session, self, None)
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for spec in detail:
                form.addRow(self._label(spec), self._detail_widget(spec))
            layout.addLayout(form)
        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(self._rebind)
        for signal in (self.model.rowsMoved, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._rebind)
        self.model.modelReset.connect(self._rebind)
        self._point_at(0)  # the detail form shows the first row until the clerk picks another
        self._update_actions()

    # Construction helpers ----------------------------------------------------------------

    def _action(
        self, label: str, key: QKeySequence, slot: Callable[[], None], *, button: bool = True
    ) -> QAction:
        action = QAction(self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # not inside a cell editor
        action.triggered.connect(slot)
        self.table.addAction(action)

        def retranslate() -> None:
            text = _(label)
            action.setText(text)
            keys = key.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{strip_mnemonic(text)} ({keys})")

        self.texts.add(retranslate)
        if button:
            tool = QToolButton(self)
            tool.setDefaultAction(action)
            tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons.addWidget(tool)
        return action

    def _size_columns(self, columns: Sequence[FieldSpec], rows: int, compact: bool) -> None:
        header = self.table.horizontalHeader()
        # Narrow columns (names, results, dates) fit their content, but never below a few
        # characters, so an empty table still reads well.
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("汉字汉字汉") + 12)
        for i, spec in enumerate(columns):
            mode = QHeaderView.ResizeMode.Stretch
            if spec.kind in (Kind.CHOICE, Kind.OPTIONAL_DATE, Kind.OPTIONAL_INT) or (
                spec.roster_name and len(columns) > 1
            ):
                mode = QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(i, mode)
        if len(columns) == 1:
            header.hide()
            self.table.verticalHeader().hide()
        row_height = self.table.verticalHeader().defaultSectionSize()
        height = row_height * rows + (0 if header.isHidden() else header.sizeHint().height()) + 4
        if compact:
            self.table.setFixedHeight(height)
        else:
            self.table.setMinimumHeight(height)
        self._row_height, self._base_height = row_height, height - row_height * rows
        self._min_rows = rows

    def grow_with_rows(self, most: int) -> None:
        """Let the table grow with its rows up to ``most`` (attendance lists): no scrolling
        inside a scrolling page for the usual few dozen people."""

        def fit(*_args: object) -> None:
            rows = max(self._min_rows, min(self.model.rowCount() + 1, most))
            self.table.setFixedHeight(self._base_height + rows * self._row_height)

        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(fit)
        fit()

    def _label(self, spec: FieldSpec) -> QLabel:
        label = QLabel(self)
        self.texts.add(lambda: label.setText(_(spec.label) + _(":")))
        return label

    def _detail_widget(self, spec: FieldSpec) -> QWidget:
        assert self.binder is not None
        rel = () if spec.name is None else (spec.name,)
        widget: QWidget
        match spec.kind:
            case Kind.TEXT:
                line = widget = QLineEdit(self)
                route_undo_keys(line, self.session.undo_stack)
                self.binder.line(line, rel, spec.label)
                if spec.roster_name and self.names is not None:
                    binder = self.binder
                    self.names.attach(line, lambda _name, _title: binder.commit(line))
            case Kind.MULTILINE:
                widget = QPlainTextEdit(self)
                widget.setTabChangesFocus(True)
                widget.setMinimumHeight(widget.fontMetrics().height() * 4)
                route_undo_keys(widget, self.session.undo_stack)
                self.binder.plain(widget, rel, spec.label)
            case Kind.CHOICE:
                widget = QComboBox(self)
                block_wheel_focus(widget)
                choices = spec.choices or {}
                for value, message in choices.items():
                    widget.addItem(_(message), value.value if hasattr(value, "value") else value)
                self.texts.add(lambda w=widget, c=choices: _retranslate_combo(w, c))
                enum_type = type(next(iter(choices))) if choices else None
                self.binder.choice(widget, rel, spec.label, enum_type)
            case Kind.OPTIONAL_INT:
                widget = OptionalIntEdit(minimum=0, maximum=1_000_000, parent=self)
                self.binder.optional_int(widget, rel, spec.label)
            case Kind.OPTIONAL_DATE:
                widget = OptionalDateTimeEdit("date", self)
                self.texts.text(widget.check.setText, N_("set"))
                self.binder.optional_time(widget, rel, spec.label)
        self.detail_widgets[spec.name] = widget
        return widget

    # Binding ------------------------------------------------------------------------------

    def set_list_path(self, list_path: DocPath | None) -> None:
        self.model.set_list_path(list_path)
        self._point_at(0)
        self._rebind()

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _point_at(self, row: int) -> None:
        """Make ``row`` current without selecting it (no highlight until the clerk acts)."""
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def select_row(self, row: int, column: int = 0) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, column)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def _rebind(self, *_args: object) -> None:
        row = self.current_row()
        if self.binder is not None:
            base = self.model.row_path(row) if row >= 0 and self.model.list_path else None
            if base != self.binder.base:
                self.binder.set_base(base)
        self._update_actions()

    def _update_actions(self) -> None:
        row, count = self.current_row(), self.model.rowCount()
        self.add_action.setEnabled(self.model.list_path is not None)
        self.remove_action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < count - 1)

    # Actions -----------------------------------------------------------------------------

    def add_row(self) -> None:
        if self.model.list_path is None:
            return
        row = self.current_row()
        index = row + 1 if row >= 0 else self.model.rowCount()
        self.session.insert(
            self.model.list_path, index, self.new_item(), _("Add %(what)s") % {"what": _(self.item_name)}
        )
        self.select_row(index)
        # The first column is where typing goes: long text (a motion's wording) in the
        # detail form's editor, short text in the table's cell.
        first = self.model.columns[0] if self.model.columns else None
        long_text = self.detail_widgets.get(first.name) if first and first.kind == Kind.MULTILINE else None
        if long_text is not None:
            long_text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.table.setFocus()
        first_text = next(
            (i for i, c in enumerate(self.model.columns) if c.kind == Kind.TEXT), None
        )
        if first_text is not None:
            self.table.edit(self.model.index(index, first_text))

    def remove_row(self) -> None:
        row = self.current_row()
        if row < 0 or self.model.list_path is None:
            return
        self.session.remove(
            self.model.list_path, row, _("Remove %(what)s") % {"what": _(self.item_name)}
        )
        self.select_row(min(row, self.model.rowCount() - 1))

    def move_row(self, delta: int) -> None:
        row = self.current_row()
        target = row + delta
        if row < 0 or not 0 <= target < self.model.rowCount() or self.model.list_path is None:
            return
        self.session.move(
            self.model.list_path,
            row,
            self.model.list_path,
            target,
            _("Move %(what)s") % {"what": _(self.item_name)},
        )
        self.select_row(target, max(self.table.currentIndex().column(), 0))


def _retranslate_combo(combo: QComboBox, choices: dict) -> None:
    for i, message in enumerate(choices.values()):
        combo.setItemText(i, _(message))
