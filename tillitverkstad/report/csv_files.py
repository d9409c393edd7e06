"""The overview's tables as CSV files, as Swedish Excel opens them: UTF-8 with a byte-order
mark, semicolons between fields, a decimal comma in Swedish, ISO dates. A text that Excel
would take for a formula (it starts with =, +, - or @) gets a leading apostrophe."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterable
from typing import BinaryIO

from tillitverkstad.core import numbers
from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.core.overview import Overview
from tillitverkstad.report.overview_tables import (
    Row,
    RowProgress,
    Table,
    Value,
    overview_tables,
    yes_no,
)

FORMULA_STARTS = ("=", "+", "-", "@")


def _field(value: Value, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes_no(value, language)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return numbers.decimal(value, language).replace(numbers.MINUS, "-")
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def write_csv(table: Table, out: BinaryIO, language: str, rows: Iterable[Row]) -> None:
    """``table`` (its ``rows``, counted as they go) written to ``out`` as it is made."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig", newline="", write_through=False)
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    writer.writerows([_field(v, language) for v in row] for row in rows)
    text.flush()
    text.detach()  # ``out`` stays open for its owner


def csv_files(
    overview: Overview, *, language: str, progress: JobProgress = UNTRACKED
) -> list[tuple[str, Callable[[BinaryIO], None]]]:
    """(file name, writer of its contents) per table; the writers tell ``progress`` how
    many rows of all the files are written, and may stop there (``Cancelled``)."""
    tables = overview_tables(overview, language)
    counter = RowProgress(progress, sum(t.count for t in tables))

    def writer(table: Table, last: bool) -> Callable[[BinaryIO], None]:
        def write(out: BinaryIO) -> None:
            write_csv(table, out, language, counter.counted(table.rows()))
            if last:
                counter.finished()

        return write

    return [
        (f"{table.name}.csv", writer(table, n == len(tables) - 1)) for n, table in enumerate(tables)
    ]
