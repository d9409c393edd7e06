"""The phone page's words, kept in the app's one catalogue (Qt Linguist) and handed to the
page as JSON in the workshop's language."""

from __future__ import annotations

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.labels import CATEGORIES

CONTEXT = "participant"

PAGE = {
    "title": QT_TRANSLATE_NOOP("participant", "Vote – Tillitverkstad"),
    "join_heading": QT_TRANSLATE_NOOP("participant", "Join the workshop"),
    "join_help": QT_TRANSLATE_NOOP("participant", "Type the code shown on the shared screen."),
    "code_label": QT_TRANSLATE_NOOP("participant", "Code"),
    "join": QT_TRANSLATE_NOOP("participant", "Join"),
    "joining": QT_TRANSLATE_NOOP("participant", "Joining …"),
    "waiting_heading": QT_TRANSLATE_NOOP("participant", "No vote is open right now"),
    "waiting_help": QT_TRANSLATE_NOOP(
        "participant",
        "The facilitator opens the next vote when it is time. Keep this page open; it "
        "changes by itself.",
    ),
    "topic": QT_TRANSLATE_NOOP("participant", "Now: {topic}"),
    "choice": QT_TRANSLATE_NOOP("participant", "Your choice: {value}"),
    "no_choice": QT_TRANSLATE_NOOP("participant", "Not chosen yet"),
    "change_help": QT_TRANSLATE_NOOP(
        "participant", "You can change your choice until the facilitator closes the vote."
    ),
    "sending": QT_TRANSLATE_NOOP("participant", "Sending …"),
    "closed_voted": QT_TRANSLATE_NOOP("participant", "Thank you – your vote has been counted."),
    "closed_not_voted": QT_TRANSLATE_NOOP("participant", "The vote has closed."),
    "closed_help": QT_TRANSLATE_NOOP(
        "participant", "The facilitator shows the result on the shared screen."
    ),
    "vote_opened": QT_TRANSLATE_NOOP("participant", "A vote has opened: {title}"),
    "stopped_heading": QT_TRANSLATE_NOOP(
        "participant", "The facilitator's computer cannot be reached"
    ),
    "stopped_help": QT_TRANSLATE_NOOP(
        "participant",
        "Voting may have ended, or your phone has left the room's network. This page keeps "
        "trying by itself.",
    ),
    "anonymous": QT_TRANSLATE_NOOP(
        "participant",
        "Anonymous: no name, phone or address is stored with your vote. Nothing leaves "
        "the facilitator's computer.",
    ),
    "note_heading": QT_TRANSLATE_NOOP("participant", "Send a note"),
    "note_help": QT_TRANSLATE_NOOP(
        "participant",
        "The facilitator reads it first and decides whether it goes up on the shared screen.",
    ),
    "category_label": QT_TRANSLATE_NOOP("participant", "About"),
    "note_label": QT_TRANSLATE_NOOP("participant", "Your note"),
    "send": QT_TRANSLATE_NOOP("participant", "Send note"),
    "note_sent": QT_TRANSLATE_NOOP(
        "participant", "Sent. It waits for the facilitator to accept it."
    ),
    "note_chars": QT_TRANSLATE_NOOP("participant", "{count} of {limit} characters"),
    "try_again": QT_TRANSLATE_NOOP("participant", "Something went wrong. Try again."),
}


def page_texts(language: str) -> dict[str, object]:
    """Every string the page shows, and the note categories, in ``language``."""
    texts: dict[str, object] = {
        key: translate(CONTEXT, text, language) for key, text in PAGE.items()
    }
    texts["categories"] = [
        [category.value, translate("report", label, language)]
        for category, label in CATEGORIES.items()
    ]
    texts["language"] = language
    return texts
