"""Today beside every earlier occasion of the group, one row per principle: the agreed
nuläge / önskat läge at each occasion (baseline first), the change since the baseline and
since last time, and the consensus (with its change). Filled from ``core.history``.

Every column is shown whole: the titles wrap onto lines no wider than the column's
values, the consensus wraps in a column of its own width, and every row is in view (the
page scrolls, not the table). Only when the occasions are more than the width holds does
the table scroll sideways, with the principles' column kept in place."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from tillitverkstad.core import numbers
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.history import Comparison, Point, PrincipleHistory
from tillitverkstad.core.model import Consensus, Scale
from tillitverkstad.ui.widgets.table_columns import PADDING, fit_columns, widest_text

CONSENSUS_LETTERS = 28  # the consensus column's most width (in letters) before it wraps


def wrapped(text: str, room: int, metrics: QFontMetrics) -> str:
    """``text`` broken at spaces into lines no wider than ``room`` (a word wider than
    that keeps a line of its own); its own line breaks are kept."""
    lines: list[str] = []
    for given in text.split("\n"):
        line = ""
        for word in given.split(" "):
            joined = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(joined) > room:
                lines.append(line)
                line = word
            else:
                line = joined
        lines.append(line)
    return "\n".join(lines)


class _FrozenColumn(QTableView):
    """The principles' column drawn over the table's own while it scrolls sideways."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._table = table
        self.setModel(table.model())
        self.setSelectionModel(table.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Clicks reach the table under it, whose own first column is at the same place.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.hide()

    def follow(self) -> None:
        table = self._table
        for column in range(1, table.columnCount()):
            self.setColumnHidden(column, True)
        self.setColumnWidth(0, table.columnWidth(0))
        self.horizontalHeader().setFixedHeight(table.horizontalHeader().height())
        for row in range(table.rowCount()):
            self.setRowHeight(row, table.rowHeight(row))
        frame = table.frameWidth()
        height = table.horizontalHeader().height() + table.viewport().height()
        self.setGeometry(frame, frame, table.columnWidth(0), height)
        self.setVisible(table.horizontalScrollBar().maximum() > 0)
        self.raise_()


class ComparisonTable(QTableWidget):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Agreed values at every occasion"))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._titles: list[str] = []
        self._frozen = _FrozenColumn(self)
        self.horizontalScrollBar().rangeChanged.connect(lambda *_: self._frozen.follow())

    def show_comparison(self, comparison: Comparison, content: Content) -> None:
        occasions = comparison.occasions
        titles = [self.tr("Principle")]
        for index, occasion in enumerate(occasions):
            if index == 0:
                titles.append(self.tr("{date}\n(start)").format(date=occasion.date.isoformat()))
            elif index == len(occasions) - 1:  # named by its date, as the others are
                titles.append(
                    self.tr("{date}\n(this occasion)").format(date=occasion.date.isoformat())
                )
            else:
                titles.append(occasion.date.isoformat())
        titles += [self.tr("Since the start"), self.tr("Since last time"), self.tr("Consensus")]
        self._titles = titles
        self.setColumnCount(len(titles))
        self.setRowCount(len(comparison.rows))
        labels = {c.id: c.label for c in content.consensus}
        for row_index, row in enumerate(comparison.rows):
            cells = [row.title, *(self._point(p) for p in row.points)]
            cells += [self._change(row, True), self._change(row, False)]
            cells.append(self._consensus(row, labels))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 0 < column < len(cells) - 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row_index, column, item)
        self.fit()

    def fit(self) -> None:
        """Columns as wide as their values, their titles wrapped to them; the consensus
        wraps beyond a width of its own; rows as tall as their text, and the table as
        tall as all its rows."""
        if not self.columnCount():
            return
        metrics = QFontMetrics(self.font())
        last = self.columnCount() - 1
        most = CONSENSUS_LETTERS * metrics.averageCharWidth()
        for column, title in enumerate(self._titles):
            values = widest_text(self, column) - PADDING
            if column == last:
                values = min(values, most)
            words = max(metrics.horizontalAdvance(w) for w in title.split())
            text = wrapped(title, max(values, words), metrics)
            self.setHorizontalHeaderItem(column, QTableWidgetItem(text))
        fit_columns(self, {last: 1}, fill=False, most={last: most + PADDING})
        # No wider than its columns: no empty band of header beside the last one.
        total = sum(self.columnWidth(c) for c in range(self.columnCount()))
        self.setMaximumWidth(total + 2 * self.frameWidth())
        self.resizeRowsToContents()
        header = self.horizontalHeader()
        header.setFixedHeight(header.sizeHint().height())
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        bar = self.horizontalScrollBar()
        sideways = bar.sizeHint().height() if self._needs_scrolling() else 0
        self.setFixedHeight(header.height() + rows + 2 * self.frameWidth() + sideways)
        self._frozen.follow()

    def _needs_scrolling(self) -> bool:
        total = sum(self.columnWidth(c) for c in range(self.columnCount()))
        return total > self.width() - 2 * self.frameWidth()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit()

    def _point(self, point: Point) -> str:
        if not point.on_agenda:
            return self.tr("not on agenda")
        if not point.rated:
            return self.tr("not rated")
        return f"{numbers.value(point.current)} / {numbers.value(point.desired)}"

    def _change(self, row: PrincipleHistory, since_start: bool) -> str:
        change = row.since_baseline if since_start else row.since_last_time
        current, desired = change(Scale.CURRENT), change(Scale.DESIRED)
        if current is None and desired is None:
            return numbers.DASH
        shown = (numbers.signed(v, self.language) for v in (current, desired))
        return " / ".join(shown)

    def _consensus(self, row: PrincipleHistory, labels: dict[str, str]) -> str:
        def label(consensus: Consensus | None) -> str:
            return labels.get(consensus.value, consensus.value) if consensus else numbers.DASH

        change = row.consensus_change
        if change is not None:
            return f"{label(change[0])} \u2192 {label(change[1])}"
        return label(row.today.consensus) if row.today.consensus else ""

    def rows_text(self) -> list[list[str]]:
        return [
            [item.text() if (item := self.item(r, c)) else "" for c in range(self.columnCount())]
            for r in range(self.rowCount())
        ]
