"""Split 100 points between market, hierarchy and trust — today and desired."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from tillitverkstad.core.content_model import OptionalStep
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import BALANCE_TOTAL, BalanceLogic, BalanceSide
from tillitverkstad.ui import accessible, chart_style, theme
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.message_slot import MessageSlot

WHICH = tuple(BalanceSide)


class BalanceBars(QWidget):
    """One stacked bar per row (today, desired), each segment named and patterned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.expose(BalanceBars, accessible.Role.Chart)  # read as its shares
        self._rows: list[tuple[str, list[tuple[str, int]]]] = []
        self.setAccessibleName(self.tr("Balance between the governing logics"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_data(self, rows: list[tuple[str, list[tuple[str, int]]]]) -> None:
        self._rows = rows
        self.setAccessibleDescription(
            "; ".join(f"{t}: " + ", ".join(f"{n} {p}" for n, p in parts) for t, parts in rows)
        )
        self.setFixedHeight(self.fontMetrics().height() * 2 * max(1, len(rows)) + 8)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, self.fontMetrics().height() * 4 + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        text = self.palette().windowText().color()
        metrics = painter.fontMetrics()
        row_height = metrics.height() * 2
        title_width = max((metrics.horizontalAdvance(t) for t, _ in self._rows), default=0) + 12
        width = self.width() - title_width - 4
        for row, (title, parts) in enumerate(self._rows):
            top = 4 + row * row_height
            painter.setPen(text)
            painter.drawText(
                QRectF(0, top, title_width, row_height - 4), Qt.AlignmentFlag.AlignVCenter, title
            )
            left = float(title_width)
            for (name, points), (color, pattern) in zip(
                parts, chart_style.LOGIC_STYLES, strict=False
            ):
                span = width * points / BALANCE_TOTAL
                rect = QRectF(left, top, span, row_height - 6)
                painter.setPen(QPen(text, 1))
                painter.setBrush(QColor(color))
                painter.drawRect(rect)
                if pattern != Qt.BrushStyle.SolidPattern:
                    painter.setBrush(QBrush(QColor(255, 255, 255, 90), pattern))
                    painter.drawRect(rect)
                label = f"{name} {points}"
                if metrics.horizontalAdvance(label) + 6 > span:
                    label = str(points) if metrics.horizontalAdvance(str(points)) < span else ""
                painter.setPen(QColor("black"))  # on the fixed, light segment colours
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                left += span


class BalancePanel(Card):
    def __init__(
        self,
        session: WorkshopSession,
        step_id: str,
        step: OptionalStep,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Points (share 100)"), parent)
        self.session, self.step_id, self.step, self.language = session, step_id, step, language
        self.titles = {BalanceSide.TODAY: self.tr("Today"), BalanceSide.DESIRED: self.tr("Desired")}
        layout = self.body
        grid = QGridLayout()
        self.spins: dict[BalanceSide, dict[str, QSpinBox]] = {w: {} for w in WHICH}
        self.sums: dict[BalanceSide, QLabel] = {}
        for column, which in enumerate(WHICH, start=1):
            header = QLabel(self.titles[which], self)
            theme.scale_font(header, 1.0, bold=True)
            grid.addWidget(header, 0, column)
        for row, logic in enumerate(step.logics, start=1):
            label = QLabel(f"{logic.name}\n{logic.keywords}", self)
            label.setWordWrap(True)  # the keywords wrap beside the points at large text
            label.setToolTip(logic.keywords)
            grid.addWidget(label, row, 0)
            for column, which in enumerate(WHICH, start=1):
                spin = QSpinBox(self)
                spin.setRange(0, BALANCE_TOTAL)
                spin.setSingleStep(5)
                spin.setSuffix(self.tr(" p"))
                theme.pad_spin_text(spin)
                spin.setAccessibleName(f"{logic.name}: {self.titles[which]}")
                spin.valueChanged.connect(lambda _v, w=which: self._changed(w))
                grid.addWidget(spin, row, column)
                self.spins[which][logic.id] = spin
        for column, which in enumerate(WHICH, start=1):
            holder = QWidget(self)
            box = QHBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            self.sums[which] = QLabel(holder)
            self.sums[which].setWordWrap(True)
            box.addWidget(self.sums[which], 1)
            grid.addWidget(holder, len(step.logics) + 1, column)
        grid.setColumnStretch(len(WHICH) + 1, 1)  # spin boxes stay compact
        layout.addLayout(grid)
        self.message = MessageSlot(self)
        layout.addWidget(self.message)
        self.bars = BalanceBars(self)
        layout.addWidget(self.bars)
        self.refresh()

    def _local(self, which: BalanceSide) -> dict[str, int]:
        return {logic: spin.value() for logic, spin in self.spins[which].items()}

    def _stored(self, which: BalanceSide) -> dict[str, int]:
        balance = self.session.workshop.record(self.step_id).balance
        return {BalanceLogic(k).value: v for k, v in balance.side(which).items()}

    def refresh(self) -> None:
        for which in WHICH:
            local, stored = self._local(which), self._stored(which)
            # A half-done split (not yet 100) stays as typed; otherwise show what is stored
            # (e.g. after undo).
            if stored and local != stored and sum(local.values()) in (0, BALANCE_TOTAL):
                for logic, spin in self.spins[which].items():
                    spin.blockSignals(True)
                    spin.setValue(stored.get(logic, 0))
                    spin.blockSignals(False)
            self._show_sum(which)
        rows = []
        for which in WHICH:
            stored = self._stored(which)
            if stored:
                parts = [(lg.name, stored.get(lg.id, 0)) for lg in self.step.logics]
                rows.append((self.titles[which], parts))
        self.bars.set_data(rows)

    def _show_sum(self, which: BalanceSide) -> None:
        total = sum(self._local(which).values())
        if total == BALANCE_TOTAL:
            text = self.tr("Sum: {sum} of {total} ✓").format(sum=total, total=BALANCE_TOTAL)
        else:
            text = self.tr("{mark} Sum: {sum} of {total} – not saved until it is {total}").format(
                mark=theme.WARNING_MARK, sum=total, total=BALANCE_TOTAL
            )
        self.sums[which].setText(text)

    def sum_text(self, which: BalanceSide) -> str:
        return self.sums[which].text()

    def _changed(self, which: BalanceSide) -> None:
        self._show_sum(which)
        local = self._local(which)
        if sum(local.values()) != BALANCE_TOTAL or local == self._stored(which):
            return
        try:
            self.session.set_balance(self.step_id, which, local)
        except TillitError as error:
            self.message.set_text(error.message(self.language))
            return
        self.message.set_text("")
        self.refresh()
