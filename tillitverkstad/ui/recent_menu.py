"""File › Open recent: the workshops opened last that are still in the library."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from tillitverkstad.core.display import display_line
from tillitverkstad.operations import library as ops

if TYPE_CHECKING:
    from tillitverkstad.operations.library import Library
    from tillitverkstad.ui.settings import Settings


class RecentMenu(QMenu):
    """Filled each time it opens, so it follows the library and the settings as they are."""

    open_requested = Signal(str)  # a workshop id

    def __init__(
        self, library: Callable[[], Library], settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._settings = settings
        self.aboutToShow.connect(self.fill)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Open &recent"))

    def fill(self) -> None:
        """The workshops opened last that are still in this library, newest first."""
        self.clear()
        known = {s.id: s for s in ops.list_workshops(self._library()) if s.readable}
        for workshop_id in self._settings.recent_workshops:
            summary = known.get(workshop_id)
            if summary is not None:
                self.addAction(
                    f"{display_line(summary.group)} ({summary.date})",
                    partial(self.open_requested.emit, workshop_id),
                )
        if self.isEmpty():
            self.addAction(self.tr("No workshops opened yet")).setEnabled(False)
