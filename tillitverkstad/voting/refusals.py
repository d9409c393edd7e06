"""Every way the room says no to a phone: a reason the page can act on, an HTTP status,
and a message in the workshop's language (the page shows it as it comes)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP


class Reason(StrEnum):
    BAD_TOKEN = "bad_token"
    BAD_CODE = "bad_code"
    TOO_MANY_TRIES = "too_many_tries"
    UNKNOWN_DEVICE = "unknown_device"
    TOO_MANY_DEVICES = "too_many_devices"
    RATE_LIMITED = "rate_limited"
    BUSY = "busy"
    TOO_LARGE = "too_large"
    TOO_LONG = "too_long"
    MALFORMED = "malformed"
    BAD_CATEGORY = "bad_category"
    BAD_VALUE = "bad_value"
    EMPTY_NOTE = "empty_note"
    NOTES_FULL = "notes_full"
    NO_VOTE = "no_vote"
    CLOSED = "closed"
    FULL = "full"
    REPLAYED = "replayed"
    NOT_FOUND = "not_found"
    SLOW = "slow"


_STATUS = {
    Reason.BAD_TOKEN: 403,
    Reason.BAD_CODE: 403,
    Reason.TOO_MANY_TRIES: 429,
    Reason.UNKNOWN_DEVICE: 401,
    Reason.TOO_MANY_DEVICES: 503,
    Reason.RATE_LIMITED: 429,
    Reason.BUSY: 503,
    Reason.TOO_LARGE: 413,
    Reason.TOO_LONG: 422,
    Reason.MALFORMED: 400,
    Reason.BAD_CATEGORY: 422,
    Reason.BAD_VALUE: 422,
    Reason.EMPTY_NOTE: 422,
    Reason.NOTES_FULL: 503,
    Reason.NO_VOTE: 409,
    Reason.CLOSED: 409,
    Reason.FULL: 409,
    Reason.REPLAYED: 409,
    Reason.NOT_FOUND: 404,
    Reason.SLOW: 408,
}

MESSAGES = {
    Reason.BAD_TOKEN: QT_TRANSLATE_NOOP(
        "errors", "This link is not valid any more. Scan the QR code again or type the code."
    ),
    Reason.BAD_CODE: QT_TRANSLATE_NOOP(
        "errors", "Wrong code. Check the code on the shared screen and try again."
    ),
    Reason.TOO_MANY_TRIES: QT_TRANSLATE_NOOP(
        "errors", "Too many attempts. Wait a minute and try again."
    ),
    Reason.UNKNOWN_DEVICE: QT_TRANSLATE_NOOP("errors", "Your phone needs to join again."),
    Reason.TOO_MANY_DEVICES: QT_TRANSLATE_NOOP(
        "errors", "No more phones can join. Ask the facilitator."
    ),
    Reason.RATE_LIMITED: QT_TRANSLATE_NOOP(
        "errors", "Too many requests at once. Wait a moment and try again."
    ),
    Reason.BUSY: QT_TRANSLATE_NOOP("errors", "The facilitator's computer is busy. Try again."),
    Reason.TOO_LARGE: QT_TRANSLATE_NOOP("errors", "The message is too large."),
    Reason.TOO_LONG: QT_TRANSLATE_NOOP(
        "errors", "The text is too long (at most {limit} characters)."
    ),
    Reason.MALFORMED: QT_TRANSLATE_NOOP("errors", "The request could not be read."),
    Reason.BAD_CATEGORY: QT_TRANSLATE_NOOP("errors", "Choose what the note is about."),
    Reason.BAD_VALUE: QT_TRANSLATE_NOOP("errors", "Choose a value from {low} to {high}."),
    Reason.EMPTY_NOTE: QT_TRANSLATE_NOOP("errors", "Write something in the note first."),
    Reason.NOTES_FULL: QT_TRANSLATE_NOOP(
        "errors", "Many notes are waiting for the facilitator. Try again in a while."
    ),
    Reason.NO_VOTE: QT_TRANSLATE_NOOP("errors", "No vote is open right now."),
    Reason.CLOSED: QT_TRANSLATE_NOOP("errors", "The vote has closed. Your choice was not counted."),
    Reason.FULL: QT_TRANSLATE_NOOP(
        "errors", "As many have voted as there are participants. Ask the facilitator."
    ),
    Reason.REPLAYED: QT_TRANSLATE_NOOP("errors", "This request was already received."),
    Reason.NOT_FOUND: QT_TRANSLATE_NOOP("errors", "There is nothing here."),
    Reason.SLOW: QT_TRANSLATE_NOOP("errors", "The request took too long. Try again."),
}


class Refusal(TillitError):
    """A request the room will not carry out; it changed nothing."""

    def __init__(self, reason: Reason, **params: Any) -> None:
        self.reason = reason
        super().__init__(MESSAGES[reason], **params)

    @property
    def status(self) -> int:
        return _STATUS[self.reason]
