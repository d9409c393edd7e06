"""Today beside every earlier occasion of the group, one row per principle: the agreed
nuläge / önskat läge at each occasion (baseline first), the change since the baseline and
since last time, and the consensus (with its change). Filled from ``core.history``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from tillitverkstad.core import numbers
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.history import Comparison, Point, PrincipleHistory
from tillitverkstad.core.model import Consensus, Scale


class ComparisonTable(QTableWidget):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Agreed values at every occasion"))

    def show_comparison(self, comparison: Comparison, content: Content) -> None:
        occasions = comparison.occasions
        headers = [self.tr("Principle")]
        for index, occasion in enumerate(occasions):
            if index == 0:
                headers.append(self.tr("{date}\n(start)").format(date=occasion.date.isoformat()))
            elif index == len(occasions) - 1:  # named by its date, as the others are
                headers.append(
                    self.tr("{date}\n(this occasion)").format(date=occasion.date.isoformat())
                )
            else:
                headers.append(occasion.date.isoformat())
        headers += [self.tr("Since the start"), self.tr("Since last time"), self.tr("Consensus")]
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
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
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(1, len(headers) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(header.sizeHint().height() + rows + 2 * self.frameWidth() + 2)

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
