"""Errors a user can cause, each carrying a translatable message."""

from __future__ import annotations

from typing import Any

from tillitverkstad.core.display import display_line
from tillitverkstad.core.i18n import translate
from tillitverkstad.core.languages import SOURCE_LANGUAGE

CONTEXT = "errors"


class Phrase:
    """A translatable piece of a message (e.g. why a field is invalid), kept as its English
    source marked with ``QT_TRANSLATE_NOOP("errors", ...)`` until it is shown, so the whole
    message comes out in one language."""

    def __init__(self, text: str, **params: Any) -> None:
        self.text = text
        self.params = params

    def message(self, language: str) -> str:
        return render(self.text, self.params, language)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.text, self.params) == (other.text, other.params)

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"Phrase({self.message('en')!r})"


def render(text: str, params: dict[str, Any], language: str) -> str:
    """``text`` translated, its placeholders filled: phrases and errors in the same language,
    plain text with its control characters made visible (it may come from a file)."""

    def shown(value: Any) -> Any:
        if isinstance(value, Phrase | TillitError):
            return value.message(language)
        if isinstance(value, str):
            return display_line(value)
        return value

    return translate(CONTEXT, text, language).format(**{k: shown(v) for k, v in params.items()})


class TillitError(Exception):
    """Base for every error the user may see. ``text`` is an English source string marked
    with ``QT_TRANSLATE_NOOP("errors", ...)``; ``params`` fill its ``{placeholders}`` and may
    themselves be :class:`Phrase` objects or errors, translated with the message."""

    def __init__(self, text: str, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(self.message(SOURCE_LANGUAGE))

    def message(self, language: str) -> str:
        return render(self.text, self.params, language)


class ValidationError(TillitError):
    """User input that the core refuses; nothing has been changed."""


class NotFoundError(TillitError):
    """A workshop, step, note or action that does not exist."""
