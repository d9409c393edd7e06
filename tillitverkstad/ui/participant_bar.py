"""The strip across the facilitator window while participant voting is on: that it is on,
how many phones are connected, the address and code, the fewest votes a distribution needs,
the notes waiting; the vote open on the phones with its count (never who); what just
happened and any trouble, in plain words; and the buttons to show how to join, to open and
close a vote, and to turn the mode off at once.

It only shows what it is given (:class:`StripState`) and words it in the UI language."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from tillitverkstad.ui import theme
from tillitverkstad.ui.widgets.message_slot import MessageSlot
from tillitverkstad.ui.widgets.presenting_bar import KeyButton


@dataclass(frozen=True)
class OpenVoteLine:
    step: str  # the step's title
    scales: tuple[str, str]  # the scales' names in the content: "Nuläge", "Önskat läge"
    current: int  # devices that chose a value on nuläge so far
    desired: int
    voters: int  # the most that may vote: the workshop's participants


@dataclass(frozen=True)
class StripState:
    address: str = ""  # 192.168.137.1:8123
    code: str = ""  # 4071 2958
    devices: int = 0
    minimum: int = 3
    notes: int = 0  # waiting in the queue
    vote: OpenVoteLine | None = None
    can_vote: bool = False  # the current step is rated and the workshop open
    message: str = ""  # what just happened ("14 votes stored")
    trouble: str = ""  # what is wrong, and what to try


class VotingStrip(QFrame):
    stop_requested = Signal()
    withdraw_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state = StripState()
        self.status = self._label()
        theme.scale_font(self.status, 1.0, bold=True)
        self.vote = self._label()
        self.vote.setWordWrap(False)  # one short line: a step's title and "voted so far"
        # The counts change with every vote: a label of a fixed size repaints alone, where
        # one that changed its size would lay the whole window out again each time.
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.counts.hide()
        self.message = self._label()
        self.trouble = MessageSlot(self, lines=1)
        self.join_button: KeyButton | None = None
        self.vote_button: KeyButton | None = None
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        self.stop_button = QPushButton(self)
        self.stop_button.clicked.connect(self.stop_requested)
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(theme.SPACE.m, theme.SPACE.xs, theme.SPACE.m, theme.SPACE.xs)
        grid.setHorizontalSpacing(theme.SPACE.s)
        grid.setVerticalSpacing(theme.SPACE.xs)
        grid.addWidget(self.status, 0, 0)
        grid.addWidget(self.stop_button, 0, 3)
        vote_row = QHBoxLayout()
        vote_row.setSpacing(theme.SPACE.s)
        vote_row.addWidget(self.vote)
        vote_row.addWidget(self.counts)
        vote_row.addStretch(1)
        grid.addLayout(vote_row, 1, 0)
        grid.addWidget(self.withdraw_button, 1, 3)
        grid.addWidget(self.message, 2, 0, 1, 4)
        grid.addWidget(self.trouble, 3, 0, 1, 4)
        grid.setColumnStretch(0, 1)
        self.retranslate()
        self.hide()

    def _label(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # a step's title is shown as it is
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def set_actions(self, join: QAction | None, vote: QAction) -> None:
        """The buttons for showing how to join (the shared screen's action, made anew with
        each workshop view) and for opening and closing a vote."""
        for old in (self.join_button, self.vote_button):
            if old is not None:
                old.deleteLater()
        self.join_button = KeyButton(join, self) if join is not None else None
        self.vote_button = KeyButton(vote, self)
        if self.join_button is not None:
            self.join_button.setObjectName("joinButton")
            self._grid.addWidget(self.join_button, 0, 2)
        self.vote_button.setObjectName("phoneVoteButton")
        self._grid.addWidget(self.vote_button, 1, 2)
        self.retranslate()

    def show_state(self, state: StripState) -> None:
        old, self.state = self.state, state
        same_vote = (
            old.vote is not None
            and state.vote is not None
            and (old.vote.step, old.vote.scales, old.vote.voters)
            == (state.vote.step, state.vote.scales, state.vote.voters)
        )
        if same_vote and replace(old, vote=None) == replace(state, vote=None):
            self._show_counts()  # only a count changed, as with every vote
        else:
            self.retranslate()

    def _counts_text(self, current: int, desired: int) -> str:
        vote = self.state.vote
        assert vote is not None
        first, second = vote.scales
        return " · ".join(
            (
                self.tr("{scale} {count} of {voters}").format(
                    scale=first, count=current, voters=vote.voters
                ),
                self.tr("{scale} {count} of {voters}").format(
                    scale=second, count=desired, voters=vote.voters
                ),
            )
        )

    def _show_counts(self) -> None:
        vote = self.state.vote
        if vote is None:
            self.counts.hide()
            return
        text = self._counts_text(vote.current, vote.desired)
        self.counts.setText(text)
        self.counts.setAccessibleName(text)

    def retranslate(self) -> None:
        s = self.state
        connected = (
            self.tr("1 connected") if s.devices == 1 else self.tr("{count} connected")
        ).format(count=s.devices)
        parts = [
            self.tr("Participant voting on"),
            connected,
            self.tr("address {address}").format(address=s.address),
            self.tr("code {code}").format(code=s.code),
            self.tr("distribution shown from {minimum} votes").format(minimum=s.minimum),
        ]
        if s.notes:
            parts.append(self.tr("notes waiting: {count}").format(count=s.notes))
        self.status.setText(" \u00b7 ".join(parts))
        self.status.setAccessibleName(self.status.text())
        if s.vote is not None:
            text = self.tr("Vote open on {step} – voted so far:").format(step=s.vote.step)
            widest = self.fontMetrics().horizontalAdvance(
                self._counts_text(s.vote.voters, s.vote.voters)
            )
            self.counts.setFixedSize(widest + 2, self.fontMetrics().height())
            self.counts.show()
            self._show_counts()
        elif s.can_vote:
            text = self.tr("The phones wait for the next vote.")
        else:
            text = self.tr("Votes from the phones are taken on the principles' steps.")
        if s.vote is None:
            self.counts.hide()
        self.vote.setText(text)
        self.vote.setAccessibleName(text)
        self.message.setText(s.message)
        self.message.setVisible(bool(s.message))
        self.trouble.set_text(s.trouble)
        self.trouble.setVisible(bool(s.trouble))
        self.withdraw_button.setText(self.tr("Cancel the vote"))
        self.withdraw_button.setVisible(s.vote is not None)
        self.stop_button.setText(self.tr("Turn off"))
        self.stop_button.setToolTip(self.tr("Stop participant voting at once"))
        if self.join_button is not None:
            self.join_button.set_label(self.tr("Show how to join"))
        if self.vote_button is not None:
            self.vote_button.set_label(
                self.tr("Close the vote") if s.vote is not None else self.tr("Open a vote")
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
