"""The facilitator window's handle on participant voting (*Deltagarröstning*): light until
the facilitator first turns the mode on, so neither the voting server nor anything of the
network is imported on the app's start path or while the mode stays off (no socket is ever
opened then). From the first *Deltagarröstning…* on it passes the window's events to
:class:`~tillitverkstad.ui.participant_voting.ParticipantVoting`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tillitverkstad.ui.widgets.presenting_bar import BarControl
from tillitverkstad.ui.workshop_pane import WorkshopPane

if TYPE_CHECKING:
    from tillitverkstad.ui.participant_voting import ParticipantVoting
    from tillitverkstad.ui.presenter import Presenter
    from tillitverkstad.ui.session import WorkshopSession


class ParticipantMode:
    def __init__(
        self,
        window: QWidget,
        place: Callable[[QWidget], None],
        language: Callable[[], str],
        actions: tuple[QAction, QAction],
        notice: Callable[[str], None],
    ) -> None:
        """``place`` puts the mode's strip into the window; ``actions`` are the menu's
        *Deltagarröstning…* (checkable) and *open or close the vote*."""
        self._window, self._place, self._language = window, place, language
        self.toggle_action, self.vote_action = actions
        self.vote_action.setEnabled(False)
        self._notice = notice
        self.voting: ParticipantVoting | None = None
        self._open: tuple[WorkshopSession, WorkshopPane, Presenter] | None = None

    def bar_control(self) -> BarControl:
        """*Deltagarröstning* on the presenting bar: the menu's action. Its shortcut shows in
        its tooltip only: with a key cap the bar would no longer fit a 1280-pixel screen."""
        label = QCoreApplication.translate("PresentingBar", "Participant voting")
        return BarControl("participants", label, self.toggle_action, keycap=False)

    def attach(self, session: WorkshopSession, pane: WorkshopPane, presenter: Presenter) -> None:
        self._open = (session, pane, presenter)
        if self.voting is not None:
            self.voting.attach(session, pane, presenter)

    def release(self) -> bool:
        """The workshop is about to close: False when the facilitator chose to stay."""
        return self.voting is None or self.voting.release()

    def detach(self) -> None:
        """The workshop has closed."""
        self._open = None
        if self.voting is not None:
            self.voting.detach()

    def shutdown(self) -> None:
        if self.voting is not None:
            self.voting.shutdown()

    def toggle(self) -> QWidget | None:
        """Turn the mode off, or offer to turn it on; returns the dialog when one opens."""
        if self._open is None:
            self.toggle_action.setChecked(False)
            return None
        if self.voting is None:
            from tillitverkstad.ui.participant_voting import ParticipantVoting

            self.voting = ParticipantVoting(
                self._window,
                self._language,
                self.toggle_action,
                self.vote_action,
                self._notice,
            )
            self._place(self.voting.strip)
            self.voting.attach(*self._open)
        self.voting.toggle()
        return self.voting.dialog

    def toggle_vote(self) -> None:
        if self.voting is not None:
            self.voting.toggle_vote()
