"""What user text may be (how it is shown is ``core.display``'s job).

- :func:`clean_text`: text typed into the app: control characters dropped, markup kept
  literally, a length cap.
- Lone UTF-16 surrogates (``"\\ud800"`` in a JSON file) cannot be written as UTF-8: they
  are found (:func:`surrogate_path`) or replaced (:func:`repair_surrogates`) where text
  enters the app, so no later save can fail on them.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from tillitverkstad.core.display import REPLACEMENT, SURROGATE
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP

MAX_LINE = 300  # one-line fields: group, organisation, names
MAX_NOTE = 100_000  # one note or free text: ~40 pages; a runaway clipboard is refused


def clean_text(text: str, *, multiline: bool = True, limit: int = MAX_NOTE) -> str:
    """Text as the user meant it: control characters dropped, markup kept literally."""
    if not isinstance(text, str):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Expected text."))
    keep = "\n\t" if multiline else ""
    cleaned = "".join(
        ch for ch in text if ch in keep or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    if not multiline:
        cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The text is too long ({length} characters, at most {limit})."
            ),
            length=len(cleaned),
            limit=limit,
        )
    return cleaned


def has_surrogate(text: str) -> bool:
    return SURROGATE.search(text) is not None


def surrogate_path(data: Any, path: str = "") -> str | None:
    """Where in ``data`` (JSON-like) the first text holding a lone surrogate is, or None."""
    if isinstance(data, str):
        return path if has_surrogate(data) else None
    if isinstance(data, dict):
        for key, value in data.items():
            here = f"{path}.{key}" if path else str(key)
            if isinstance(key, str) and has_surrogate(key):
                return here
            found = surrogate_path(value, here)
            if found is not None:
                return found
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found = surrogate_path(value, f"{path}[{i}]")
            if found is not None:
                return found
    return None


def repair_surrogates(data: Any) -> tuple[Any, int]:
    """``data`` with each lone surrogate replaced by �, and how many were replaced."""
    if isinstance(data, str):
        count = len(SURROGATE.findall(data))
        return (SURROGATE.sub(REPLACEMENT, data), count) if count else (data, 0)
    if isinstance(data, dict):
        total, out = 0, {}
        for key, value in data.items():
            key, n = repair_surrogates(key)
            out[key], m = repair_surrogates(value)
            total += n + m
        return out, total
    if isinstance(data, list):
        total, items = 0, []
        for value in data:
            value, n = repair_surrogates(value)
            items.append(value)
            total += n
        return items, total
    return data, 0
