"""Participant voting (*Deltagarröstning*) in the facilitator window: the one place that
holds the voting server, from turning it on to turning it off.

Made the first time the facilitator turns the mode on (importing this module imports the
server), and kept by the window for its life. While on it shows the strip across the
window (:mod:`participant_bar`), the join slide through the presenter's
:class:`~tillitverkstad.ui.phone_wall.PhoneWall`, the queue of notes under the agenda
(:mod:`participant_notes`) and what the computer can check itself
(:mod:`participant_health`). Every change to the workshop goes through the session, so it
is saved and undoable like any edit.

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
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import NOTE_KINDS, RATED_KINDS, Scale
from tillitverkstad.core.projection_join import join_view
from tillitverkstad.core.votes import DEFAULT_MINIMUM_VOTES
from tillitverkstad.ui.participant_bar import OpenVoteLine, StripState, VotingStrip
from tillitverkstad.ui.participant_bridge import EventBridge
from tillitverkstad.ui.participant_dialog import StartDialog
from tillitverkstad.ui.participant_health import ParticipantHealth
from tillitverkstad.ui.participant_notes import NoteQueuePanel, NoteRow
from tillitverkstad.ui.presenter import Presenter
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.workshop_pane import WorkshopPane
from tillitverkstad.voting import network
from tillitverkstad.voting.ballot import ballot_for
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


@dataclass(frozen=True)
class _OpenVote:
    id: str
    step: str
    current: int = 0
    desired: int = 0


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """A question with buttons that say what they do; True for ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    chosen = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is chosen


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
        self.strip = VotingStrip(window)
        self.strip.stop_requested.connect(self.stop)
        self.strip.withdraw_requested.connect(self.withdraw_vote)
        self.session: WorkshopSession | None = None
        self.presenter: Presenter | None = None
        self.panel: NoteQueuePanel | None = None
        self.dialog: StartDialog | None = None
        self.minimum = DEFAULT_MINIMUM_VOTES
        self.vote: _OpenVote | None = None
        self.notes: dict[str, QueuedNote] = {}  # kept by the window: they outlive the server
        self.ask = ask

    @property
    def running(self) -> bool:
        return self.server.running

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
        self.panel = NoteQueuePanel()
        self.panel.accept_requested.connect(self.accept_note)
        self.panel.discard_requested.connect(self.discard_note)
        pane.add_side_panel(self.panel)
        self.strip.set_actions(presenter.join_action, self.vote_action)
        self._show_join()
        self._show_notes()

    def _disconnect(self, session: WorkshopSession) -> None:
        session.navigated.disconnect(self._navigated)
        session.changed.disconnect(self._changed)
        session.finishing.disconnect(self._finishing)

    def release(self) -> bool:
        """Before the workshop closes: ask before discarding waiting notes (False: stay),
        then close an open vote and stop. The window detaches its view afterwards."""
        if self.notes and not self.ask(
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
        self.notes.clear()
        if self.session is not None:
            self._disconnect(self.session)
        self.session = self.presenter = self.panel = None
        self.strip.set_actions(None, self.vote_action)  # the presenter's action goes with it
        self._refresh()
        return True

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
        if self.session is None or self.session.workshop.finished:
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
        shown = join_view(
            session.workshop,
            invitation.address,
            invitation.code_shown,
            qr_matrix(invitation.url),
        )
        self.strip.show_state(
            StripState(address=shown.address, code=invitation.code_shown, minimum=minimum, notes=0)
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
        if self.vote is not None:
            self.close_vote()
        self.server.stop()
        self.health.stop()
        self.vote = None
        if self.presenter is not None:
            self.presenter.phones.set_phone_vote(None)
            self.presenter.phones.set_join(None)
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
        invitation, session = self.server.invitation, self.session
        if self.presenter is None:
            return
        if invitation is None or session is None:
            self.presenter.phones.set_join(None)
            return
        self.presenter.phones.set_join(
            join_view(
                session.workshop,
                invitation.address,
                invitation.code_shown,
                qr_matrix(invitation.url),
            )
        )
        if show:
            self.presenter.phones.show_join()

    # -- votes ----------------------------------------------------------------------------

    def toggle_vote(self) -> None:
        if self.vote is not None:
            self.close_vote()
        else:
            self.open_vote()

    def open_vote(self) -> None:
        session = self.session
        if session is None or not self.running or self.vote is not None:
            self._refresh()
            return
        ws, step = session.workshop, session.workshop.current_step
        if session.kind(step) not in RATED_KINDS or ws.finished:
            self._refresh()
            return
        rating = ws.record(step).rating
        first, second = self._scale_names()
        if (rating.current.total or rating.desired.total) and not self.ask(
            self._window,
            self.tr("Open a vote"),
            self.tr(
                "{step} already has votes ({first} {current}, {second} {desired}). The "
                "phones' votes replace them when you close the vote (Ctrl+Z brings them back)."
            ).format(
                step=session.title(step),
                first=first,
                second=second,
                current=rating.current.total,
                desired=rating.desired.total,
            ),
            self.tr("Open the vote"),
            self.tr("Cancel"),
        ):
            self._refresh()
            return
        vote_id = self.server.open_vote(ballot_for(ws, session.content, step), ws.participant_count)
        self.vote = _OpenVote(vote_id, step)
        if self.presenter is not None:
            self.presenter.phones.set_phone_vote(step, 0)
        self._show(message="")

    def close_vote(self) -> None:
        """Close the vote and store its counts (one undoable edit, method: phones)."""
        vote, session = self.vote, self.session
        if vote is None or not self.running:
            return
        tally = self.server.close_vote()
        self.vote = None
        if self.presenter is not None:
            self.presenter.phones.set_phone_vote(None)
        title = session.title(vote.step) if session is not None else vote.step
        current, desired = sum(tally.current), sum(tally.desired)
        if session is None or not (current or desired):
            self._show(
                message=self.tr(
                    "The vote on {step} closed: nobody voted, so nothing was stored."
                ).format(step=title)
            )
            return
        try:
            session.store_phone_votes(vote.step, tally.current, tally.desired)
        except TillitError as error:
            self._show(message=error.message(self._language()))
            return
        first, second = self._scale_names()
        text = self.tr(
            "The vote on {step} closed and its votes are stored: {first} {current}, "
            "{second} {desired} (Ctrl+Z undoes)."
        ).format(step=title, first=first, second=second, current=current, desired=desired)
        if self.presenter is not None:
            refusal = self.presenter.phones.refusal(
                session.workshop.record(vote.step).rating, session.content
            )
            text = f"{text} {refusal}" if refusal else text
        self._show(message=text)

    def withdraw_vote(self) -> None:
        vote = self.vote
        if vote is None or not self.running:
            return
        voted = max(vote.current, vote.desired)
        if voted and not self.ask(
            self._window,
            self.tr("Cancel the vote"),
            self.tr("{count} have voted. Cancel the vote without storing their votes?").format(
                count=voted
            ),
            self.tr("Cancel the vote"),
            self.tr("Keep voting"),
        ):
            return
        self.server.withdraw_vote()
        self.vote = None
        if self.presenter is not None:
            self.presenter.phones.set_phone_vote(None)
        self._show(message=self.tr("The vote was cancelled: nothing was stored."))

    # -- notes ----------------------------------------------------------------------------

    def accept_note(self, note_id: str) -> None:
        session = self.session
        note = self.notes.get(note_id)
        if session is None or note is None:
            return
        ws = session.workshop
        step = note.step_id if note.step_id and session.kind(note.step_id) in NOTE_KINDS else None
        if step is None and session.kind(ws.current_step) in NOTE_KINDS:
            step = ws.current_step
        if step is None:
            self._show(
                message=self.tr(
                    "This note was sent outside the principles' steps: go to the step it "
                    "belongs to and accept it there."
                )
            )
            return
        try:
            session.add_note(step, note.category, note.text)
        except TillitError as error:
            self._show(message=error.message(self._language()))
            return
        self._forget_note(note_id)
        self._show(
            message=self.tr("The note was added to {step} (Ctrl+Z undoes).").format(
                step=session.title(step)
            )
        )

    def discard_note(self, note_id: str) -> None:
        if note_id in self.notes:
            self._forget_note(note_id)

    def _forget_note(self, note_id: str) -> None:
        self.notes.pop(note_id, None)
        self.server.take_note(note_id)  # out of the room's queue too, when it still runs
        self._show_notes()

    # -- what happens -----------------------------------------------------------------------

    def _arrived(self, events: list[VotingEvent]) -> None:
        for event in events:
            if isinstance(event, NoteArrived):
                self.notes[event.note.id] = event.note
            elif isinstance(event, DevicesChanged):
                self.health.devices(event.count)
                self._show(devices=event.count)
            elif isinstance(event, VoteCounted):
                self._counted(event)
            elif isinstance(event, ServerStopped) and event.failed:
                self._failed()
        if any(isinstance(event, NoteArrived) for event in events):
            self._show_notes()

    def _counted(self, event: VoteCounted) -> None:
        vote, progress = self.vote, event.progress
        if vote is None or vote.id != progress.vote_id:
            return  # a count of a vote already closed
        self.vote = replace(vote, current=progress.current, desired=progress.desired)
        if self.presenter is not None:
            self.presenter.phones.set_phone_vote(vote.step, max(progress.current, progress.desired))
        self._refresh()

    def _failed(self) -> None:
        self.vote = None
        self.server.stop()
        self.health.stop()
        if self.presenter is not None:
            self.presenter.phones.set_phone_vote(None)
            self.presenter.phones.set_join(None)
        self._refresh()
        self._notice(
            self.tr("Participant voting stopped after an error. Turn it on again to go on.")
        )
        self.running_changed.emit(False)

    def _navigated(self, step: str) -> None:
        if self.vote is not None and self.vote.step != step:
            self.close_vote()
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

    def _show_notes(self) -> None:
        session = self.session
        if self.panel is not None and session is not None:
            rows = [
                NoteRow(
                    note.id,
                    self._category(note),
                    session.title(note.step_id) if note.step_id else "",
                    note.text,
                )
                for note in self.notes.values()
            ]
            self.panel.set_notes(rows)
        self._refresh()

    def _scale_names(self) -> tuple[str, str]:
        """The two scales as the content names them ("Nuläge", "Önskat läge")."""
        assert self.session is not None
        names = {s.id: s.name for s in self.session.content.rating_scales}
        return names[Scale.CURRENT.value], names[Scale.DESIRED.value]

    def _category(self, note: QueuedNote) -> str:
        assert self.session is not None
        text = self.session.content.category_text(note.category)
        return text.label if text is not None else note.category.value

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
            line = OpenVoteLine(title, self._scale_names(), vote.current, vote.desired, voters)
        state = replace(self.strip.state, vote=line, can_vote=can_vote, notes=len(self.notes))
        if state != self.strip.state:
            self.strip.show_state(state)
        self.strip.setVisible(running)
        if self.panel is not None:
            self.panel.setVisible(running or bool(self.notes))
