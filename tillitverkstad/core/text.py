"""What user text may be, and how it is shown.

- :func:`clean_text`: text typed into the app: control characters dropped, markup kept
  literally, a length cap.
- :func:`display_line` / :func:`display_text`: text shown in a terminal, a window title, a
  list, the shared screen or the PDF: control characters made visible, bidi overrides
  removed, so a name can neither fake lines nor reorder what stands around it.
- Lone UTF-16 surrogates (``"\\ud800"`` in a JSON file) cannot be written as UTF-8: they
  are found (:func:`surrogate_path`) or replaced (:func:`repair_surrogates`) where text
  enters the app, so no later save can fail on them.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from tillitverkstad.core.model import Occasion, Workshop

T = TypeVar("T")

MAX_LINE = 300  # one-line fields: group, organisation, names
MAX_NOTE = 100_000  # one note or free text: ~40 pages; a runaway clipboard is refused
REPLACEMENT = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")
# Explicit embeddings, overrides and isolates (LRE RLE PDF LRO RLO, LRI RLI FSI PDI): they
# reorder the text around them, so a name could show as something else.
_BIDI_CONTROLS = dict.fromkeys([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
# C0 controls and DEL as their Control Pictures (ESC shows as ␛, CR as ␍), C1 controls and
# lone surrogates as the replacement sign, line and paragraph separators as ␤.
_VISIBLE = {code: chr(0x2400 + code) for code in range(0x20)}
_VISIBLE |= {0x7F: "\u2421", 0x2028: "\u2424", 0x2029: "\u2424"}
_VISIBLE |= dict.fromkeys(range(0x80, 0xA0), REPLACEMENT)
_VISIBLE |= _BIDI_CONTROLS
_VISIBLE_KEEPING_LINES = {**_VISIBLE, ord("\n"): "\n", ord("\t"): "\t"}
_NEEDS_SHOWING = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


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


def display_line(text: str) -> str:
    """``text`` for one line of a terminal, list, title or slide: every control character
    visible (a line break too), bidi overrides removed, broken characters as �."""
    if not _NEEDS_SHOWING.search(text):  # the common case, checked in C
        return text
    return _SURROGATE.sub(REPLACEMENT, text).translate(_VISIBLE)


def display_text(text: str) -> str:
    """Like :func:`display_line`, but line breaks and tabs stay (notes, reservations)."""
    if not _NEEDS_SHOWING.search(text):
        return text
    text = _SURROGATE.sub(REPLACEMENT, text.replace("\r\n", "\n"))
    return text.translate(_VISIBLE_KEEPING_LINES)


def has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


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
        count = len(_SURROGATE.findall(data))
        return (_SURROGATE.sub(REPLACEMENT, data), count) if count else (data, 0)
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


def _who_shown(items: Sequence[T]) -> list[T]:
    return [dataclasses.replace(item, who=display_line(item.who)) for item in items]


def occasion_shown(occasion: Occasion) -> Occasion:
    """An earlier occasion with its names as :func:`display_line` shows them."""
    return dataclasses.replace(
        occasion,
        group=display_line(occasion.group),
        organisation=display_line(occasion.organisation),
        actions=tuple(_who_shown(occasion.actions)),
    )


def names_shown(ws: Workshop) -> Workshop:
    """A copy of ``ws`` whose names (group, organisation, facilitator, participants, who
    does an action, also in the earlier occasions it remembers) are as
    :func:`display_line` shows them, for a view that prints them."""
    return dataclasses.replace(
        ws,
        group=display_line(ws.group),
        organisation=display_line(ws.organisation),
        facilitator=display_line(ws.facilitator),
        participant_names=[display_line(name) for name in ws.participant_names],
        actions=_who_shown(ws.actions),
        carried=_who_shown(ws.carried),
        history=[occasion_shown(o) for o in ws.history],
    )
