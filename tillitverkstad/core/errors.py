"""Errors a user can cause, each carrying a translatable message."""

from __future__ import annotations

from typing import Any

from tillitverkstad.core.i18n import translate

CONTEXT = "errors"


class TillitError(Exception):
    """Base for every error the user may see. ``text`` is an English source string marked
    with ``QT_TRANSLATE_NOOP("errors", ...)``; ``params`` fill its ``{placeholders}``."""

    def __init__(self, text: str, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(self.message("en"))

    def message(self, language: str) -> str:
        return translate(CONTEXT, self.text, language).format(**self.params)


class ValidationError(TillitError):
    """User input that the core refuses; nothing has been changed."""


class NotFoundError(TillitError):
    """A workshop, step, note or action that does not exist."""
