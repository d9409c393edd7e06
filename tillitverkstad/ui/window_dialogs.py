"""The facilitator window's dialogs: shortcuts, guide, about, settings, a new workshop and a
follow-up. Each opens without blocking; what comes of it is a signal for the window.

Each dialog's module is imported when it is first asked for, so none costs start-up time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tillitverkstad.core.errors import TillitError
from tillitverkstad.operations import library as ops
from tillitverkstad.operations.library import Library
from tillitverkstad.ui.errors import show_error
from tillitverkstad.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from tillitverkstad.core.model import Workshop


class WindowDialogs(QObject):
    """Opens the window's dialogs over ``parent`` and keeps a reference to each one."""

    settings_accepted = Signal()
    folder_chosen = Signal(object)  # the data folder chosen in the settings (None: standard)
    workshop_stored = Signal(str)  # a new workshop or follow-up is in the library: open it

    def __init__(
        self,
        parent: QWidget,
        library: Callable[[], Library],
        settings: Settings,
        language: Callable[[], str],
        shortcut_actions: Callable[[], list[QAction]],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._settings = settings
        self._language = language
        self._shortcut_actions = shortcut_actions
        self.shown: dict[str, QWidget] = {}

    def help(self) -> QWidget:
        from tillitverkstad.ui.help_dialog import HelpDialog

        return self._show("help", HelpDialog(self._shortcut_actions(), self._parent))

    def about(self) -> QWidget:
        from tillitverkstad.ui.about_dialog import AboutDialog

        return self._show("about", AboutDialog(self._library().data_dir, self._parent))

    def guide(self) -> QWidget:
        from tillitverkstad.ui.guide_dialog import GuideDialog

        return self._show("guide", GuideDialog(self._language(), self._parent))

    def settings(self) -> QWidget:
        """Accepting emits settings_accepted, and folder_chosen when the data folder was
        changed there."""
        from tillitverkstad.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self._settings, ops.default_data_dir(), self._parent, self._library().data_dir
        )
        dialog.accepted.connect(self.settings_accepted)
        dialog.folder_chosen.connect(self.folder_chosen)
        return self._open("settings", dialog)

    def new_workshop(self) -> QWidget:
        """On OK the workshop is stored (workshop_stored)."""
        from tillitverkstad.ui.new_workshop_dialog import NewWorkshopDialog

        settings = self._settings
        dialog = NewWorkshopDialog(self._language(), settings.default_minutes, self._parent)
        dialog.facilitator.setText(settings.default_facilitator)
        dialog.accepted.connect(lambda: self._store_new(dialog.workshop, dialog.minutes.value()))
        return self._open("new", dialog)

    def follow_up(self, previous_id: str, occasion: int) -> QWidget | None:
        """The follow-up dialog, prefilled from ``previous_id``; on OK it is stored
        (workshop_stored). None (and a message) when that workshop cannot be read."""
        from tillitverkstad.core.content import load_content
        from tillitverkstad.ui.follow_up_dialog import FollowUpDialog

        try:
            previous = ops.read(self._library(), previous_id)
            content = load_content(previous.language)
        except TillitError as exc:
            show_error(self._parent, exc, self._language())
            return None
        dialog = FollowUpDialog(previous, content, self._language(), occasion, self._parent)
        dialog.accepted.connect(lambda: self._store_follow_up(previous_id, dialog.choices()))
        return self._open("follow_up", dialog)

    def _store_follow_up(self, previous_id: str, choices: dict[str, Any]) -> None:
        try:
            ws = ops.start_follow_up(self._library(), previous_id, **choices)
        except TillitError as exc:
            show_error(self._parent, exc, self._language())
            return
        self.workshop_stored.emit(ws.id)

    def _store_new(self, workshop: Workshop | None, minutes: int) -> None:
        if workshop is None:
            return
        try:
            ops.store_new(self._library(), workshop)
        except TillitError as exc:
            show_error(self._parent, exc, self._language())
            return
        # The next workshop is most likely run by the same person, at the same pace.
        self._settings.default_facilitator = workshop.facilitator
        self._settings.default_minutes = minutes
        self.workshop_stored.emit(workshop.id)

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
