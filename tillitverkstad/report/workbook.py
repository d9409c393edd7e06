"""The overview as an Excel workbook (XlsxWriter): one long-format sheet per table, with
real types (dates as dates, numbers as numbers), a frozen header row, filters on every
column and widths that fit, so it opens ready for a pivot table or Power BI."""

from __future__ import annotations

import io

import xlsxwriter

from tillitverkstad import __version__
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.overview import Overview
from tillitverkstad.core.series import INCOMPLETE_SERIES, incomplete_line
from tillitverkstad.report.overview_tables import Table, overview_tables, widths

SHEET_NAME_LIMIT = 31  # Excel's


def _sheet(book: xlsxwriter.Workbook, table: Table, formats: dict) -> None:
    sheet = book.add_worksheet(table.name[:SHEET_NAME_LIMIT])
    sheet.write_row(0, 0, [c.header for c in table.columns], formats["header"])
    for column, (spec, width) in enumerate(zip(table.columns, widths(table), strict=True)):
        sheet.set_column(column, column, width, formats.get(spec.kind))
    for number, row in enumerate(table.rows, start=1):
        sheet.write_row(number, 0, row)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(1, len(table.rows)), len(table.columns) - 1)


def build_workbook(overview: Overview, *, language: str) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
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
    formats = {
        "header": book.add_format({"bold": True, "bg_color": "#F2F4F7", "bottom": 1}),
        "date": book.add_format({"num_format": "yyyy-mm-dd"}),
        "decimal": book.add_format({"num_format": "0.0"}),
        "long": book.add_format({"text_wrap": True, "valign": "top"}),
    }
    for table in overview_tables(overview, language):
        _sheet(book, table, formats)
    incomplete = incomplete_line(overview, language)
    if incomplete:  # said beside the long-format sheets, which stay ready for a pivot table
        sheet = book.add_worksheet(translate("report", INCOMPLETE_SERIES, language))
        sheet.set_column(0, 0, 100, formats["long"])
        sheet.write_string(0, 0, incomplete)
    book.close()
    return buffer.getvalue()
