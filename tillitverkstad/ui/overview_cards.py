"""The Översikt page's cards below the heatmap: one group's development, the actions, the
examples and the balance. Each fills its tables from the core's overview; nothing here
works out a figure of its own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QWidget,
)

from tillitverkstad.core import numbers
from tillitverkstad.core.action_plan import status_label
from tillitverkstad.core.digest import EXAMPLE_CATEGORIES, LOGICS
from tillitverkstad.core.display import display_line
from tillitverkstad.core.i18n import translate
from tillitverkstad.core.labels import CATEGORIES, LOGIC_NAMES
from tillitverkstad.core.languages import DEFAULT_LANGUAGE
from tillitverkstad.core.model import Scale
from tillitverkstad.core.overview import (
    ActionItem,
    BalanceAt,
    ExampleItem,
    GroupOverview,
    Overview,
)
from tillitverkstad.ui import theme
from tillitverkstad.ui.choices import choose, set_choices
from tillitverkstad.ui.overview_models import WORKSHOP_ROLE, Item, RowsModel, group_label
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.choice_box import ChoiceBox, names_box

MAX_VISIBLE_ROWS = 12  # a table taller than this scrolls inside its card


class Table(QTableView):
    """A read-only table; Enter or a double click on a row asks to open its workshop."""

    open_requested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = RowsModel(self)
        self.setModel(self.model_)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setResizeContentsPrecision(40)
        self._stretch, self._natural = -1, list[int]()
        self.horizontalHeader().installEventFilter(self)
        self.activated.connect(self._activated)

    def _activated(self, index) -> None:
        workshop = index.data(WORKSHOP_ROLE)
        if workshop:
            self.open_requested.emit(workshop)

    def fill(
        self,
        headers: list[str],
        rows: Sequence[Any],
        stretch: int = -1,
        make: Callable[[Any], Sequence[Item]] | None = None,
    ) -> None:
        """``rows``: the cells of each row, or each row's source that ``make`` makes them
        of when the row is shown; ``stretch``: the column that takes the room the others
        leave."""
        if make is None:
            self.model_.set_rows(headers, rows)
        else:
            self.model_.set_rows(headers, rows, make)
        self._stretch = stretch
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._fit_to_contents()

    def _fit_to_contents(self) -> None:
        """Every column as wide as its title and values, the rows as tall as a line, at
        the text size in use."""
        self.resizeColumnsToContents()
        self._natural = [self.columnWidth(c) for c in range(self.model_.columnCount())]
        self._spread()
        line = self.fontMetrics().height() + 2 * theme.SPACE.s
        self.verticalHeader().setDefaultSectionSize(line)
        shown = max(1, min(self.model_.rowCount(), MAX_VISIBLE_ROWS))
        header = self.horizontalHeader().sizeHint().height()
        self.setFixedHeight(line * shown + header + 2 * theme.SPACE.xs)

    def _spread(self) -> None:
        """The stretching column takes the room left, never less than its contents (a
        Stretch section squeezed a group's name to nothing at large text); short of
        room, the table scrolls sideways."""
        if not 0 <= self._stretch < len(self._natural):
            return
        others = sum(w for c, w in enumerate(self._natural) if c != self._stretch)
        room = self.viewport().width() - others
        self.setColumnWidth(self._stretch, max(self._natural[self._stretch], room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._spread()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_contents()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The titles take their new size with the header's own font, which may change
        # after the table's (a new text size reaches each widget in turn).
        if watched is self.horizontalHeader() and event.type() == QEvent.Type.FontChange:
            self._fit_to_contents()
        return super().eventFilter(watched, event)


class TrendCard(Card):
    """One group's agreed nuläge at each occasion, and the change since its first and
    since last time (``core.history``): change within the group, never across groups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.chooser = names_box(24)
        self.chooser.currentIndexChanged.connect(self._show)
        self.note = QLabel(wordWrap=True)
        self.note.setProperty("role", "muted")
        self.table = Table(self.tr("Development within the group"))
        row = QHBoxLayout()
        self.chooser_label = QLabel()
        self.chooser_label.setBuddy(self.chooser)
        row.addWidget(self.chooser_label)
        row.addWidget(self.chooser, 1)
        self.body.addLayout(row)
        self.body.addWidget(self.note)
        self.body.addWidget(self.table)
        self.body.addStretch(1)
        self.overview: Overview | None = None
        self.language = DEFAULT_LANGUAGE

    def retranslate(self) -> None:
        self.setTitle(self.tr("Development within each group"))
        self.chooser_label.setText(self.tr("G&roup:"))
        self.chooser.setAccessibleName(self.tr("The group whose development is shown"))

    def set_overview(self, overview: Overview, language: str) -> None:
        self.overview, self.language = overview, language
        set_choices(self.chooser, [(group_label(group), group.id) for group in overview.groups])
        self._show()

    def show_group(self, group_id: str) -> None:
        choose(self.chooser, group_id)

    def _show(self, *_: object) -> None:
        group = self.overview.group(self.chooser.currentData()) if self.overview else None
        if group is None:
            self.note.setText(self.tr("No group to show."))
            self.table.fill([], [])
            return
        self._fill(group)

    def _fill(self, group: GroupOverview) -> None:
        assert self.overview is not None
        once = len(group.occasions) < 2
        self.note.setText(
            self.tr("Met once in the period: there is no development to show yet.")
            if once
            else self.tr(
                "Agreed current state at each occasion; the change is worked out within "
                "this group only (no average over groups is shown)."
            )
        )
        headers = [self.tr("Principle")]
        headers += [
            self.tr("{number}: {date}").format(number=o.number, date=o.date.isoformat())
            for o in group.occasions
        ]
        headers += [self.tr("Since the start"), self.tr("Since last time")]
        rows = []
        for trend in group.trends:
            row = [Item(self.overview.title(trend.step_id))]
            for occasion, point in zip(group.occasions, trend.points, strict=True):
                text = numbers.value(point.current) if point.on_agenda else self.tr("not on agenda")
                if point.on_agenda and point.current is None:
                    text = self.tr("not rated")
                workshop = occasion.workshop_id if occasion.in_source else None
                rows_tip = "" if occasion.in_source else self.tr("Known from a later occasion")
                row.append(Item(text, rows_tip, None, workshop, point.current or 0))
            for change in (trend.since_baseline, trend.since_last_time):
                value = change(Scale.CURRENT)
                row.append(Item(numbers.signed(value, self.language), "", None, None, value or 0))
            rows.append(row)
        self.table.fill(headers, rows)


class ActionsCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.rollup = Table(self.tr("Actions per group"))
        self.overdue_label = QLabel()
        theme.scale_font(self.overdue_label, theme.TYPE.body, bold=True)
        self.overdue = Table(self.tr("Overdue actions"))
        for widget in (self.rollup, self.overdue_label, self.overdue):
            self.body.addWidget(widget)
        self.body.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Actions"))

    def set_overview(self, overview: Overview, language: str) -> None:
        headers = [
            self.tr("Group"),
            self.tr("Open"),
            self.tr("Of which overdue"),
            self.tr("Done"),
            self.tr("Cancelled"),
        ]
        self.rollup.fill(headers, overview.groups, stretch=0, make=_rollup_row)
        items = overview.overdue
        self.overdue_label.setText(
            self.tr("Overdue on {today}: {count}").format(
                today=overview.today.isoformat(), count=len(items)
            )
        )
        headers = [
            self.tr("Group"),
            self.tr("What"),
            self.tr("Who"),
            self.tr("When"),
            self.tr("Status"),
        ]
        self.overdue.fill(
            headers, items, stretch=1, make=lambda action: _overdue_row(action, language)
        )


def _rollup_row(group: GroupOverview) -> list[Item]:
    r = group.rollup
    latest = group.latest_in_source
    return [
        Item(group_label(group), "", None, latest.workshop_id if latest else None),
        *(Item(str(n), "", None, None, n) for n in (r.open, r.overdue, r.done)),
        Item(str(r.cancelled), "", None, None, r.cancelled),
    ]


def _overdue_row(a: ActionItem, language: str) -> list[Item]:
    return [
        Item(display_line(a.group), "", None, a.workshop_id),
        Item(display_line(a.state.what), a.state.what, None, a.workshop_id),
        Item(display_line(a.state.who) or numbers.DASH, "", None, a.workshop_id),
        Item(a.state.when.isoformat() if a.state.when else numbers.DASH),
        Item(status_label(a.state.status, language), "", None, a.workshop_id),
    ]


class ExamplesCard(Card):
    """The group notes in "Så gör vi i dag" and "Idéer" (never private notes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.principle = ChoiceBox()
        self.principle.currentIndexChanged.connect(self._show)
        self.principle_label = QLabel()
        self.principle_label.setBuddy(self.principle)
        row = QHBoxLayout()
        row.addWidget(self.principle_label)
        row.addWidget(self.principle, 1)
        self.table = Table(self.tr("Examples"))
        self.body.addLayout(row)
        self.body.addWidget(self.table)
        self.overview: Overview | None = None
        self.language = DEFAULT_LANGUAGE

    def retranslate(self) -> None:
        self.setTitle(self.tr("Examples from the groups"))
        self.principle_label.setText(self.tr("&Principle:"))
        self.principle.setAccessibleName(self.tr("Show the examples of one principle"))

    def set_overview(self, overview: Overview, language: str) -> None:
        self.overview, self.language = overview, language
        chosen = self.principle.currentData()
        self.principle.blockSignals(True)
        self.principle.clear()
        self.principle.addItem(self.tr("All principles"), None)
        for p in overview.principles:
            self.principle.addItem(p.title, p.step_id)
        self.principle.setCurrentIndex(max(0, self.principle.findData(chosen)))
        self.principle.blockSignals(False)
        self._show()

    def _show(self, *_: object) -> None:
        overview = self.overview
        if overview is None:
            return
        step = self.principle.currentData()
        headers = [
            self.tr("Principle"),
            self.tr("Category"),
            self.tr("Note"),
            self.tr("Group"),
            self.tr("Date"),
        ]
        categories = {c: translate("report", CATEGORIES[c], self.language) for c in CATEGORIES}
        titles = {p.step_id: p.title for p in overview.principles}

        def row(e: ExampleItem) -> list[Item]:
            workshop = e.occasion.workshop_id
            return [
                Item(titles.get(e.example.step_id, e.example.step_id)),
                Item(categories[e.example.category]),
                Item(display_line(e.example.text), e.example.text, None, workshop),
                Item(display_line(e.group), "", None, workshop),
                Item(e.occasion.date.isoformat(), "", None, workshop),
            ]

        rows = [
            e
            for e in overview.examples
            if (step is None or e.example.step_id == step)
            and e.example.category in EXAMPLE_CATEGORIES
        ]
        self.table.fill(headers, rows, stretch=2, make=row)


class BalanceCard(Card):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.note = QLabel(wordWrap=True)
        self.note.setProperty("role", "muted")
        self.table = Table(self.tr("Balance between the governing logics"))
        self.body.addWidget(self.note)
        self.body.addWidget(self.table)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Balance between market, hierarchy and trust"))
        self.note.setText(
            self.tr(
                "Points out of 100, today → desired, at each occasion with the balance exercise."
            )
        )

    def set_overview(self, overview: Overview, language: str) -> None:
        headers = [self.tr("Group"), self.tr("Date")]
        headers += [translate("report", LOGIC_NAMES[logic], language) for logic in LOGICS]
        rows = [(group, item) for group in overview.groups for item in group.balance]
        if not rows:
            self.note.setText(self.tr("No group did the balance exercise in the period."))
        self.table.fill(headers, rows, stretch=0, make=_balance_row)


def _balance_row(row: tuple[GroupOverview, BalanceAt]) -> list[Item]:
    group, item = row
    workshop = item.occasion.workshop_id
    return [
        Item(display_line(group.name), "", None, workshop),
        Item(item.occasion.date.isoformat(), "", None, workshop),
        *(
            Item(f"{numbers.value(t)} → {numbers.value(d)}", "", None, workshop)
            for t, d in zip(item.points.today, item.points.desired, strict=True)
        ),
    ]
