"""The overview as long-format tables (one row per workshop × step, per action, per
example, per balance figure): the one shape the workbook and the CSV files both write,
ready for a pivot table or Power BI. Values keep their types (dates, whole numbers,
decimals, yes/no); headers and labels are in the reader's language.

A table's rows are made as they are written (HR's folder of 10 000 packages is a quarter
of a million rows), and :class:`RowProgress` tells a long export's watcher how far it is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import Any, TypeVar

from tillitverkstad.core.action_plan import status_label
from tillitverkstad.core.digest import LOGICS
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.jobs import JobProgress
from tillitverkstad.core.labels import CATEGORIES, CONSENSUS, LOGIC_NAMES, TEMPLATES
from tillitverkstad.core.model import ColumnKind
from tillitverkstad.core.overview import Overview

Value = str | int | float | bool | dt.date | None


@dataclass(frozen=True)
class Column:
    header: str
    kind: ColumnKind


Row = tuple[Value, ...]
T = TypeVar("T")


@dataclass(frozen=True)
class Table:
    name: str  # the sheet's and the CSV file's name
    columns: tuple[Column, ...]
    make_rows: Callable[[], Iterator[Row]]  # each call makes them anew, in order
    count: int

    def rows(self) -> Iterator[Row]:
        return self.make_rows()


class RowProgress:
    """The rows written of every table of one export, told to ``progress`` every
    :data:`STEP` rows: often enough that a cancel answers at once, seldom enough to cost
    nothing. The watcher may raise ``Cancelled`` from there. One unit more than the rows
    is the file's finishing (the workbook's zip), during which :meth:`still` asks."""

    STEP = 250

    def __init__(self, progress: JobProgress, rows: int) -> None:
        self.progress, self.total, self.done = progress, rows + 1, 0
        progress.advance(0, self.total)

    def counted(self, rows: Iterable[T]) -> Iterator[T]:
        for row in rows:
            yield row
            self.done += 1
            if self.done % self.STEP == 0:
                self.progress.advance(self.done, self.total)

    def still(self) -> None:
        """Working on, no further: a chance to cancel."""
        self.progress.advance(self.done, self.total)

    def finished(self) -> None:
        self.progress.advance(self.total, self.total)


class _Tr:
    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, text: str) -> str:
        return translate("report", text, self.language)

    def columns(self, *spec: tuple[str, str]) -> tuple[Column, ...]:
        return tuple(Column(self(header), ColumnKind(kind)) for header, kind in spec)


def _group_columns() -> list[tuple[str, str]]:
    return [
        (QT_TRANSLATE_NOOP("report", "Organisation"), "text"),
        (QT_TRANSLATE_NOOP("report", "Group id"), "text"),
        (QT_TRANSLATE_NOOP("report", "Group"), "text"),
    ]


def results_table(overview: Overview, tr: _Tr) -> Table:
    columns = tr.columns(
        *_group_columns(),
        (QT_TRANSLATE_NOOP("report", "Date"), "date"),
        (QT_TRANSLATE_NOOP("report", "Occasion"), "int"),
        (QT_TRANSLATE_NOOP("report", "Template"), "text"),
        (QT_TRANSLATE_NOOP("report", "Language"), "text"),
        (QT_TRANSLATE_NOOP("report", "Step id"), "text"),
        (QT_TRANSLATE_NOOP("report", "Step"), "text"),
        (QT_TRANSLATE_NOOP("report", "Agreed current state"), "int"),
        (QT_TRANSLATE_NOOP("report", "Agreed desired state"), "int"),
        (QT_TRANSLATE_NOOP("report", "Gap"), "int"),
        (QT_TRANSLATE_NOOP("report", "Consensus"), "text"),
        (QT_TRANSLATE_NOOP("report", "Votes"), "int"),
        (QT_TRANSLATE_NOOP("report", "Median current state"), "decimal"),
        (QT_TRANSLATE_NOOP("report", "Median desired state"), "decimal"),
        (QT_TRANSLATE_NOOP("report", "Spread current state"), "int"),
        (QT_TRANSLATE_NOOP("report", "Spread desired state"), "int"),
        (QT_TRANSLATE_NOOP("report", "Workshop id"), "text"),
    )

    def rows() -> Iterator[Row]:
        for row in overview.result_rows():
            r = row.result
            yield (
                row.organisation,
                row.group_id,
                row.group,
                row.occasion.date,
                row.occasion.number,
                tr(TEMPLATES[row.template]) if row.template in TEMPLATES else row.template,
                row.language,
                r.step_id,
                r.title,
                r.current,
                r.desired,
                r.gap,
                tr(CONSENSUS[r.consensus]) if r.consensus else None,
                r.votes,
                r.median_current,
                r.median_desired,
                r.spread_current,
                r.spread_desired,
                row.occasion.workshop_id,
            )

    name = tr(QT_TRANSLATE_NOOP("report", "results"))
    return Table(name, columns, rows, overview.result_count)


def actions_table(overview: Overview, tr: _Tr) -> Table:
    columns = tr.columns(
        *_group_columns(),
        (QT_TRANSLATE_NOOP("report", "Decided"), "date"),
        (QT_TRANSLATE_NOOP("report", "What"), "long"),
        (QT_TRANSLATE_NOOP("report", "Who"), "text"),
        (QT_TRANSLATE_NOOP("report", "When"), "date"),
        (QT_TRANSLATE_NOOP("report", "Principle"), "text"),
        (QT_TRANSLATE_NOOP("report", "Status"), "text"),
        (QT_TRANSLATE_NOOP("report", "Overdue"), "flag"),
        (QT_TRANSLATE_NOOP("report", "Workshop id"), "text"),
    )
    actions = overview.actions

    def rows() -> Iterator[Row]:
        for a in actions:
            yield (
                a.organisation,
                a.group_id,
                a.group,
                a.state.decided_on,
                a.state.what,
                a.state.who or None,
                a.state.when,
                overview.title(a.state.step_id) if a.state.step_id else None,
                status_label(a.state.status, tr.language),
                a.overdue,
                a.workshop_id,
            )

    return Table(tr(QT_TRANSLATE_NOOP("report", "actions")), columns, rows, len(actions))


def examples_table(overview: Overview, tr: _Tr) -> Table:
    columns = tr.columns(
        *_group_columns(),
        (QT_TRANSLATE_NOOP("report", "Date"), "date"),
        (QT_TRANSLATE_NOOP("report", "Occasion"), "int"),
        (QT_TRANSLATE_NOOP("report", "Step id"), "text"),
        (QT_TRANSLATE_NOOP("report", "Step"), "text"),
        (QT_TRANSLATE_NOOP("report", "Category"), "text"),
        (QT_TRANSLATE_NOOP("report", "Note"), "long"),
        (QT_TRANSLATE_NOOP("report", "Shortened"), "flag"),
        (QT_TRANSLATE_NOOP("report", "Workshop id"), "text"),
    )

    def rows() -> Iterator[Row]:
        for e in overview.examples:
            yield (
                e.organisation,
                e.group_id,
                e.group,
                e.occasion.date,
                e.occasion.number,
                e.example.step_id,
                overview.title(e.example.step_id),
                tr(CATEGORIES[e.example.category]),
                e.example.text,
                e.example.shortened,
                e.occasion.workshop_id,
            )

    name = tr(QT_TRANSLATE_NOOP("report", "examples"))
    return Table(name, columns, rows, len(overview.examples))


def balance_table(overview: Overview, tr: _Tr) -> Table:
    columns = tr.columns(
        *_group_columns(),
        (QT_TRANSLATE_NOOP("report", "Date"), "date"),
        (QT_TRANSLATE_NOOP("report", "Occasion"), "int"),
        (QT_TRANSLATE_NOOP("report", "Governing logic"), "text"),
        (QT_TRANSLATE_NOOP("report", "Points today"), "int"),
        (QT_TRANSLATE_NOOP("report", "Points desired"), "int"),
        (QT_TRANSLATE_NOOP("report", "Workshop id"), "text"),
    )
    logics = [tr(LOGIC_NAMES[logic]) for logic in LOGICS]

    def rows() -> Iterator[Row]:
        for group in overview.groups:
            for item in group.balance:
                for index, logic in enumerate(logics):
                    yield (
                        group.organisation,
                        group.id,
                        item.occasion.group,
                        item.occasion.date,
                        item.occasion.number,
                        logic,
                        item.points.today[index],
                        item.points.desired[index],
                        item.occasion.workshop_id,
                    )

    count = sum(len(g.balance) for g in overview.groups) * len(LOGICS)
    return Table(tr(QT_TRANSLATE_NOOP("report", "balance")), columns, rows, count)


def overview_tables(overview: Overview, language: str) -> list[Table]:
    tr = _Tr(language)
    return [
        results_table(overview, tr),
        actions_table(overview, tr),
        examples_table(overview, tr),
        balance_table(overview, tr),
    ]


YES = QT_TRANSLATE_NOOP("report", "yes")
NO = QT_TRANSLATE_NOOP("report", "no")


def yes_no(value: bool, language: str) -> str:
    return translate("report", YES if value else NO, language)


def widths(table: Table, sample: int = 200, limit: int = 60) -> list[int]:
    """Column widths in characters: the header or the longest of the first rows."""
    found = [len(c.header) + 2 for c in table.columns]
    for row in islice(table.rows(), sample):
        for index, value in enumerate(row):
            found[index] = max(found[index], len(_shown(value)) + 1)
    return [
        min(limit, w) if c.kind is not ColumnKind.LONG else limit
        for w, c in zip(found, table.columns, strict=True)
    ]


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return "2026-12-31"
    return "" if value is None else str(value)
