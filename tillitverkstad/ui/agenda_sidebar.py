"""The agenda: every step with its status (a mark and a word, not colour alone) and its
used vs planned minutes. Click, or move with the arrow keys and press Enter, to jump."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.agenda import step_started
from tillitverkstad.ui import theme
from tillitverkstad.ui.session import WorkshopSession

STEP_ID = Qt.ItemDataRole.UserRole
IS_CURRENT = Qt.ItemDataRole.UserRole + 1
_WRAP = Qt.TextFlag.TextWordWrap.value
AGENDA_LETTERS = 17  # the least width of the agenda, in average letters


class StepStatus(StrEnum):
    DONE = "done"
    SKIPPED = "skipped"
    CURRENT = "current"
    STARTED = "started"
    NOT_STARTED = "not_started"


class _AgendaList(QListWidget):
    chosen = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            item = self.currentItem()
            if item is not None:
                self.chosen.emit(item.data(STEP_ID))
                return
        super().keyPressEvent(event)


class _StepDelegate(QStyledItemDelegate):
    """Two parts per step: the mark and title, then the status and minutes smaller and
    muted. The current step stands out with a bar and a tint, besides its bold title."""

    PAD = 8

    def __init__(self, parent: QListView) -> None:
        super().__init__(parent)
        self._measured: dict[tuple, tuple[QRect, QRect]] = {}  # a view asks again and again
        self._viewport = parent.viewport()  # kept: asking the view each time costs a lot

    def _fonts(self, option: QStyleOptionViewItem, current: bool) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(current)
        status = QFont(option.font)
        status.setPointSizeF(status.pointSizeF() * theme.TYPE.caption)
        return title, status

    def _layout(self, option, index, width: int) -> tuple[str, str, QRect, QRect]:
        title, _, status = str(index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        current = bool(index.data(IS_CURRENT))
        key = (title, status, current, width, option.font.key())
        if key not in self._measured:
            if len(self._measured) > 512:  # minutes tick on; old texts are not asked for again
                self._measured.clear()
            title_font, status_font = self._fonts(option, current)
            inner = max(40, width - 2 * self.PAD - 4)
            room = QRect(0, 0, inner, 10_000)
            self._measured[key] = (
                QFontMetrics(title_font).boundingRect(room, _WRAP, title),
                QFontMetrics(status_font).boundingRect(room, _WRAP, status),
            )
        top, below = self._measured[key]
        return title, status, top, below

    def sizeHint(self, option, index) -> QSize:
        width = self._viewport.width()
        _, _, top, below = self._layout(option, index, width)
        return QSize(width, top.height() + below.height() + 2 * self.PAD)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        current = bool(index.data(IS_CURRENT))
        title, status, top, below = self._layout(option, index, option.rect.width())
        title_font, status_font = self._fonts(option, current)
        palette = option.palette
        rect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        accent = palette.color(QPalette.ColorRole.Highlight)
        if current:
            tint = QColor(accent)
            tint.setAlpha(38)
            painter.fillRect(rect, tint)
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), accent)
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        if option.state & QStyle.StateFlag.State_Selected and option.state & (
            QStyle.StateFlag.State_HasFocus
        ):
            painter.setPen(accent)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        left = rect.left() + self.PAD + 4
        painter.setFont(title_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.drawText(top.translated(left, rect.top() + self.PAD - 1), _WRAP, title)
        painter.setFont(status_font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(
            below.translated(left, rect.top() + self.PAD - 1 + top.height()), _WRAP, status
        )
        painter.restore()


class AgendaSidebar(QWidget):
    step_chosen = Signal(str)

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE.m, theme.SPACE.m, 0, theme.SPACE.m)
        layout.setSpacing(theme.SPACE.s)
        title = QLabel(self.tr("Agenda"), self)
        theme.scale_font(title, theme.TYPE.heading, bold=True)
        self.list = _AgendaList(self)
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setAccessibleDescription(self.tr("Arrow keys choose a step, Enter opens it."))
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMouseTracking(True)
        self.list.setItemDelegate(_StepDelegate(self.list))
        title.setBuddy(self.list)
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        self._column = layout
        self.list.itemClicked.connect(lambda item: self.step_chosen.emit(item.data(STEP_ID)))
        self.list.chosen.connect(self.step_chosen)
        self.refresh(select_current=True)

    def _fit_width(self) -> None:
        """Narrow, so large text on a laptop leaves the step its room: a step's title may
        wrap, but never inside a word, and its mark stays beside its first word."""
        bold = QFont(self.list.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        marks = (theme.DONE_MARK, theme.CURRENT_MARK, theme.STARTED_MARK, theme.SKIPPED_MARK)
        mark = max(metrics.horizontalAdvance(f"{m}  ") for m in (*marks, theme.NOT_STARTED_MARK))
        widest = metrics.averageCharWidth() * AGENDA_LETTERS
        for step in self.session.workshop.steps:
            first, *rest = self.session.title(step).split() or [""]
            widest = max(widest, mark + metrics.horizontalAdvance(first))
            widest = max([widest, *(metrics.horizontalAdvance(word) for word in rest)])
        item = widest + 2 * _StepDelegate.PAD + 6  # the delegate's padding and current bar
        chrome = 2 * self.list.frameWidth() + self.list.verticalScrollBar().sizeHint().width()
        margins = self._column.contentsMargins()
        self.setMinimumWidth(item + chrome + margins.left() + margins.right())

    def add_panel(self, panel: QWidget) -> None:
        """A panel under the agenda (the shared screen's preview), kept at its own height."""
        self._column.addWidget(panel)

    def status(self, step_id: str) -> StepStatus:
        """Now, done (marked, or the workshop finished), skipped (marked with nothing
        entered), started as soon as anything was entered or timed, or not started."""
        ws = self.session.workshop
        if step_id == ws.current_step:
            return StepStatus.CURRENT
        started = step_started(ws, step_id)
        if ws.record(step_id).done and not started:
            return StepStatus.SKIPPED
        if ws.record(step_id).done or (ws.finished and started):
            return StepStatus.DONE
        return StepStatus.STARTED if started else StepStatus.NOT_STARTED

    def _status_text(self, status: StepStatus) -> tuple[str, str]:
        return {
            StepStatus.DONE: (theme.DONE_MARK, self.tr("done")),
            StepStatus.SKIPPED: (theme.SKIPPED_MARK, self.tr("skipped")),
            StepStatus.CURRENT: (theme.CURRENT_MARK, self.tr("now")),
            StepStatus.STARTED: (theme.STARTED_MARK, self.tr("started")),
            StepStatus.NOT_STARTED: (theme.NOT_STARTED_MARK, self.tr("not started")),
        }[status]

    def item_text(self, step_id: str) -> str:
        ws = self.session.workshop
        mark, word = self._status_text(self.status(step_id))
        used = round(ws.record(step_id).seconds_used / 60)
        planned = ws.minutes.get(step_id, 0)
        time = (  # a step without planned time never reads "4 of 0 min"
            self.tr("{used} of {planned} min").format(used=used, planned=planned)
            if planned
            else self.tr("{used} min").format(used=used)
        )
        if planned and used > planned:
            time += f" {theme.WARNING_MARK}"
        return f"{mark}  {self.session.title(step_id)}\n{word} · {time}"

    def refresh(self, select_current: bool = False) -> None:
        """Update marks and minutes; move the selection only when asked (after a jump), so
        a refresh never takes the selection from someone moving through the list."""
        steps = self.session.workshop.steps
        self.list.blockSignals(True)
        if self.list.count() != len(steps):
            self.list.clear()
            for step_id in steps:
                item = QListWidgetItem()
                item.setData(STEP_ID, step_id)
                self.list.addItem(item)
            self._fit_width()
        for row, step_id in enumerate(steps):
            item = self.list.item(row)
            text = self.item_text(step_id)
            if item.text() != text:
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
            item.setData(IS_CURRENT, self.status(step_id) is StepStatus.CURRENT)
        current = self.session.workshop.current_step
        if (select_current or self.list.currentRow() < 0) and current in steps:
            self.list.setCurrentRow(steps.index(current))
        self.list.blockSignals(False)
