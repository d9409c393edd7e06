"""The summary: radar of agreed nuläge vs önskat läge, the cornerstone view, the largest
gaps and all actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core import rating as rating_maths
from tillitverkstad.core.model import RATED_KINDS, Rating, StepKind
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.steps.parts import column, scrolling, text_label
from tillitverkstad.ui.widgets.actions_table import ActionsOverview
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.radar import RadarChart


def _number(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    text = f"{value:+.1f}" if signed else f"{value:.1f}"
    return text.replace(".", ",").replace("-", "−")


def rated_steps(session: WorkshopSession) -> list[str]:
    return [s for s in session.workshop.steps if session.kind(s) in RATED_KINDS]


class SummaryStep(StepPage):
    shows_everything = True

    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        content = session.content
        names = {s.id: s.name for s in content.rating_scales}
        self.radar = RadarChart(self)
        self.radar.set_series_names(
            self.tr("Agreed {scale}").format(scale=names["current"].lower()),
            self.tr("Agreed {scale}").format(scale=names["desired"].lower()),
        )

        right, layout = column()
        layout.addWidget(text_label(right, content.fixed_step(step_id).text))
        cornerstones = Card(self.tr("Cornerstones"), right)
        box = cornerstones.body
        self.cornerstones = self._table(
            [
                self.tr("Cornerstone"),
                names["current"],
                names["desired"],
                self.tr("Gap"),
                self.tr("Rated"),
            ]
        )
        self.cornerstones.setAccessibleName(self.tr("Agreed values per cornerstone"))
        box.addWidget(self.cornerstones)
        layout.addWidget(cornerstones)
        gaps = Card(self.tr("Largest gaps"), right)
        box = gaps.body
        self.gaps = text_label(gaps, "", 1.1)
        self.gaps.setAccessibleName(self.tr("Largest gaps"))
        box.addWidget(self.gaps)
        layout.addWidget(gaps)
        actions = Card(self.tr("All actions"), right)
        box = actions.body
        self.actions = ActionsOverview(session, parent=actions)
        box.addWidget(self.actions)
        layout.addWidget(actions)
        layout.addStretch(1)

        chart = Card("", self)
        chart.body.addWidget(self.radar)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(chart)
        splitter.addWidget(scrolling(right))
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)
        self.refresh()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in range(1, len(headers)):
            header.setSectionResizeMode(index, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def ratings(self) -> dict[str, Rating]:
        ws = self.session.workshop
        return {step: ws.record(step).rating for step in rated_steps(self.session)}

    def refresh(self) -> None:
        ratings = self.ratings()
        self.radar.set_data(
            [self.session.title(step) for step in ratings],
            [_float(r.agreed_current) for r in ratings.values()],
            [_float(r.agreed_desired) for r in ratings.values()],
        )
        self._show_cornerstones(ratings)
        lines = [
            self.tr("{n}. {step}: {current} → {desired} (gap {gap})").format(
                n=n,
                step=self.session.title(step),
                current=ratings[step].agreed_current,
                desired=ratings[step].agreed_desired,
                gap=f"{gap:+d}".replace("-", "−"),
            )
            for n, (step, gap) in enumerate(rating_maths.largest_gaps(ratings), start=1)
        ]
        self.gaps.setText("\n".join(lines) or self.tr("No agreed gaps yet."))
        self.actions.refresh()

    def _show_cornerstones(self, ratings: dict[str, Rating]) -> None:
        content = self.session.content
        rows = []
        for cornerstone in content.cornerstones:
            members = [
                step
                for step in ratings
                if step == cornerstone.id
                or (
                    self.session.kind(step) is StepKind.PRINCIPLE
                    and content.principle(step).cornerstone == cornerstone.id
                )
            ]
            total = rating_maths.aggregate(ratings[s] for s in members)
            rows.append(
                (
                    cornerstone.name,
                    _number(total.current),
                    _number(total.desired),
                    _number(total.gap, signed=True),
                    f"{total.rated}/{len(members)}",
                )
            )
        self.cornerstones.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column_index, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column_index:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.cornerstones.setItem(row, column_index, item)
        table, header = self.cornerstones, self.cornerstones.horizontalHeader()
        table.resizeRowsToContents()
        # Never narrower than its texts: the column would show "Kultur och …".
        needed = sum(
            max(table.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(table.columnCount())
        )
        table.setMinimumWidth(needed + 2 * table.frameWidth())
        height = header.sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(r) for r in range(len(rows)))
        table.setFixedHeight(height)

    def cornerstone_rows(self) -> list[list[str]]:
        table = self.cornerstones
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    def refresh_actions(self) -> None:
        self.actions.refresh()


def _float(value: int | None) -> float | None:
    return None if value is None else float(value)
