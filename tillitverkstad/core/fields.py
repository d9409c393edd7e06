"""Strict readers for stored and imported data: each takes a value and the path of the
field it came from, and returns it checked or raises :class:`FormatError` naming the field
and, in the user's language, what was wrong. A hostile file changes nothing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from tillitverkstad.core.dates import FIRST_YEAR, LAST_YEAR, in_range, iso_date
from tillitverkstad.core.errors import Phrase, ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.languages import content_languages
from tillitverkstad.core.text import MAX_LINE, MAX_NOTE, has_surrogate

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")
IDENTIFIER = re.compile(r"[A-Za-z0-9_-]{1,80}")

# Why a field is refused; the field's path is the only part of the message not translated.
EXPECTED_OBJECT = QT_TRANSLATE_NOOP("errors", "expected an object")
MISSING = QT_TRANSLATE_NOOP("errors", "missing")
EXPECTED_TEXT = QT_TRANSLATE_NOOP("errors", "expected text")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "the text is longer than {limit} characters")
BROKEN_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", "the text holds a broken character (a lone UTF-16 surrogate)"
)
EXPECTED_WHOLE = QT_TRANSLATE_NOOP("errors", "expected a whole number from {low} to {high}")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("errors", "unknown value {value}")
EXPECTED_LIST = QT_TRANSLATE_NOOP("errors", "expected a list")
EXPECTED_DATE = QT_TRANSLATE_NOOP("errors", "expected a date YYYY-MM-DD")
DATE_OUTSIDE_YEARS = QT_TRANSLATE_NOOP("errors", "expected a date in the years {first}–{last}")
EXPECTED_MOMENT = QT_TRANSLATE_NOOP(
    "errors", "expected a time with its offset from UTC, YYYY-MM-DDTHH:MM:SS+00:00"
)
EXPECTED_ID = QT_TRANSLATE_NOOP("errors", "expected an id of letters, digits, - or _")
EXPECTED_FLAG = QT_TRANSLATE_NOOP("errors", "expected true or false")
EXPECTED_COUNTS = QT_TRANSLATE_NOOP("errors", "expected {count} counts")
ONLY_A_TOTAL = QT_TRANSLATE_NOOP(
    "errors", "expected counts of 0, since the votes on this scale were kept only as a total"
)
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("errors", "unknown language {value} (known: {known})")


class FormatError(ValidationError):
    """Stored or imported data that does not have the expected shape."""


def field_error(path: str, problem: str, **params: Any) -> FormatError:
    return FormatError(
        QT_TRANSLATE_NOOP("errors", "The field {field} is invalid: {problem}"),
        field=path[:120],  # a hostile key must not make the message a page long
        problem=Phrase(problem, **params),
    )


def get_field(data: Any, key: str, path: str) -> Any:
    if not isinstance(data, dict):
        raise field_error(path, EXPECTED_OBJECT)
    if key not in data:
        raise field_error(f"{path}.{key}" if path else key, MISSING)
    return data[key]


def read_text(value: Any, path: str, limit: int = MAX_NOTE) -> str:
    if not isinstance(value, str):
        raise field_error(path, EXPECTED_TEXT)
    if len(value) > limit:
        raise field_error(path, TOO_LONG, limit=limit)
    if has_surrogate(value):
        raise field_error(path, BROKEN_CHARACTER)
    return value


def read_line(value: Any, path: str) -> str:
    """A one-line field (group, names, who): as long as the form lets anyone type."""
    return read_text(value, path, MAX_LINE)


def read_int(value: Any, path: str, low: int = 0, high: int = 10**9) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise field_error(path, EXPECTED_WHOLE, low=low, high=high)
    return value


def read_opt(value: Any, path: str, read: Callable[[Any, str], T]) -> T | None:
    return None if value is None else read(value, path)


def read_enum(kind: type[E]) -> Callable[[Any, str], E]:
    def read(value: Any, path: str) -> E:
        try:
            return kind(value)
        except (ValueError, TypeError):
            raise field_error(path, UNKNOWN_VALUE, value=repr(value)[:40]) from None

    return read


def read_list(value: Any, path: str, read: Callable[[Any, str], T]) -> list[T]:
    if not isinstance(value, list):
        raise field_error(path, EXPECTED_LIST)
    return [read(item, f"{path}[{i}]") for i, item in enumerate(value)]


def read_date(value: Any, path: str) -> dt.date:
    """A date as stored: exactly YYYY-MM-DD. Any year is read, so a workshop an earlier
    version stored with a mistyped year still opens to be corrected; what comes in from
    outside is held to the years by :func:`check_years`."""
    date = iso_date(read_text(value, path, 10))
    if date is None:
        raise field_error(path, EXPECTED_DATE)
    return date


def check_years(value: Any, path: str) -> None:
    """Raise FormatError naming the first date in ``value`` (a model object, walked through
    its fields, lists and dicts) outside the years the app accepts."""
    found = _outside_years(value)
    if found is not None:
        raise field_error(f"{path}{found}", DATE_OUTSIDE_YEARS, first=FIRST_YEAR, last=LAST_YEAR)


_PLAIN = (str, int, float, bool, type(None))


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(item.name for item in dataclasses.fields(kind))


def _outside_years(value: Any) -> str | None:
    """Where in ``value`` the first date outside the years is (``.actions[2].due``), or
    None. The path is made only for the date found: a package of 10 000 has millions of
    plain values, and naming each on the way cost seconds."""
    if isinstance(value, _PLAIN):
        return None
    if isinstance(value, dt.date):
        return None if in_range(value) else ""
    if isinstance(value, list | tuple):
        for i, item in enumerate(value):
            if (found := _outside_years(item)) is not None:
                return f"[{i}]{found}"
    elif isinstance(value, dict):
        for key, item in value.items():
            if (found := _outside_years(item)) is not None:
                return f".{key}{found}"
    elif dataclasses.is_dataclass(value):
        kind: type = type(value)
        for name in _field_names(kind):
            if (found := _outside_years(getattr(value, name))) is not None:
                return f".{name}{found}"
    return None


def read_moment(value: Any, path: str) -> str:
    """A point in time with its offset from UTC, returned in UTC: two machines in two time
    zones write the same moment the same way, so moments compare as text."""
    try:
        moment = dt.datetime.fromisoformat(read_text(value, path, 40))
    except ValueError:
        raise field_error(path, EXPECTED_MOMENT) from None
    if moment.tzinfo is None:
        raise field_error(path, EXPECTED_MOMENT)
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds")


def read_id(value: Any, path: str) -> str:
    """An identifier: letters, digits, '-' and '_' only, so it is safe in a file name."""
    if not isinstance(value, str) or not IDENTIFIER.fullmatch(value):
        raise field_error(path, EXPECTED_ID)
    return value


def read_flag(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise field_error(path, EXPECTED_FLAG)
    return value


def read_language(value: Any, path: str) -> str:
    """A content language the app ships (a follow-up loads that content)."""
    known = content_languages()
    if value not in known:
        raise field_error(path, UNKNOWN_LANGUAGE, value=repr(value)[:40], known=", ".join(known))
    return value
