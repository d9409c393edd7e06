"""The words for stored values (a workshop's status, consensus, template, note category,
governing logic), each marked for translation once and shown with
``translate("report", ..., language)`` wherever they appear (the library, the CLI, HR's
overview, its PDF and workbook), and the heatmap's tints, the same on the page and in the
PDF."""

from __future__ import annotations

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import (
    BalanceLogic,
    Consensus,
    NoteCategory,
    Template,
    WorkshopStatus,
)

WORKSHOP_STATUS = {
    WorkshopStatus.NOT_STARTED.value: QT_TRANSLATE_NOOP("report", "not started"),
    WorkshopStatus.IN_PROGRESS.value: QT_TRANSLATE_NOOP("report", "in progress"),
    WorkshopStatus.DONE.value: QT_TRANSLATE_NOOP("report", "done"),
}

CONSENSUS = {
    Consensus.AGREEMENT: QT_TRANSLATE_NOOP("report", "agreement"),
    Consensus.CONSENT_WITH_RESERVATION: QT_TRANSLATE_NOOP("report", "consent with reservation"),
    Consensus.DISAGREEMENT: QT_TRANSLATE_NOOP("report", "disagreement"),
}
TEMPLATES = {
    Template.ALL_SEVEN.value: QT_TRANSLATE_NOOP("report", "All seven principles"),
    Template.CORNERSTONES.value: QT_TRANSLATE_NOOP("report", "The three cornerstones"),
    Template.CUSTOM.value: QT_TRANSLATE_NOOP("report", "Custom selection of steps"),
}
CATEGORIES = {
    NoteCategory.TODAY: QT_TRANSLATE_NOOP("report", "This is how we do it today"),
    NoteCategory.OBSTACLES: QT_TRANSLATE_NOOP("report", "Obstacles"),
    NoteCategory.IDEAS: QT_TRANSLATE_NOOP("report", "Ideas"),
}
LOGIC_NAMES = {
    BalanceLogic.MARKET: QT_TRANSLATE_NOOP("report", "Market"),
    BalanceLogic.HIERARCHY: QT_TRANSLATE_NOOP("report", "Hierarchy"),
    BalanceLogic.TRUST: QT_TRANSLATE_NOOP("report", "Trust"),
}


# Light enough for dark text at every step (7:1 or more); darker for higher. The value is
# always written in the cell: the tint only repeats it.
NOW_TINTS = ("#F1F6FB", "#DCE9F6", "#C3DAF0", "#A6C8E8", "#88B6E0")  # nuläge 1..5
GAP_TINTS = ("#FFFFFF", "#FDF1DC", "#FAE1B5", "#F6CF8B", "#F2BD62")  # gap 0..4 and more
NEGATIVE_TINT = "#E6E6E6"  # wanting less than today


def heat_tint(value: int | None, gap: bool) -> str | None:
    """The tint of a heatmap cell showing ``value`` (a nuläge, or with ``gap`` a gap);
    None for no value: an unrated cell is never tinted like a low one."""
    if value is None:
        return None
    if not gap:
        return NOW_TINTS[value - 1]
    return NEGATIVE_TINT if value < 0 else GAP_TINTS[min(value, len(GAP_TINTS) - 1)]
