"""The summary: radar of agreed nuläge vs önskat läge, the cornerstone view, the largest
gaps and all actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core import agenda, history, numbers
from tillitverkstad.core import rating as rating_maths
from tillitverkstad.core.model import Rating, Scale
from tillitverkstad.ui import theme
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.steps.parts import column, scrolling, text_label
from tillitverkstad.ui.steps.side_panels import part
from tillitverkstad.ui.widgets.actions_table import ActionsOverview, status_label
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.comparison_table import ComparisonTable
from tillitverkstad.ui.widgets.radar import RadarChart
from tillitverkstad.ui.widgets.reflow import Reflow


class SummaryStep(StepPage):
    shows_everything = True

    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        content = session.content
        names = {s.id: s.name for s in content.rating_scales}
        self.radar = RadarChart(self, language)
        self.radar.set_series_names(
            self.tr("Agreed {scale}").format(scale=names["current"].lower()),
            self.tr("Agreed {scale}").format(scale=names["desired"].lower()),
        )

        self._scale_name = names["current"]
        body, layout = column()
        chart = Card("", body)
        chart.body.addWidget(self.radar)
        right, right_layout = part()
        right_layout.addWidget(text_label(right, content.fixed_step(step_id).text))
        cornerstones = Card(self.tr("Cornerstones"), right)
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
        cornerstones.body.addWidget(self.cornerstones)
        right_layout.addWidget(cornerstones)
        gaps = Card(self.tr("Largest gaps"), right)
        self.gaps = text_label(gaps, "", 1.1)
        # A description: over the platform bridge a label's name would hide its text.
        self.gaps.setAccessibleDescription(self.tr("Largest gaps"))
        gaps.body.addWidget(self.gaps)
        right_layout.addWidget(gaps)
        actions = Card(self.tr("All actions"), right)
        self.action_box = ActionsOverview(session, parent=actions)
        actions.body.addWidget(self.action_box)
        right_layout.addWidget(actions)
        right_layout.addStretch(1)
        # The radar beside the figures while both fit; above them on a narrow window.
        self.top = Reflow([(chart, 5), (right, 4)], body)
        layout.addWidget(self.top, 1)

        # Under both, the full width: every occasion's column in view.
        self.history_box = Card(self.tr("Compared with earlier occasions"), body)
        box = self.history_box.body
        self.history_note = text_label(
            self.history_box,
            self.tr(
                "Agreed {current} / {desired} at each occasion; – means that value was not "
                "agreed then."
            ).format(current=names["current"].lower(), desired=names["desired"].lower()),
            theme.TYPE.caption,
        )
        self.comparison_table = ComparisonTable(language, self.history_box)
        self.reviewed = text_label(self.history_box, "")
        self.reviewed.setAccessibleDescription(self.tr("Last time's actions"))
        box.addWidget(self.history_note)
        box.addWidget(self.comparison_table)
        box.addWidget(self.reviewed)
        layout.addWidget(self.history_box)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, session.title(step_id)))
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
        steps = agenda.rated_steps(self.session.content, ws.steps)
        return {step: ws.record(step).rating for step in steps}

    def refresh(self) -> None:
        ratings = self.ratings()
        self.radar.set_data(
            [self.session.title(step) for step in ratings],
            [_float(r.agreed_current) for r in ratings.values()],
            [_float(r.agreed_desired) for r in ratings.values()],
        )
        self._show_history(self.session.comparison())
        self._show_cornerstones(ratings)
        lines = [
            # "Medborgarfokus +2": the principle, then its gap, as on the wall and in the PDF.
            self.tr("{n}. {step} {gap} (current {current} → desired {desired})").format(
                n=n,
                step=self.session.title(step),
                current=ratings[step].agreed_current,
                desired=ratings[step].agreed_desired,
                gap=numbers.signed(gap, self.language),
            )
            for n, (step, gap) in enumerate(rating_maths.largest_gaps(ratings), start=1)
        ]
        self.gaps.setText("\n".join(lines) or self.tr("No agreed gaps yet."))
        self.action_box.refresh()

    def _show_history(self, comparison: history.Comparison) -> None:
        """The comparison with every earlier occasion, and the earlier outlines on the radar."""
        self.history_box.setVisible(comparison.has_history)
        if not comparison.has_history:
            return
        self.comparison_table.show_comparison(comparison, self.session.content)
        scale = self._scale_name.lower()
        outlines = [
            (
                self.tr("Agreed {scale} at the start, {date}").format(
                    scale=scale, date=comparison.baseline.date.isoformat()
                ),
                comparison.baseline,
            )
        ]
        last = comparison.last_time
        if last is not None and last is not comparison.baseline:
            outlines.append(
                (
                    self.tr("Agreed {scale} last time, {date}").format(
                        scale=scale, date=last.date.isoformat()
                    ),
                    last,
                )
            )
        self.radar.set_outlines(
            [
                (name, [_float(v) for v in comparison.outline(occasion, Scale.CURRENT)])
                for name, occasion in outlines
            ]
        )
        counts = history.review_counts(self.session.workshop)
        self.reviewed.setVisible(bool(counts))
        self.reviewed.setText(
            self.tr("Last time's actions: {counts}").format(
                counts=" · ".join(f"{status_label(s)} {n}" for s, n in counts.items())
            )
        )

    def _show_cornerstones(self, ratings: dict[str, Rating]) -> None:
        rows = [
            (
                cornerstone.name,
                numbers.decimal(total.current, self.language),
                numbers.decimal(total.desired, self.language),
                numbers.signed(total.gap, self.language),
                f"{total.rated}/{members}",
            )
            for cornerstone, total, members in rating_maths.cornerstone_results(
                self.session.content, ratings
            )
        ]
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
            [item.text() if (item := table.item(r, c)) else "" for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    def refresh_actions(self) -> None:
        self.action_box.refresh()


def _float(value: int | None) -> float | None:
    return None if value is None else float(value)
