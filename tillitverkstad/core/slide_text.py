"""The shared screen's own words, in the workshop's content language.

The group reads the content (principles, questions) in the language the workshop was
created in, whatever language the facilitator's window uses; the labels around it
("Fråga 2 av 5", "Överenskommet 2") must match the content, not the window. So they are
worded here, in the Qt-free core, from the one message catalog (context ``Slide``), and
the view objects carry finished text.
"""

from __future__ import annotations

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.model import Consensus

CONTEXT = "Slide"

QUESTION_OF = QT_TRANSLATE_NOOP("Slide", "Question {number} of {count}")
VOTE_BY_HANDS = QT_TRANSLATE_NOOP("Slide", "Vote by show of hands")
MEDIAN_RANGE = QT_TRANSLATE_NOOP("Slide", "Median {median} · range {low}–{high}")
NO_VOTES = QT_TRANSLATE_NOOP("Slide", "No votes yet")
WIDE_SPREAD = QT_TRANSLATE_NOOP("Slide", "Wide spread: talk first")
LARGEST_GAPS = QT_TRANSLATE_NOOP("Slide", "Largest gaps")
NO_AGREED_VALUES = QT_TRANSLATE_NOOP("Slide", "No agreed values yet.")
NO_ACTIONS = QT_TRANSLATE_NOOP("Slide", "No actions yet.")
PAGE_OF = QT_TRANSLATE_NOOP("Slide", "Page {page} of {count}")
GROUP_NOTES = QT_TRANSLATE_NOOP("Slide", "The group's notes")
BALANCE_TODAY = QT_TRANSLATE_NOOP("Slide", "Today")
BALANCE_DESIRED = QT_TRANSLATE_NOOP("Slide", "Desired")
SHARE_POINTS = QT_TRANSLATE_NOOP("Slide", "Share {total} points between the three logics")

# The agreed value and the consensus are one sentence, so the group reads what was decided
# and how firmly in one go ("Överenskommet 2 — oenighet kvarstår").
AGREED = {
    None: QT_TRANSLATE_NOOP("Slide", "Agreed {value}"),
    Consensus.AGREEMENT: QT_TRANSLATE_NOOP("Slide", "Agreed {value} — unanimous"),
    Consensus.CONSENT_WITH_RESERVATION: QT_TRANSLATE_NOOP(
        "Slide", "Agreed {value} — with reservations"
    ),
    Consensus.DISAGREEMENT: QT_TRANSLATE_NOOP("Slide", "Agreed {value} — disagreement remains"),
}
NOT_AGREED_DISAGREEMENT = QT_TRANSLATE_NOOP("Slide", "No agreed value — disagreement remains")

WARNING_MARK = "\u26a0"  # said in words too: never by colour or sign alone
MINUS = "\u2212"


def template(language: str, text: str) -> str:
    """``text`` (one of the marked sources above) in ``language``, placeholders left for
    the screen to fill (a page number only the screen knows)."""
    return translate(CONTEXT, text, language)


def say(language: str, text: str, **values: object) -> str:
    """``text`` in ``language``, placeholders filled."""
    return template(language, text).format(**values)


def number(value: float, language: str) -> str:
    """A value as the room writes it: whole numbers plain, a decimal comma in Swedish."""
    value = round(value, 1)
    if float(value).is_integer():
        return str(int(value)).replace("-", MINUS)
    shown = f"{value:.1f}".replace("-", MINUS)
    return shown.replace(".", ",") if language == "sv" else shown


def signed(value: int) -> str:
    """A difference with its sign: +2, −1, 0."""
    return f"+{value}" if value > 0 else str(value).replace("-", MINUS)


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
    shown = ("–" if v is None else number(v, language) for v in (current, desired))
    return " \u2192 ".join(shown)
