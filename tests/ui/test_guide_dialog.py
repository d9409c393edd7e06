"""The built-in facilitator guide: readable in both languages, and never goes online."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from tillitverkstad.paths import resource_dir
from tillitverkstad.ui.guide_dialog import GuideDialog

# Showing a dialog on the offscreen platform warns about size hints it cannot pass on.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

HEADINGS = {
    "sv": {
        "Handledning för processledaren",
        "Förberedelser",
        "Så går passet till",
        "Varje princip, steg för steg",
        "Tidsplan för en princip",
        "När det blir tyst, och när någon tar över",
        "Åtgärder",
        "Deltagarröstning från telefonerna",
        "Efter workshoppen: exportera till HR",
        "Källor",
    },
    "en": {
        "Guide for the facilitator",
        "Preparing",
        "How the session goes",
        "Each principle, step by step",
        "Timing for one principle",
        "When it goes quiet, and when someone takes over",
        "Actions",
        "Participant voting from the phones",
        "After the workshop: exporting for HR",
        "Sources",
    },
}
# What the issue asks the guide to teach, in each language's words.
TOPICS = {
    "sv": [
        "projektorn",
        "offline",
        "mall",
        "minuter per princip",
        "1-2-4-alla",
        "handuppräckning",
        "nuläge",
        "önskat läge",
        "2 steg eller mer",
        "inte ett\nmedelvärde",
        "Samtycke med reservation",
        "reservation med personens egna ord",
        "vad",
        "Privata anteckningar och deltagarnas namn följer inte med",
        "_tillitverkstad.pdf",
        "uppföljning",
        "SKR",
        "Tillitsdelegationen",
        "Bringselius",
        "Mobil surfzon",
        "Internetdelning",
        "reserouter",
        "gästnätverk",
    ],
    "en": [
        "projector",
        "offline",
        "template",
        "minutes per principle",
        "1-2-4-all",
        "show of hands",
        "current state",
        "desired state",
        "2 or more apart",
        "not an average",
        "Consent with reservation",
        "reservation down in the person's own words",
        "Private notes and participants' names are left out",
        "_tillitverkstad.pdf",
        "follow-up",
        "SKR",
        "Tillitsdelegationen",
        "Bringselius",
        "Mobile hotspot",
        "Internet Sharing",
        "travel router",
        "guest network",
    ],
}


def _headings(dialog: GuideDialog) -> set[str]:
    found = set()
    block = dialog.browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            found.add(block.text())
        block = block.next()
    return found


@pytest.fixture
def guide(qtbot):
    def make(language: str) -> GuideDialog:
        dialog = GuideDialog(language)
        qtbot.addWidget(dialog)
        return dialog

    return make


@pytest.mark.parametrize("language", ["sv", "en"])
def test_guide_shows_its_language_with_all_headings(guide, language):
    dialog = guide(language)
    assert HEADINGS[language] <= _headings(dialog)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_guide_covers_what_a_first_time_facilitator_needs(language):
    text = (resource_dir() / "guide" / f"{language}.md").read_text(encoding="utf-8")
    flat = " ".join(text.split())
    missing = [topic for topic in TOPICS[language] if " ".join(topic.split()) not in flat]
    assert not missing


def test_guide_in_an_unknown_language_falls_back_to_swedish(guide):
    assert "Förberedelser" in _headings(guide("de"))


def test_guide_files_hold_no_web_links():
    for language in ("sv", "en"):
        text = (resource_dir() / "guide" / f"{language}.md").read_text(encoding="utf-8")
        assert "http" not in text
        assert "](" not in text


def test_guide_is_sized_for_reading(guide):
    dialog = guide("sv")
    chars = dialog.width() / dialog.browser.fontMetrics().averageCharWidth()
    assert 60 <= chars <= 110


class _Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url)


def test_clicking_a_web_link_opens_nothing(guide, qtbot):
    dialog = guide("en")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.browser.setMarkdown("Read [the report](https://example.org/report) later.")
    catcher = _Catcher()
    QDesktopServices.setUrlHandler("https", catcher, "handle")
    try:
        cursor = dialog.browser.document().find("the report")
        rect = dialog.browser.cursorRect(cursor)
        with qtbot.waitSignal(dialog.browser.anchorClicked) as clicked:
            qtbot.mouseClick(
                dialog.browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
            )
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert clicked.args[0].host() == "example.org"
    assert catcher.urls == []
    assert dialog.browser.source().isEmpty()
    assert "Read the report later." in dialog.browser.toPlainText()


def test_close_button_closes_the_guide(guide, qtbot):
    dialog = guide("sv")
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert not dialog.isVisible()
