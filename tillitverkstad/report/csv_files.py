"""The overview's tables as CSV files, as Swedish Excel opens them: UTF-8 with a byte-order
mark, semicolons between fields, a decimal comma in Swedish, ISO dates. A text that Excel
would take for a formula (it starts with =, +, - or @) gets a leading apostrophe."""

from __future__ import annotations

import csv
import datetime as dt
import io

from tillitverkstad.core import numbers
from tillitverkstad.core.overview import Overview
from tillitverkstad.report.overview_tables import Table, Value, overview_tables, yes_no

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


def csv_bytes(table: Table, language: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([c.header for c in table.columns])
    writer.writerows([_field(v, language) for v in row] for row in table.rows)
    return out.getvalue().encode("utf-8-sig")


def csv_files(overview: Overview, *, language: str) -> list[tuple[str, bytes]]:
    """(file name, contents) per table."""
    return [
        (f"{table.name}.csv", csv_bytes(table, language))
        for table in overview_tables(overview, language)
    ]
