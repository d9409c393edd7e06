"""The facilitator window's dialogs: shortcuts, guide, about, settings and a new workshop.

Each dialog's module is imported when it is first asked for, so none costs start-up time."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from tillitverkstad.core.errors import TillitError
from tillitverkstad.operations import library as ops
from tillitverkstad.ui.errors import show_error

if TYPE_CHECKING:
    from tillitverkstad.ui.main_window import MainWindow


class WindowDialogs:
    """Opens the window's dialogs without blocking and keeps a reference to each one."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.shown: dict[str, QWidget] = {}

    def help(self) -> QWidget:
        from tillitverkstad.ui.help_dialog import HelpDialog

        return self._show("help", HelpDialog(self.window.shortcut_actions(), self.window))

    def about(self) -> QWidget:
        from tillitverkstad.ui.about_dialog import AboutDialog

        return self._show("about", AboutDialog(self.window.library.data_dir, self.window))

    def guide(self) -> QWidget:
        from tillitverkstad.ui.guide_dialog import GuideDialog

        return self._show("guide", GuideDialog(self.window.language, self.window))

    def settings(self) -> QWidget:
        """Accepting emits the window's settings_changed."""
        from tillitverkstad.ui.settings_dialog import SettingsDialog

        window = self.window
        dialog = SettingsDialog(window.settings, ops.default_data_dir(), window)
        dialog.accepted.connect(window.settings_changed)
        return self._open("settings", dialog)

    def new_workshop(self) -> QWidget:
        """On OK the workshop is stored and opened."""
        from tillitverkstad.ui.new_workshop_dialog import NewWorkshopDialog

        window = self.window
        settings = window.settings
        dialog = NewWorkshopDialog(window.language, settings.default_minutes, window)
        dialog.facilitator.setText(settings.default_facilitator)
        dialog.accepted.connect(lambda: self._add_and_open(dialog.workshop, dialog.minutes.value()))
        return self._open("new", dialog)

    def follow_up(self, previous_id: str, occasion: int) -> QWidget | None:
        """The follow-up dialog, prefilled from ``previous_id``; on OK it is stored and
        opened. None (and a message) when that workshop cannot be read."""
        from tillitverkstad.core.content import load_content
        from tillitverkstad.ui.follow_up_dialog import FollowUpDialog

        window = self.window
        try:
            previous = ops.read(window.library, previous_id)
            content = load_content(previous.language)
        except TillitError as exc:
            show_error(window, exc, window.language)
            return None
        dialog = FollowUpDialog(previous, content, window.language, occasion, window)
        dialog.accepted.connect(lambda: self._start_follow_up(previous_id, dialog.choices()))
        return self._open("follow_up", dialog)

    def _start_follow_up(self, previous_id: str, choices: dict[str, Any]) -> None:
        window = self.window
        try:
            ws = ops.start_follow_up(window.library, previous_id, **choices)
        except TillitError as exc:
            show_error(window, exc, window.language)
            return
        window.library_page.refresh(ws.id)
        window.open_workshop(ws.id)

    def _add_and_open(self, workshop: Any, minutes: int) -> None:
        if workshop is None:
            return
        window = self.window
        try:
            ops.store_new(window.library, workshop)
        except TillitError as exc:
            show_error(window, exc, window.language)
            return
        # The next workshop is most likely run by the same person, at the same pace.
        window.settings.default_facilitator = workshop.facilitator
        window.settings.default_minutes = minutes
        window.library_page.refresh(workshop.id)
        window.open_workshop(workshop.id)

    def _show(self, name: str, dialog: QWidget) -> QWidget:
        dialog.show()
        self.shown[name] = dialog
        return dialog

    def _open(self, name: str, dialog: QDialog) -> QWidget:
        """Window-modal, and deleted when closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shown[name] = dialog
        return dialog
