"""The overview as an Excel workbook (XlsxWriter): one long-format sheet per table, with
real types (dates as dates, numbers as numbers), a frozen header row, filters on every
column and widths that fit, so it opens ready for a pivot table or Power BI.

Written in XlsxWriter's constant-memory mode: each row goes to a temporary file as it is
made, so a workbook of a quarter of a million rows costs a few megabytes of memory."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO

import xlsxwriter

from tillitverkstad import __version__
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.core.overview import Overview
from tillitverkstad.core.series import INCOMPLETE_SERIES, incomplete_line
from tillitverkstad.report.overview_tables import Row, RowProgress, Table, overview_tables, widths

SHEET_NAME_LIMIT = 31  # Excel's


def _sheet(book: xlsxwriter.Workbook, table: Table, formats: dict, rows: Iterable[Row]) -> None:
    sheet = book.add_worksheet(table.name[:SHEET_NAME_LIMIT])
    for column, (spec, width) in enumerate(zip(table.columns, widths(table), strict=True)):
        sheet.set_column(column, column, width, formats.get(spec.kind))
    sheet.freeze_panes(1, 0)
    sheet.write_row(0, 0, [c.header for c in table.columns], formats["header"])
    # Each column's own write: a quarter of a million rows spend no time on telling a
    # number from a date; an empty value writes no cell (Excel's empty, never a zero).
    writers = [getattr(sheet, _WRITERS[c.kind]) for c in table.columns]
    last = 0
    for last, row in enumerate(rows, start=1):
        for column, (write, value) in enumerate(zip(writers, row, strict=True)):
            if value is not None:
                write(last, column, value)
    sheet.autofilter(0, 0, max(1, last), len(table.columns) - 1)


_WRITERS = {
    "text": "write_string",
    "long": "write_string",
    "int": "write_number",
    "decimal": "write_number",
    "date": "write_datetime",  # in the workbook's default date format
    "flag": "write_boolean",
}


def write_workbook(
    overview: Overview, out: BinaryIO, *, language: str, progress: JobProgress = UNTRACKED
) -> None:
    """The workbook written to ``out``; ``progress`` hears how many rows are written, and
    may stop there (``Cancelled``). XlsxWriter's row files live in a folder of their own,
    removed whatever happens."""
    tables = overview_tables(overview, language)
    counter = RowProgress(progress, sum(t.count for t in tables))
    with tempfile.TemporaryDirectory(prefix="tillitverkstad-") as rows_folder:
        book = _workbook(_Asking(out, counter.still), rows_folder, language)
        try:
            formats = {
                "header": book.add_format({"bold": True, "bg_color": "#F2F4F7", "bottom": 1}),
                "date": book.add_format({"num_format": "yyyy-mm-dd"}),
                "decimal": book.add_format({"num_format": "0.0"}),
                "long": book.add_format({"text_wrap": True, "valign": "top"}),
            }
            for table in tables:
                _sheet(book, table, formats, counter.counted(table.rows()))
            incomplete = incomplete_line(overview, language)
            if incomplete:  # beside the long-format sheets, which stay ready for a pivot table
                sheet = book.add_worksheet(translate("report", INCOMPLETE_SERIES, language))
                sheet.set_column(0, 0, 100, formats["long"])
                sheet.write_string(0, 0, incomplete)
            book.close()
        except BaseException:
            _drop_row_files(book)
            raise
    counter.finished()


def _workbook(out: _Asking, rows_folder: str, language: str) -> xlsxwriter.Workbook:
    book = xlsxwriter.Workbook(
        out,
        {
            "constant_memory": True,
            "tmpdir": rows_folder,
            "default_date_format": "yyyy-mm-dd",
            # A note that begins with "=" is text, never a formula or a link.
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    book.set_properties(
        {
            "title": translate(
                "report",
                QT_TRANSLATE_NOOP("report", "Follow-up of trust-based governance"),
                language,
            ),
            "creator": f"Tillitverkstad {__version__}",
        }
    )
    return book


class _Asking:
    """``out`` as XlsxWriter writes the zip to it, asking ``still()`` every few megabytes:
    zipping a quarter of a million rows takes seconds, and a cancel need not wait."""

    EVERY = 1 << 20

    def __init__(self, out: BinaryIO, still: Callable[[], None]) -> None:
        self._out, self._still, self._since = out, still, 0

    def write(self, data: bytes) -> int:
        self._since += len(data)
        if self._since >= self.EVERY:
            self._since = 0
            self._still()
        return self._out.write(data)

    def __getattr__(self, name: str) -> Any:  # tell, seek, flush: the file's own
        return getattr(self._out, name)


def _drop_row_files(book: xlsxwriter.Workbook) -> None:
    """Close the row files a stopped workbook holds open (XlsxWriter has no call to give
    up a workbook), so their folder can go, on Windows too."""
    for sheet in book.worksheets():
        handle = getattr(sheet, "row_data_fh", None)
        if handle is not None:
            handle.close()
