"""The one rule for a date that a person types (command line, the window's date fields) or a
data package brings: exactly ``YYYY-MM-DD``, a real day, within the years 1900–2200.

``date.fromisoformat`` alone takes more than the message promises (``20261201``,
``2026-W01-1``), and a year such as 0206 is a typing slip that reaches HR's workbook as a
serial Excel cannot show."""

from __future__ import annotations

import datetime as dt
import re

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP

FIRST_YEAR = 1900
LAST_YEAR = 2200
EARLIEST = dt.date(FIRST_YEAR, 1, 1)
LATEST = dt.date(LAST_YEAR, 12, 31)
# ASCII digits only: \d would also take Arabic-Indic digits.
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

NOT_A_DATE = QT_TRANSLATE_NOOP(
    "errors", "{value} is not a valid date. Write it as YYYY-MM-DD, e.g. 2026-12-01."
)
OUTSIDE_YEARS = QT_TRANSLATE_NOOP("errors", "{value} is outside the years {first}–{last}.")


def iso_date(text: str) -> dt.date | None:
    """``text`` as a date when it is exactly YYYY-MM-DD and a real day, else None."""
    if _ISO.fullmatch(text) is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:  # 2026-02-30
        return None


def in_range(date: dt.date) -> bool:
    return EARLIEST <= date <= LATEST


def check_year(date: dt.date) -> dt.date:
    """``date`` when it lies within the years the app accepts; else a ValidationError."""
    if not in_range(date):
        raise ValidationError(
            OUTSIDE_YEARS, value=date.isoformat(), first=FIRST_YEAR, last=LAST_YEAR
        )
    return date


def parse_date(text: str) -> dt.date:
    """A date typed by a person; a ValidationError saying what is wrong with it."""
    date = iso_date(text)
    if date is None:
        raise ValidationError(NOT_A_DATE, value=text)
    return check_year(date)
