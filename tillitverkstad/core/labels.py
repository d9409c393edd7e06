"""The words for stored values that HR's overview shows (window, PDF, workbook, CSV), each
marked for translation once; shown with ``translate("report", ..., language)``."""

from __future__ import annotations

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import BalanceLogic, Consensus, NoteCategory, Template

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
