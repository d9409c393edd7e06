"""Participant voting (*Deltagarröstning*) in the facilitator window: the one place that
holds the voting server, from turning it on to turning it off, and ties its parts together.

Made the first time the facilitator turns the mode on (importing this module imports the
server), and kept by the window for its life. While on it shows the strip across the
window (:mod:`participant_bar`), the join slide through the presenter's
:class:`~tillitverkstad.ui.phone_wall.PhoneWall`, the queue of notes under the agenda
(:mod:`participant_queue`), the vote on the phones (:mod:`participant_votes`) and what
the computer can check itself (:mod:`participant_health`). Every change to the workshop
goes through the session, so it is saved and undoable like any edit.

Decisions a facilitator would expect:

- **Moving to another step closes an open vote and keeps its votes.** The phones would
  otherwise go on voting on a statement the room has left; keeping them loses nothing
  (Ctrl+Z takes them back), and no question interrupts the group.
- **Turning the mode off, finishing or closing the workshop close an open vote the same
  way**, and stop the server at once. Quitting through the session manager (SIGTERM) does
  too, without asking anything.
- **Hands counts are replaced only after asking**, when the vote is opened: before anyone
  votes, while the facilitator can still say no.
- **Notes waiting in the queue stay when the mode is turned off** (they are the
  participants' words): they are discarded only when the workshop is closed, after asking.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tillitverkstad.core.model import RATED_KINDS
from tillitverkstad.core.projection_join import JoinView, join_view
from tillitverkstad.core.votes import DEFAULT_MINIMUM_VOTES
from tillitverkstad.ui.participant_bar import OpenVoteLine, StripState, VotingStrip
from tillitverkstad.ui.participant_bridge import EventBridge
from tillitverkstad.ui.participant_dialog import StartDialog
from tillitverkstad.ui.participant_health import ParticipantHealth
from tillitverkstad.ui.participant_notes import NoteQueuePanel
from tillitverkstad.ui.participant_queue import NoteQueue
from tillitverkstad.ui.participant_votes import OpenVote, PhoneVote, ask, scale_names
from tillitverkstad.ui.presenter import Presenter
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.workshop_pane import WorkshopPane
from tillitverkstad.voting import network
from tillitverkstad.voting.events import (
    DevicesChanged,
    NoteArrived,
    ServerStopped,
    VoteCounted,
    VotingEvent,
)
from tillitverkstad.voting.facade import VotingServer
from tillitverkstad.voting.listener import StartError
from tillitverkstad.voting.qr import qr_matrix
from tillitverkstad.voting.room import QueuedNote


class ParticipantVoting(QObject):
    running_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        language: Callable[[], str],
        toggle_action: QAction,
        vote_action: QAction,
        notice: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window, self._language, self._notice = window, language, notice
        self.toggle_action, self.vote_action = toggle_action, vote_action
        self.bridge = EventBridge(self)
        self.bridge.arrived.connect(self._arrived)
        self.server = VotingServer(self.bridge)
        self.health = ParticipantHealth(self, language)
        self.health.trouble_changed.connect(lambda text: self._show(trouble=text))
        self.phone_vote = PhoneVote(window, self.server, language, ask)
        self.phone_vote.said.connect(lambda text: self._show(message=text))
        self.phone_vote.changed.connect(self._refresh)
        self.queue = NoteQueue(self, self.server, language)
        self.queue.said.connect(lambda text: self._show(message=text))
        self.queue.changed.connect(self._refresh)
        self.strip = VotingStrip(window)
        self.strip.stop_requested.connect(self.stop)
        self.strip.withdraw_requested.connect(self.phone_vote.withdraw)
        self.session: WorkshopSession | None = None
        self.presenter: Presenter | None = None
        self.dialog: StartDialog | None = None
        self.minimum = DEFAULT_MINIMUM_VOTES
        self._join: JoinView | None = None  # while running

    @property
    def running(self) -> bool:
        return self.server.running

    @property
    def vote(self) -> OpenVote | None:
        """The vote open on the phones."""
        return self.phone_vote.vote

    @property
    def notes(self) -> dict[str, QueuedNote]:
        """The notes from phones waiting for the facilitator."""
        return self.queue.notes

    @property
    def panel(self) -> NoteQueuePanel | None:
        return self.queue.panel

    # -- the open workshop --------------------------------------------------------------

    def attach(self, session: WorkshopSession, pane: WorkshopPane, presenter: Presenter) -> None:
        """The workshop's (new) view and presenter: the queue goes under its agenda."""
        if self.session is not session:
            if self.session is not None:
                self._disconnect(self.session)
            session.navigated.connect(self._navigated)
            session.changed.connect(self._changed)
            session.finishing.connect(self._finishing)
            self.session = session
        self.presenter = presenter
        presenter.phones.reveal_minimum = self.minimum
        self.phone_vote.attach(session, presenter.phones)
        self.queue.attach(session, pane)
        self.strip.set_actions(presenter.join_action, self.vote_action)
        self._show_join()
        self._refresh()

    def _disconnect(self, session: WorkshopSession) -> None:
        session.navigated.disconnect(self._navigated)
        session.changed.disconnect(self._changed)
        session.finishing.disconnect(self._finishing)

    def release(self) -> bool:
        """Before the workshop closes: ask before discarding waiting notes (False: stay),
        then close an open vote and stop. :meth:`detach` follows once it has closed."""
        if self.notes and not ask(
            self._window,
            self.tr("Notes from the phones"),
            self.tr(
                "{count} notes from the phones have not been accepted. If you close the "
                "workshop now they are discarded: nothing of them is kept."
            ).format(count=len(self.notes)),
            self.tr("Discard and close"),
            self.tr("Stay"),
        ):
            return False
        self.stop()
        return True

    def detach(self) -> None:
        """The workshop has closed: its notes from phones go, and its view."""
        self.queue.clear()
        if self.session is not None:
            self._disconnect(self.session)
        self.session = self.presenter = None
        self.phone_vote.attach(None, None)
        self.queue.attach(None, None)
        self.strip.set_actions(None, self.vote_action)  # the presenter's action goes with it
        self._refresh()

    def shutdown(self) -> None:
        """The app is quitting (the session manager, SIGTERM): keep an open vote's votes and
        stop, asking nothing. Waiting notes go with the app."""
        self.stop()

    # -- on and off -----------------------------------------------------------------------

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.offer_start()

    def offer_start(self) -> StartDialog | None:
        """The dialog that turns the mode on (without blocking)."""
        self._refresh()  # the action is checkable: it says what is, not what was clicked
        if self.session is None:
            return None
        if self.session.workshop.finished:
            self._notice(
                self.tr("A finished workshop takes no votes: reopen it for correction first.")
            )
            return None
        if self.dialog is None:
            self.dialog = StartDialog(
                self._language(), network.candidates, self._window, self.minimum
            )
            self.dialog.start_requested.connect(self.start)
            self.dialog.finished.connect(self._dialog_closed)
        self.dialog.open()
        return self.dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def start(self, address: str, minimum: int) -> None:
        session = self.session
        if session is None or self.running:
            return
        try:
            invitation = self.server.start(
                address, session.workshop.language, minimum_votes=minimum
            )
        except StartError as error:
            if self.dialog is not None:
                self.dialog.show_problem(error.message(self._language()))
            return
        self.minimum = minimum
        if self.presenter is not None:
            self.presenter.phones.reveal_minimum = minimum
        self._set_topic()
        self._join = join_view(
            session.workshop, invitation.address, invitation.code_shown, qr_matrix(invitation.url)
        )
        self.strip.show_state(
            StripState(address=self._join.address, code=self._join.code, minimum=minimum)
        )
        self._show_join(show=True)
        self.health.watch(self.server, address, self._network_label(address))
        if self.dialog is not None:
            self.dialog.done_starting()
        self._refresh()
        self.running_changed.emit(True)

    def stop(self) -> None:
        """Off at once: an open vote is closed and its votes kept, every socket closed."""
        if not self.running:
            return
        self.phone_vote.close()  # when one is open
        self.server.stop()
        self.health.stop()
        self.phone_vote.forget()
        self._join = None
        self._show_join()
        self._refresh()
        self._notice(self.tr("Participant voting is off: this computer takes no more votes."))
        self.running_changed.emit(False)

    def _network_label(self, address: str) -> str:
        language = self._language()
        return next(
            (c.kind.label(language) for c in network.candidates() if c.address == address),
            address,
        )

    def _show_join(self, show: bool = False) -> None:
        """The join slide to the presenter (None while off); shown at once when asked."""
        if self.presenter is not None:
            self.presenter.phones.set_join(self._join)
            if show:
                self.presenter.phones.show_join()

    # -- votes ----------------------------------------------------------------------------

    def toggle_vote(self) -> None:
        self.phone_vote.toggle()
        self._refresh()

    # -- what happens -----------------------------------------------------------------------

    def _arrived(self, events: list[VotingEvent]) -> None:
        self.queue.add([e.note for e in events if isinstance(e, NoteArrived)])
        for event in events:
            if isinstance(event, DevicesChanged):
                self.health.devices(event.count)
                self._show(devices=event.count)
            elif isinstance(event, VoteCounted):
                self.phone_vote.counted(event.progress)
            elif isinstance(event, ServerStopped) and event.failed:
                self._failed()

    def _failed(self) -> None:
        self.server.stop()
        self.health.stop()
        self.phone_vote.forget()
        self._join = None
        self._show_join()
        self._refresh()
        self._notice(
            self.tr("Participant voting stopped after an error. Turn it on again to go on.")
        )
        self.running_changed.emit(False)

    def _navigated(self, step: str) -> None:
        if self.vote is not None and self.vote.step != step:
            self.phone_vote.close()
        self._set_topic()
        self._refresh()

    def _changed(self, _key: str) -> None:
        self._refresh()

    def _finishing(self) -> None:
        """The workshop is about to be locked: keep an open vote's votes, then stop."""
        self.stop()

    def _set_topic(self) -> None:
        session = self.session
        if session is not None and self.running:
            step = session.workshop.current_step
            self.server.set_topic(step, session.title(step))

    # -- showing ----------------------------------------------------------------------------

    def _show(
        self, *, message: str | None = None, trouble: str | None = None, devices: int | None = None
    ) -> None:
        state = self.strip.state
        self.strip.show_state(
            replace(
                state,
                message=state.message if message is None else message,
                trouble=state.trouble if trouble is None else trouble,
                devices=state.devices if devices is None else devices,
            )
        )
        self._refresh()

    def _refresh(self) -> None:
        """Actions, strip and panel as things are now."""
        session, running, vote = self.session, self.running, self.vote
        finished = session is not None and session.workshop.finished
        rated = session is not None and session.kind(session.workshop.current_step) in RATED_KINDS
        can_vote = running and rated and not finished
        self.toggle_action.setEnabled(session is not None and (running or not finished))
        self.toggle_action.setChecked(running)
        self.vote_action.setEnabled(vote is not None or can_vote)
        line = None
        if vote is not None and session is not None:
            voters = session.workshop.participant_count
            title = session.title(vote.step)
            line = OpenVoteLine(title, scale_names(session), vote.current, vote.desired, voters)
        state = replace(self.strip.state, vote=line, can_vote=can_vote, notes=len(self.notes))
        if state != self.strip.state:
            self.strip.show_state(state)
        self.strip.setVisible(running)
        self.queue.show_panel(running)
