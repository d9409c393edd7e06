"""What participant voting (*Deltagarröstning*) adds to the shared screen, held for the
:class:`~tillitverkstad.ui.presenter.Presenter`: the join slide while the mode is on and
whether the group sees it, the vote open on the phones with its count so far, and the rule
that keeps a distribution from too few phones off the wall. The presenter asks it what to
show; the window's participant voting tells it what happens."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from tillitverkstad.core.content_model import Content
from tillitverkstad.core.model import Rating
from tillitverkstad.core.projection_join import JoinView
from tillitverkstad.core.votes import DEFAULT_MINIMUM_VOTES, too_few_to_show


class PhoneWall(QObject):
    changed = Signal()  # what the wall shows may have changed
    vote_opened = Signal(str)  # a vote opened on the phones for this step: show its vote

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.join: JoinView | None = None
        self.join_shown = False
        self._vote: tuple[str, int] | None = None  # step, votes so far
        self.reveal_minimum = DEFAULT_MINIMUM_VOTES

    def set_join(self, view: JoinView | None) -> None:
        """The join slide while participant voting is on (None when it is off)."""
        self.join = view
        self.join_shown = self.join_shown and view is not None
        self.changed.emit()

    def show_join(self, shown: bool = True) -> None:
        self.join_shown = shown and self.join is not None
        self.changed.emit()

    def toggle_join(self) -> None:
        self.show_join(not self.join_shown)

    def step_left(self) -> None:
        """The group follows the facilitator to the next step, away from the join slide."""
        self.join_shown = False

    def set_phone_vote(self, step: str | None, count: int = 0) -> None:
        """A vote open on the phones for ``step`` with ``count`` votes so far; None: none."""
        opened = step is not None and (self._vote is None or self._vote[0] != step)
        self._vote = None if step is None else (step, count)
        if opened and step is not None:
            self.join_shown = False
            self.vote_opened.emit(step)
        self.changed.emit()

    def phone_votes(self, step: str) -> int | None:
        """Votes so far while a vote on ``step`` is open on the phones; else None."""
        return self._vote[1] if self._vote is not None and self._vote[0] == step else None

    def refusal(self, rating: Rating, content: Content) -> str:
        """Why ``rating``'s distribution may not be shown, or "" when it may."""
        hidden = too_few_to_show(rating, self.reveal_minimum)
        if not hidden:
            return ""
        names = {s.id: s.name for s in content.rating_scales}
        return self.tr(
            "The results stay hidden: {scales} got fewer than {minimum} votes from the phones, "
            "so the group could tell who voted what."
        ).format(
            scales=self.tr(" and ").join(names[s.value] for s in hidden),
            minimum=self.reveal_minimum,
        )
