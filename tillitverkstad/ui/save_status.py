"""What the facilitator sees of autosave: when it last saved, and a banner while it fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from tillitverkstad.core.errors import TillitError
from tillitverkstad.operations.library import write_error

if TYPE_CHECKING:
    from tillitverkstad.ui.session import WorkshopSession

WARNING_ACCENT = "#c77700"  # semantic accent for the save warning; the text says it too


class SaveWarning(QFrame):
    """A non-modal banner shown while autosave fails; it goes away after the next save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveWarning")
        self.setStyleSheet(
            f"#saveWarning {{ border: 2px solid {WARNING_ACCENT}; border-radius: 4px; }}"
        )
        self.icon = QLabel()  # drawn when first shown: the banner is rare, start-up is not
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        if self.icon.pixmap().isNull():
            from PySide6.QtWidgets import QStyle

            size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
            pixmap = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.icon.setPixmap(pixmap.pixmap(size, size))
            self.icon.setAccessibleName(QCoreApplication.translate("icons", "Warning"))
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()


class SaveStatus(QObject):
    """The window's status-bar label and save banner, worded for the open session.

    The window places both widgets; this only decides what they say."""

    def __init__(
        self, data_dir: Callable[[], Path], language: Callable[[], str], window: QWidget
    ) -> None:
        super().__init__(window)
        self._window = window
        self._data_dir = data_dir
        self._language = language
        self.banner = SaveWarning()
        self.label = QLabel()

    def show_saved(self, session: WorkshopSession | None) -> None:
        if session is None:
            self.label.setText("")
        elif session.last_saved is None:
            self.label.setText(self.tr("Changes are saved automatically"))
        else:
            self.banner.hide()
            self.label.setText(
                self.tr("Saved {time}").format(time=session.last_saved.strftime("%H:%M:%S"))
            )
        self.label.setAccessibleName(self.label.text())
        # Only ever wider: the status bar must not twitch each time a save is shown.
        width = max(self.label.minimumWidth(), self.label.sizeHint().width())
        self.label.setMinimumWidth(width)

    def show_failed(self, exc: object) -> None:
        """Any failure gets the banner: a known one says why, any other one says that the
        details are in the log."""
        if isinstance(exc, TillitError):
            reason = exc.message(self._language())
        elif isinstance(exc, OSError):
            reason = write_error(exc, self._data_dir()).message(self._language())
        else:
            reason = self.tr("An unexpected error occurred; the details are in the log file.")
        self.banner.show_message(
            self.tr(
                "Could not save: {reason} Your changes are kept in the window and saving is "
                "retried in a moment."
            ).format(reason=reason)
        )
        self.label.setText(self.tr("Not saved"))

    def show_repaired(self, count: int) -> None:
        """Tell once that reading the workshop replaced broken characters by �."""
        if count:
            self.banner.show_message(
                self.tr(
                    "{count} broken characters in this workshop's file could not be kept and "
                    "are shown as �. Everything else is as it was saved."
                ).format(count=count)
            )

    def confirm_drop_drafts(self, drafts: list[str]) -> bool:
        """Ask before closing a workshop with typed text the core would not add."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self._window,
            self.tr("Text not added"),
            self.tr(
                "This text could not be added (its message is beside it):\n{drafts}\n\n"
                "If you close the workshop now, it is lost. Close anyway?"
            ).format(drafts="\n".join(f"\u2022 {draft}" for draft in drafts)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_close_unsaved(self) -> bool:
        """Ask before closing a workshop whose latest changes could not be saved."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self._window,
            self.tr("Changes not saved"),
            self.tr(
                "The latest changes could not be saved: {reason}\n\nIf you close the workshop "
                "now, they are lost. Close anyway?"
            ).format(reason=self.banner.label.text()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
