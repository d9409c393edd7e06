"""Checks of the plain values a user action receives (enums, flags, whole numbers), so a
wrong type or value is refused with a message instead of a bare Python error."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any, TypeVar

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP

E = TypeVar("E", bound=StrEnum)


def as_enum(kind: type[E], value: Any) -> E:
    """``value`` as a member of ``kind`` (a member or its stored text)."""
    try:
        return kind(value)
    except (ValueError, TypeError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown value: {value}."), value=str(value)[:40]
        ) from None


def as_bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Expected yes or no."))
    return value


def as_whole(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Expected a whole number from {low} to {high}."),
            low=low,
            high=high,
        )
    return value


def as_time(value: Any) -> dt.datetime:
    """A moment given by the caller (tests pass a fixed clock); None means now."""
    if value is None:
        return dt.datetime.now()
    if not isinstance(value, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Expected a point in time."))
    return value
