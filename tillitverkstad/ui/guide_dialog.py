"""The built-in facilitator guide (Help menu): Markdown from ``resources/guide``, offline."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextBlockFormat, QTextCursor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from tillitverkstad.core.languages import guide_language
from tillitverkstad.paths import resource_dir

READABLE_CHARACTERS = 80  # a comfortable line length for running text
LINE_HEIGHT_PERCENT = 125  # Qt's Markdown default is tight for reading a whole page


def guide_path(language: str) -> Path:
    """The guide in ``language``, or the Swedish one for a language without a guide."""
    return resource_dir() / "guide" / f"{guide_language(language)}.md"


class GuideDialog(QDialog):
    """A modeless-capable dialog that shows the guide; links never leave the app."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Facilitator guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        # Offline by design: no link opens a browser or loads anything; in-page anchors
        # (#section) still scroll.
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow_anchor)
        self.browser.document().setDocumentMargin(18)
        self.browser.setMarkdown(self._guide_text(language))
        self._loosen_lines()
        self.browser.setAccessibleName(self.tr("Facilitator guide"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self._size_for_reading()

    def _guide_text(self, language: str) -> str:
        try:
            return guide_path(language).read_text(encoding="utf-8")
        except OSError:
            return "# " + self.tr("The guide could not be found in this installation.")

    def _loosen_lines(self) -> None:
        spacing = QTextBlockFormat()
        spacing.setLineHeight(
            LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        cursor = QTextCursor(self.browser.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(spacing)

    def _follow_anchor(self, url: QUrl) -> None:
        if url.isRelative() and url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())

    def _size_for_reading(self) -> None:
        metrics = self.browser.fontMetrics()
        width = metrics.averageCharWidth() * READABLE_CHARACTERS + 80
        height = metrics.lineSpacing() * 36
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
            height = min(height, int(screen.height() * 0.85))
        self.resize(width, height)
