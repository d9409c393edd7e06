"""The shared screen's own words, in the workshop's content language.

The group reads the content (principles, questions) in the language the workshop was
created in, whatever language the facilitator's window uses; the labels around it
("Fråga 2 av 5", "Överenskommet 2") must match the content, not the window. So they are
worded here, in the Qt-free core, from the one message catalog (context ``Slide``), and
the view objects carry finished text.
"""

from __future__ import annotations

from tillitverkstad.core import numbers
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.model import Consensus

CONTEXT = "Slide"

QUESTION_OF = QT_TRANSLATE_NOOP("Slide", "Question {number} of {count}")
VOTE_BY_HANDS = QT_TRANSLATE_NOOP("Slide", "Vote by show of hands")
# While a vote from the participants' phones is open, and after it: the count, never who.
VOTE_BY_PHONE = QT_TRANSLATE_NOOP("Slide", "Vote on your phone")
VOTES_SO_FAR = QT_TRANSLATE_NOOP("Slide", "Votes so far: {count}")
VOTED_BY_PHONE = QT_TRANSLATE_NOOP("Slide", "Voted anonymously on phones")
JOIN_TITLE = QT_TRANSLATE_NOOP("Slide", "Vote from your phone")
JOIN_HOW = QT_TRANSLATE_NOOP(
    "Slide",
    "Join the same network as this computer. Scan the code with the camera, or open the "
    "address and type the code.",
)
JOIN_CODE = QT_TRANSLATE_NOOP("Slide", "Code")
JOIN_ABOUT = QT_TRANSLATE_NOOP(
    "Slide", "Anonymous: no name, phone or address is stored with your vote."
)
MEDIAN_RANGE = QT_TRANSLATE_NOOP("Slide", "Median {median} · range {low}–{high}")
NO_VOTES = QT_TRANSLATE_NOOP("Slide", "No votes yet")
WIDE_SPREAD = QT_TRANSLATE_NOOP("Slide", "Wide spread: talk first")
LARGEST_GAPS = QT_TRANSLATE_NOOP("Slide", "Largest gaps")
NO_AGREED_VALUES = QT_TRANSLATE_NOOP("Slide", "No agreed values yet.")
# Values are agreed, but no step has both (a gap needs both): never "nothing agreed".
NO_GAPS_YET = QT_TRANSLATE_NOOP(
    "Slide", "No gaps yet: they need both the current and the desired state."
)
NO_ACTIONS = QT_TRANSLATE_NOOP("Slide", "No actions yet.")
PAGE_OF = QT_TRANSLATE_NOOP("Slide", "Page {page} of {count}")
GROUP_NOTES = QT_TRANSLATE_NOOP("Slide", "The group's notes")
BALANCE_TODAY = QT_TRANSLATE_NOOP("Slide", "Today")
BALANCE_DESIRED = QT_TRANSLATE_NOOP("Slide", "Desired")
SHARE_POINTS = QT_TRANSLATE_NOOP("Slide", "Share {total} points between the three logics")
# Beside today's vote after the reveal: last time's agreed value, then today's. Both ends
# are named: elsewhere "3 → 5" is the current state beside the desired one.
LAST_TIME = QT_TRANSLATE_NOOP("Slide", "Last time {then} → today {now}")
LAST_TIME_ONLY = QT_TRANSLATE_NOOP("Slide", "Last time: {then}")
LAST_TIME_NOT_RATED = QT_TRANSLATE_NOOP("Slide", "Last time: not rated")
NO_OPEN_ACTIONS = QT_TRANSLATE_NOOP("Slide", "No actions were left open last time.")
DECIDED_ON = QT_TRANSLATE_NOOP("Slide", "decided {date}")

# The agreed value and the consensus are one sentence, so the group reads what was decided
# and how firmly in one go ("Överenskommet 2, med reservationer"). A value the group set
# although disagreement remained is agreed with reservations: "agreed" beside
# "disagreement remains" would say two things at once.
AGREED = {
    None: QT_TRANSLATE_NOOP("Slide", "Agreed {value}"),
    Consensus.AGREEMENT: QT_TRANSLATE_NOOP("Slide", "Agreed {value}, unanimously"),
    Consensus.CONSENT_WITH_RESERVATION: QT_TRANSLATE_NOOP(
        "Slide", "Agreed {value}, with reservations"
    ),
    Consensus.DISAGREEMENT: QT_TRANSLATE_NOOP("Slide", "Agreed {value}, with reservations"),
}
NOT_AGREED_DISAGREEMENT = QT_TRANSLATE_NOOP("Slide", "No value was set, disagreement remains")

WARNING_MARK = "\u26a0"  # said in words too: never by colour or sign alone


def template(language: str, text: str) -> str:
    """``text`` (one of the marked sources above) in ``language``, placeholders left for
    the screen to fill (a page number only the screen knows)."""
    return translate(CONTEXT, text, language)


def say(language: str, text: str, **values: object) -> str:
    """``text`` in ``language``, placeholders filled."""
    return template(language, text).format(**values)


def decision(language: str, agreed: int | None, consensus: Consensus | None) -> str:
    """What the group decided on one scale, with how firmly; "" when nothing yet."""
    if agreed is not None:
        return say(language, AGREED[consensus], value=agreed)
    if consensus is Consensus.DISAGREEMENT:
        return say(language, NOT_AGREED_DISAGREEMENT)
    return ""


def values_text(current: float | None, desired: float | None, language: str) -> str:
    """An axis's agreed values as "3 → 5" ("–" for a value not yet agreed)."""
    if current is None and desired is None:
        return ""
    shown = (numbers.decimal(v, language) for v in (current, desired))
    return " \u2192 ".join(shown)


def last_time(language: str, then: int | None, now: int | None, rated: bool) -> str:
    """ "Förra gången 3 → i dag 4": last time's agreed value beside today's."""
    if not rated:
        return say(language, LAST_TIME_NOT_RATED)
    shown = "–" if then is None else str(then)
    if now is None:
        return say(language, LAST_TIME_ONLY, then=shown)
    return say(language, LAST_TIME, then=shown, now=now)
