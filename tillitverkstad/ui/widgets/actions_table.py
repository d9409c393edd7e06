"""Actions (what, who, when, principle, status): a quick add form and an editable table."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.action_plan import NOT_REVIEWED, STATUS_CONTEXT, STATUS_LABELS
from tillitverkstad.core.agenda import FIXED_KINDS
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Action, ActionStatus
from tillitverkstad.ui.drafts import draft_text
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.widgets.choice_box import ChoiceBox
from tillitverkstad.ui.widgets.date_field import parse_date
from tillitverkstad.ui.widgets.flow_layout import FlowLayout
from tillitverkstad.ui.widgets.long_text import long_line_edit
from tillitverkstad.ui.widgets.message_slot import MessageSlot
from tillitverkstad.ui.widgets.table_columns import fit_columns

DATA = Qt.ItemDataRole.UserRole
WHAT, WHO, WHEN, STEP, STATUS = range(5)
SHOWN_ROWS = 3  # at least this many actions in view without scrolling the table


def status_label(status: ActionStatus | None) -> str:
    """The core's wording of a status, in the UI language (None: not followed up)."""
    source = NOT_REVIEWED if status is None else STATUS_LABELS[status]
    return QCoreApplication.translate(STATUS_CONTEXT, source)


def step_choices(session: WorkshopSession) -> list[tuple[str | None, str]]:
    """The steps an action can belong to: none, or a middle step of the agenda."""
    middle = [s for s in session.workshop.steps if s not in FIXED_KINDS]
    none = QCoreApplication.translate("ActionsTable", "(no principle)")
    return [(None, none), *((s, session.title(s)) for s in middle)]


def _within(start: int, length: int, room: int) -> int:
    """``start`` moved back just enough for ``length`` to end inside ``room``."""
    return max(0, min(start, room - length))


class _ComboDelegate(QStyledItemDelegate):
    """Edits a cell by choosing from (data, label) pairs; the data is kept in UserRole.

    The column is as wide as the texts it shows; the open editor is as wide as its
    longest choice, over the next cell if need be, so a choice never shows cut."""

    def __init__(self, choices, parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent, option, index):
        combo = ChoiceBox(parent)
        for data, label in self.choices():
            combo.addItem(label, data)
        combo.setMaxVisibleItems(combo.count())  # every step in view, not ten of them
        # Not AdjustToContents: the combo would resize itself 20 ms later, over the
        # geometry given here (and, on a busy machine, while the editor is open).
        return combo

    def updateEditorGeometry(self, editor, option, index) -> None:
        hint = editor.sizeHint()
        cell = option.rect
        room = editor.parentWidget().size()  # the viewport: nothing drawn outside it
        width = min(max(cell.width(), hint.width()), room.width())
        height = min(hint.height(), room.height())  # one line, centred on a wrapped row
        top = cell.top() + (cell.height() - height) // 2
        editor.setGeometry(
            _within(cell.left(), width, room.width()),
            _within(top, height, room.height()),
            width,
            height,
        )

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)  # made by createEditor
        editor.setCurrentIndex(max(0, editor.findData(index.data(DATA))))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), DATA)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class _Table(QTableWidget):
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_requested.emit()
        else:
            super().keyPressEvent(event)

    def fit(self) -> None:
        """Columns to their texts (what and who take the room left, and wrap), rows as
        tall as their text, and never shorter than its first rows, however little room
        the page has (the page scrolls instead)."""
        fit_columns(self, {WHAT: 3, WHO: 2})
        self.resizeRowsToContents()
        shown = [self.rowHeight(r) for r in range(min(SHOWN_ROWS, self.rowCount()))]
        rows = sum(shown) or self.verticalHeader().defaultSectionSize()
        self.setMinimumHeight(
            self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()


def _message_label(parent: QWidget) -> MessageSlot:
    return MessageSlot(parent)


def _show(slot: MessageSlot, error: TillitError | None, language: str) -> None:
    slot.set_text(error.message(language) if error is not None else "")


class ActionForm(QWidget):
    """What / who / when (and the principle when not fixed) + "Add action"."""

    added = Signal(object)  # the new Action

    def __init__(
        self,
        session: WorkshopSession,
        language: str,
        step_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.language, self.step_id = session, language, step_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = FlowLayout()  # on a narrow window the principle and the button go below
        self.what = long_line_edit(self)
        self.what.setPlaceholderText(self.tr("What"))
        self.what.setAccessibleName(self.tr("Action: what"))
        self.who = QLineEdit(self)
        self.who.setPlaceholderText(self.tr("Who"))
        self.who.setAccessibleName(self.tr("Action: who"))
        self.when = QLineEdit(self)
        self.when.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.when.setToolTip(self.tr("When: a date as YYYY-MM-DD, or empty"))
        hint = self.when.placeholderText()
        self.when.setMinimumWidth(self.when.fontMetrics().horizontalAdvance(hint + "MM"))
        self.when.setAccessibleName(self.tr("Action: when (YYYY-MM-DD)"))
        self.step = ChoiceBox(self)
        self.step.setAccessibleName(self.tr("Action: principle"))
        for data, label in step_choices(session):
            self.step.addItem(label, data)
        self.step.setVisible(step_id is None)
        self.button = QPushButton(self.tr("Add action"), self)
        row.addWidget(self.what, 3)
        row.addWidget(self.who, 2)
        row.addWidget(self.when, 1)
        if step_id is None:
            row.addWidget(self.step, 1)
        row.addWidget(self.button)
        layout.addLayout(row)
        self.message = _message_label(self)
        layout.addWidget(self.message)
        for editor in (self.what, self.who, self.when):
            editor.returnPressed.connect(self.submit)
        self.button.clicked.connect(lambda: self.submit())

    def submit(self, focus: bool = True) -> bool:
        step = self.step_id if self.step_id is not None else self.step.currentData()
        try:
            action = self.session.add_action(
                self.what.text(), self.who.text(), parse_date(self.when.text()), step
            )
        except TillitError as error:
            _show(self.message, error, self.language)
            return False
        _show(self.message, None, self.language)
        for editor in (self.what, self.who, self.when):
            editor.setText("")  # also empties their undo: Ctrl+Z undoes the action
        if focus:
            self.what.setFocus()
        self.added.emit(action)
        return True

    def _typed(self) -> list[str]:
        return [e.text().strip() for e in (self.what, self.who, self.when) if e.text().strip()]

    def commit_draft(self) -> bool:
        """Add the action typed but not yet added (when the step is left). A draft the
        core refuses (no "what", a wrong date) stays in the form with its message."""
        return bool(self._typed()) and self.submit(focus=False)

    def drafts(self) -> list[str]:
        typed = self._typed()
        return [draft_text(self.tr("Action"), ", ".join(typed))] if typed else []


class ActionsTable(QWidget):
    """All actions, edited in place (double-click or F2); Del deletes the selected one."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ActionsTable", "What"),
        QT_TRANSLATE_NOOP("ActionsTable", "Who"),
        QT_TRANSLATE_NOOP("ActionsTable", "When"),
        QT_TRANSLATE_NOOP("ActionsTable", "Principle"),
        QT_TRANSLATE_NOOP("ActionsTable", "Status"),
    )

    def __init__(
        self,
        session: WorkshopSession,
        language: str,
        *,
        editable: bool = True,
        step_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.language, self.only_step = session, language, step_id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = _Table(0, len(self.HEADERS), self)
        self.table.setAccessibleName(self.tr("Actions"))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in self.HEADERS])
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setVisible(False)
        self.table.setColumnHidden(STEP, step_id is not None)  # a step's own table
        if editable:
            self.table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            self.table.setItemDelegateForColumn(
                STEP, _ComboDelegate(lambda: step_choices(session), self.table)
            )
            self.table.setItemDelegateForColumn(
                STATUS,
                _ComboDelegate(lambda: [(s.value, status_label(s)) for s in ActionStatus], self),
            )
            self.table.itemChanged.connect(self._edited)
            self.table.delete_requested.connect(self.delete_selected)
        else:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.message = _message_label(self)
        layout.addWidget(self.message)
        if editable:
            self.delete_button = QPushButton(self.tr("Delete action"), self)
            self.delete_button.setAccessibleDescription(self.tr("Delete the selected action"))
            self.delete_button.clicked.connect(self.delete_selected)
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(self.delete_button)
            layout.addLayout(row)
        self.refresh()

    def shown_actions(self) -> list[Action]:
        return [
            a
            for a in self.session.workshop.actions
            if self.only_step is None or a.step_id == self.only_step
        ]

    def _cells(self, action: Action) -> list[tuple[str, object]]:
        titles = dict(step_choices(self.session))
        return [
            (action.what, None),
            (action.who, None),
            (action.when.isoformat() if action.when else "", None),
            (titles.get(action.step_id) or self._title(action.step_id), action.step_id),
            (status_label(action.status), action.status.value),
        ]

    def _title(self, step_id: str | None) -> str:
        return self.session.title(step_id) if step_id else "–"

    def refresh(self) -> None:
        actions = self.shown_actions()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(actions))
            for row, action in enumerate(actions):
                for column, (text, data) in enumerate(self._cells(action)):
                    item = self.table.item(row, column)
                    if item is None:  # cells are updated in place: an open editor survives
                        item = QTableWidgetItem()
                        self.table.setItem(row, column, item)
                    item.setText(text)
                    item.setData(DATA, data if column else action.id)
        finally:
            self.table.blockSignals(False)
        self.table.fit()

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell of a listed action is filled by refresh()
        return item

    def _edited(self, item: QTableWidgetItem) -> None:
        row = item.row()
        cell = self._cell
        action = next(a for a in self.shown_actions() if a.id == cell(row, WHAT).data(DATA))
        try:
            when = parse_date(cell(row, WHEN).text())
            fields = {
                "what": cell(row, WHAT).text(),
                "who": cell(row, WHO).text(),
                "when": when,
                "step_id": cell(row, STEP).data(DATA),
                "status": ActionStatus(cell(row, STATUS).data(DATA)),
            }
            before = {
                "what": action.what,
                "who": action.who,
                "when": action.when,
                "step_id": action.step_id,
                "status": action.status,
            }
            if fields != before:
                self.session.edit_action(action.id, **fields)
        except TillitError as error:
            _show(self.message, error, self.language)
            self.refresh()  # the stored values come back
            return
        _show(self.message, None, self.language)
        self.refresh()

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, WHAT) if row >= 0 else None
        if item is None:
            return
        try:
            self.session.delete_action(item.data(DATA))
        except TillitError as error:  # e.g. the workshop is finished
            _show(self.message, error, self.language)
            return
        self.refresh()
        if self.table.rowCount():
            self.table.setCurrentCell(min(row, self.table.rowCount() - 1), WHAT)


class ActionsOverview(QLabel):
    """Read-only list of actions that reads well in a narrow column (summary, step)."""

    def __init__(
        self,
        session: WorkshopSession,
        *,
        step_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session, self.only_step = session, step_id
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A description: over the platform bridge a label's name would hide its text.
        self.setAccessibleDescription(self.tr("Actions"))
        self.refresh()

    def shown_actions(self) -> list[Action]:
        return [
            a
            for a in self.session.workshop.actions
            if self.only_step is None or a.step_id == self.only_step
        ]

    def refresh(self) -> None:
        lines = []
        for action in self.shown_actions():
            details = [action.who, action.when.isoformat() if action.when else ""]
            if self.only_step is None and action.step_id:
                details.append(self.session.title(action.step_id))
            details.append(status_label(action.status))
            lines.append(f"• {action.what}\n   " + " · ".join(d for d in details if d))
        self.setText("\n".join(lines) or self.tr("No actions yet."))
