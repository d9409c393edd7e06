"""What the facilitator window asks of the open workshop's view: the one interface between
the window (menus, shortcuts, the shared screen's controls) and ``WorkshopView``.

The window holds the view as a :class:`WorkshopPane`, so a command reaches it by a typed
call, never by name; a test stands in a small fake that does the same."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the bar is made with the view, not at start-up
    from tillitverkstad.ui.widgets.presenting_bar import PresentingBar


class WorkshopPane(Protocol):
    @property
    def widget(self) -> QWidget:
        """The view itself, for the window's stack."""

    @property
    def notice(self) -> SignalInstance:
        """Emits a short word for the status bar (str)."""

    @property
    def timer_changed(self) -> SignalInstance:
        """Emits remaining seconds, running, time up (int, bool, bool) for the shared screen."""

    @property
    def presenting_bar(self) -> PresentingBar | None:
        """Where the shared screen's controls go; None when the view has no such bar."""

    def add_side_panel(self, panel: QWidget) -> None:
        """Place ``panel`` under the agenda (the shared screen's preview); it is the view's
        from then on and goes with it."""

    @property
    def finish_requested(self) -> SignalInstance:
        """Emitted by "Finish workshop" on the last step; the window checks and finishes."""

    def drafts(self) -> list[str]:
        """Text typed but not yet entered, each as "where: text", to list before finishing."""

    def commit_drafts(self) -> int:
        """Keep text typed but not entered as notes; how many were kept."""

    def skip_step(self) -> None:
        """Mark the current step dealt with although nothing was entered, and go on."""

    def new_note(self) -> None: ...

    def go_next(self) -> None: ...

    def go_previous(self) -> None: ...

    def toggle_timer(self) -> None: ...

    def reset_timer(self) -> None: ...

    def add_minute(self) -> None: ...
