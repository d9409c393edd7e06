"""How text is shown: in a terminal, a window title, a list, the shared screen or the PDF.

- :func:`display_line` / :func:`display_text`: control characters made visible, bidi
  overrides removed, so a name can neither fake lines nor reorder what stands around it.
- :func:`names_shown` / :func:`occasion_shown`: a workshop's names as they are shown.

What text may be when it is typed or read is ``core.text``'s job (which raises errors
that show text through this module, hence the split).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from tillitverkstad.core.model import Action, ActionRecord, CarriedAction, Occasion, Workshop

# What has a ``who`` to show: an action, one carried to a follow-up, one an occasion left.
T = TypeVar("T", "Action", "CarriedAction", "ActionRecord")

REPLACEMENT = "\ufffd"
SURROGATE = re.compile("[\ud800-\udfff]")
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


def display_line(text: str) -> str:
    """``text`` for one line of a terminal, list, title or slide: every control character
    visible (a line break too), bidi overrides removed, broken characters as �."""
    if not _NEEDS_SHOWING.search(text):  # the common case, checked in C
        return text
    return SURROGATE.sub(REPLACEMENT, text).translate(_VISIBLE)


def display_text(text: str) -> str:
    """Like :func:`display_line`, but line breaks and tabs stay (notes, reservations)."""
    if not _NEEDS_SHOWING.search(text):
        return text
    text = SURROGATE.sub(REPLACEMENT, text.replace("\r\n", "\n"))
    return text.translate(_VISIBLE_KEEPING_LINES)


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
