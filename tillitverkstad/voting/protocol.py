"""What a phone may send, read strictly: a JSON object with exactly the expected fields,
each of the expected type and size. Anything else is refused before it reaches the room."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.model import SCALE_MAX, SCALE_MIN, NoteCategory, Scale
from tillitverkstad.core.text import clean_text
from tillitverkstad.voting.limits import Limits
from tillitverkstad.voting.refusals import Reason, Refusal

MAX_SEQUENCE = 2**53  # what a page's JavaScript number counts exactly


@dataclass(frozen=True)
class VoteRequest:
    vote_id: str
    scale: Scale
    value: int
    sequence: int


@dataclass(frozen=True)
class NoteRequest:
    key: str  # the page's own id of the note, to recognise it when sent again
    category: NoteCategory
    text: str
    sequence: int


def read_object(raw: bytes, expected: frozenset[str]) -> dict[str, Any]:
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise Refusal(Reason.MALFORMED) from error
    if not isinstance(body, dict) or set(body) != expected:
        raise Refusal(Reason.MALFORMED)
    return body


def _whole(value: Any, low: int, high: int, reason: Reason = Reason.MALFORMED) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Refusal(Reason.MALFORMED)
    if not low <= value <= high:
        raise Refusal(reason, low=low, high=high)
    return value


def _short_text(value: Any, limits: Limits) -> str:
    if not isinstance(value, str) or not 0 < len(value) <= limits.max_id_chars:
        raise Refusal(Reason.MALFORMED)
    return value


def read_code(raw: bytes, limits: Limits) -> str:
    code = read_object(raw, frozenset({"code"}))["code"]
    if not isinstance(code, str) or len(code) > 32:
        raise Refusal(Reason.MALFORMED)
    return "".join(ch for ch in code if ch in "0123456789")  # spaces and dashes dropped


def read_vote(raw: bytes, limits: Limits) -> VoteRequest:
    body = read_object(raw, frozenset({"vote", "scale", "value", "seq"}))
    scale = body["scale"]
    if not isinstance(scale, str) or scale not in {s.value for s in Scale}:
        raise Refusal(Reason.MALFORMED)
    return VoteRequest(
        vote_id=_short_text(body["vote"], limits),
        scale=Scale(scale),
        value=_whole(body["value"], SCALE_MIN, SCALE_MAX, Reason.BAD_VALUE),
        sequence=_whole(body["seq"], 1, MAX_SEQUENCE),
    )


def read_note(raw: bytes, limits: Limits) -> NoteRequest:
    body = read_object(raw, frozenset({"key", "category", "text", "seq"}))
    category = body["category"]
    if not isinstance(category, str) or category not in {c.value for c in NoteCategory}:
        raise Refusal(Reason.BAD_CATEGORY)
    text = body["text"]
    if not isinstance(text, str):
        raise Refusal(Reason.MALFORMED)
    try:
        cleaned = clean_text(text, limit=limits.max_note_chars).strip()
    except ValidationError as error:
        raise Refusal(Reason.TOO_LONG, limit=limits.max_note_chars) from error
    if not cleaned:
        raise Refusal(Reason.EMPTY_NOTE)
    return NoteRequest(
        key=_short_text(body["key"], limits),
        category=NoteCategory(category),
        text=cleaned,
        sequence=_whole(body["seq"], 1, MAX_SEQUENCE),
    )
