"""The vote open on the participants' phones: opening it on the current rated step (asking
first when the step has hands counts the phones' votes would replace), its count while
the phones vote, and closing it (the tally stored through the session as one undoable
edit from phones) or withdrawing it (nothing counted, asked first when anyone voted)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import RATED_KINDS, Scale
from tillitverkstad.ui.phone_wall import PhoneWall
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.voting.ballot import VoteProgress, ballot_for
from tillitverkstad.voting.facade import VotingServer

Ask = Callable[[QWidget, str, str, str, str], bool]


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """A question with buttons that say what they do; True for ``yes``."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    chosen = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is chosen


def scale_names(session: WorkshopSession) -> tuple[str, str]:
    """The two scales as the content names them ("Nuläge", "Önskat läge")."""
    names = {s.id: s.name for s in session.content.rating_scales}
    return names[Scale.CURRENT.value], names[Scale.DESIRED.value]


@dataclass(frozen=True)
class OpenVote:
    id: str
    step: str
    current: int = 0  # devices that chose a value on nuläge so far
    desired: int = 0


class PhoneVote(QObject):
    said = Signal(str)  # what just happened, for the strip
    changed = Signal()  # opened, counted, closed

    def __init__(
        self, window: QWidget, server: VotingServer, language: Callable[[], str], ask: Ask
    ) -> None:
        super().__init__(window)
        self._window, self._server, self._language, self._ask = window, server, language, ask
        self.vote: OpenVote | None = None
        self.session: WorkshopSession | None = None
        self.wall: PhoneWall | None = None

    def attach(self, session: WorkshopSession | None, wall: PhoneWall | None) -> None:
        self.session, self.wall = session, wall

    def toggle(self) -> None:
        self.close() if self.vote is not None else self.open()

    def open(self) -> None:
        session = self.session
        if session is None or not self._server.running or self.vote is not None:
            return
        ws, step = session.workshop, session.workshop.current_step
        if session.kind(step) not in RATED_KINDS or ws.finished:
            return
        rating = ws.record(step).rating
        first, second = scale_names(session)
        if (rating.current.total or rating.desired.total) and not self._ask(
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
            return
        ballot = ballot_for(ws, session.content, step)
        self.vote = OpenVote(self._server.open_vote(ballot, ws.participant_count), step)
        self._show_on_wall(step, 0)
        self.said.emit("")

    def counted(self, progress: VoteProgress) -> None:
        vote = self.vote
        if vote is None or vote.id != progress.vote_id:
            return  # a count of a vote already closed
        self.vote = replace(vote, current=progress.current, desired=progress.desired)
        self._show_on_wall(vote.step, max(progress.current, progress.desired))
        self.changed.emit()

    def close(self) -> None:
        """Close the vote and store its counts (one undoable edit, method: phones)."""
        vote, session = self.vote, self.session
        if vote is None or not self._server.running:
            return
        tally = self._server.close_vote()
        self.forget()
        title = session.title(vote.step) if session is not None else vote.step
        current, desired = sum(tally.current), sum(tally.desired)
        if session is None or not (current or desired):
            self.said.emit(
                self.tr("The vote on {step} closed: nobody voted, so nothing was stored.").format(
                    step=title
                )
            )
            return
        try:
            session.store_phone_votes(vote.step, tally.current, tally.desired)
        except TillitError as error:
            self.said.emit(error.message(self._language()))
            return
        first, second = scale_names(session)
        text = self.tr(
            "The vote on {step} closed and its votes are stored: {first} {current}, "
            "{second} {desired} (Ctrl+Z undoes)."
        ).format(step=title, first=first, second=second, current=current, desired=desired)
        if self.wall is not None:
            rating = session.workshop.record(vote.step).rating
            refusal = self.wall.refusal(rating, session.content)
            text = f"{text} {refusal}" if refusal else text
        self.said.emit(text)

    def withdraw(self) -> None:
        vote = self.vote
        if vote is None or not self._server.running:
            return
        voted = max(vote.current, vote.desired)
        if voted and not self._ask(
            self._window,
            self.tr("Cancel the vote"),
            self.tr("{count} have voted. Cancel the vote without storing their votes?").format(
                count=voted
            ),
            self.tr("Cancel the vote"),
            self.tr("Keep voting"),
        ):
            return
        self._server.withdraw_vote()
        self.forget()
        self.said.emit(self.tr("The vote was cancelled: nothing was stored."))

    def forget(self) -> None:
        """No vote is open any more (closed, withdrawn, or the server gone)."""
        self.vote = None
        self._show_on_wall(None, 0)
        self.changed.emit()

    def _show_on_wall(self, step: str | None, count: int) -> None:
        if self.wall is not None:
            self.wall.set_phone_vote(step, count)
