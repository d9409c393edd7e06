"""The room's state and rules, pure: the open vote, one choice per device per scale, the
notes waiting for the facilitator, the devices seen recently.

Anonymity is kept by construction: a device's choices are held only while its vote is
open, keyed by a random token the page holds, and dropped the moment the vote closes;
nothing here records an address, a user agent or when a vote was cast. Not thread-safe:
the facade holds one lock around every call.
"""

from __future__ import annotations

import secrets
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from tillitverkstad.core.model import SCALE_MAX, SCALE_MIN, SCALE_VALUES, NoteCategory, Scale
from tillitverkstad.voting.ballot import Ballot, Tally, VoteProgress
from tillitverkstad.voting.refusals import Reason, Refusal

RECENT_SECONDS = 30.0  # a phone polls every few seconds; one silent this long has left
NOTE_KEYS_KEPT = 50  # per device, to recognise a note sent again after a lost answer


@dataclass(frozen=True)
class Topic:
    """The step the room is on: what the page says between votes, where notes belong."""

    step_id: str
    title: str


@dataclass(frozen=True)
class QueuedNote:
    """A phone's note waiting for the facilitator. Its id is the room's own, not the
    phone's: nothing links it to a device."""

    id: str
    category: NoteCategory
    text: str  # verbatim: markup stays text and is escaped wherever it is shown
    step_id: str | None  # the topic when it arrived


class VoteAlreadyOpen(RuntimeError):
    """The window opened a vote while one was open: close or withdraw it first."""


@dataclass
class _Device:
    last_seen: float
    last_sequence: int = 0
    note_keys: deque[str] = field(default_factory=lambda: deque(maxlen=NOTE_KEYS_KEPT))


@dataclass
class _OpenVote:
    id: str
    ballot: Ballot
    max_voters: int
    choices: dict[Scale, dict[str, int]] = field(
        default_factory=lambda: {Scale.CURRENT: {}, Scale.DESIRED: {}}
    )

    def voters(self) -> set[str]:
        return set(self.choices[Scale.CURRENT]) | set(self.choices[Scale.DESIRED])


class Room:
    def __init__(
        self,
        *,
        max_devices: int = 200,
        max_notes: int = 100,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.max_devices = max_devices
        self.max_notes = max_notes
        self._clock = clock
        self._devices: dict[str, _Device] = {}
        self._vote: _OpenVote | None = None
        self._closed_vote_id: str | None = None
        self._topic: Topic | None = None
        self._notes: dict[str, QueuedNote] = {}

    # -- devices ---------------------------------------------------------------------------

    def join(self) -> str:
        """A new device's token."""
        if len(self._devices) >= self.max_devices:
            self._forget_gone_devices()
            if len(self._devices) >= self.max_devices:
                raise Refusal(Reason.TOO_MANY_DEVICES)
        token = secrets.token_urlsafe(18)
        self._devices[token] = _Device(last_seen=self._clock())
        return token

    def touch(self, device: str) -> None:
        """Note that ``device`` is still here; refuses a device the room never issued."""
        self._device(device).last_seen = self._clock()

    def check_sequence(self, device: str, sequence: int) -> None:
        """Each change a device sends carries a number higher than its last: a request
        sent again (replayed, or duplicated by a network) is refused and changes nothing."""
        known = self._device(device)
        if sequence <= known.last_sequence:
            raise Refusal(Reason.REPLAYED)
        known.last_sequence = sequence

    def last_sequence(self, device: str) -> int:
        """The highest number ``device`` sent: a page that lost its count (two tabs, a
        restored backup) starts above it."""
        return self._device(device).last_sequence

    def recent_devices(self) -> int:
        since = self._clock() - RECENT_SECONDS
        return sum(1 for d in self._devices.values() if d.last_seen >= since)

    def _device(self, device: str) -> _Device:
        known = self._devices.get(device)
        if known is None:
            raise Refusal(Reason.UNKNOWN_DEVICE)
        return known

    def _forget_gone_devices(self) -> None:
        """Devices long gone (an hour) make room for new ones; their tokens stop working."""
        since = self._clock() - 3600
        for token in [t for t, d in self._devices.items() if d.last_seen < since]:
            del self._devices[token]

    # -- the vote --------------------------------------------------------------------------

    @property
    def topic(self) -> Topic | None:
        return self._topic

    def set_topic(self, topic: Topic | None) -> None:
        self._topic = topic

    def open_vote(self, ballot: Ballot, max_voters: int) -> str:
        if self._vote is not None:
            raise VoteAlreadyOpen(self._vote.ballot.step_id)
        if max_voters < 1:
            raise ValueError("a vote needs room for at least one voter")
        self._vote = _OpenVote(secrets.token_hex(8), ballot, max_voters)
        self._closed_vote_id = None
        return self._vote.id

    def choose(self, device: str, vote_id: str, scale: Scale, value: int) -> VoteProgress:
        """``device`` chooses ``value`` on ``scale``; it may change it until the vote closes."""
        self._device(device)
        vote = self._vote
        if vote is None or vote.id != vote_id:
            raise Refusal(Reason.CLOSED if vote_id == self._closed_vote_id else Reason.NO_VOTE)
        if value not in SCALE_VALUES:
            raise Refusal(Reason.BAD_VALUE, low=SCALE_MIN, high=SCALE_MAX)
        voters = vote.voters()
        if device not in voters and len(voters) >= vote.max_voters:
            raise Refusal(Reason.FULL)
        vote.choices[scale][device] = value
        return self._progress(vote)

    def open_ballot_step(self) -> str:
        return self._current().ballot.step_id

    def progress(self) -> VoteProgress | None:
        return None if self._vote is None else self._progress(self._vote)

    @staticmethod
    def _progress(vote: _OpenVote) -> VoteProgress:
        return VoteProgress(
            vote.id, len(vote.choices[Scale.CURRENT]), len(vote.choices[Scale.DESIRED])
        )

    def close_vote(self) -> Tally:
        """The counts; who chose what is forgotten at once."""
        vote = self._current()
        counts = {
            scale: tuple(sum(1 for v in chosen.values() if v == value) for value in SCALE_VALUES)
            for scale, chosen in vote.choices.items()
        }
        self._forget(vote)
        self._closed_vote_id = vote.id
        return Tally(vote.ballot.step_id, counts[Scale.CURRENT], counts[Scale.DESIRED])

    def withdraw_vote(self) -> None:
        """Cancel the open vote: nothing is counted."""
        self._forget(self._current())
        self._closed_vote_id = None

    def _current(self) -> _OpenVote:
        if self._vote is None:
            raise RuntimeError("no vote is open")
        return self._vote

    def _forget(self, vote: _OpenVote) -> None:
        for chosen in vote.choices.values():
            chosen.clear()  # the only place a device meets a value
        self._vote = None

    # -- notes -----------------------------------------------------------------------------

    def add_note(
        self, device: str, key: str, category: NoteCategory, text: str
    ) -> QueuedNote | None:
        """Queue a note for the facilitator; None when this device already sent it (an
        answer lost on the way back makes the page send it again)."""
        known = self._device(device)
        if key in known.note_keys:
            return None
        if len(self._notes) >= self.max_notes:
            raise Refusal(Reason.NOTES_FULL)
        note = QueuedNote(
            secrets.token_hex(8), category, text, self._topic.step_id if self._topic else None
        )
        known.note_keys.append(key)
        self._notes[note.id] = note
        return note

    def pending_notes(self) -> tuple[QueuedNote, ...]:
        return tuple(self._notes.values())

    def take_note(self, note_id: str) -> QueuedNote:
        """Remove a note from the queue (accepted or discarded); KeyError if it is gone."""
        return self._notes.pop(note_id)

    # -- what a phone sees -----------------------------------------------------------------

    def view_for(self, device: str) -> dict[str, object]:
        """The room's state as ``device``'s page shows it: its own choices, nobody else's."""
        self._device(device)
        topic = self._topic.title if self._topic else ""
        vote = self._vote
        if vote is None:
            if self._closed_vote_id is not None:
                return {"state": "closed", "vote": self._closed_vote_id, "topic": topic}
            return {"state": "waiting", "topic": topic}
        ballot = vote.ballot
        return {
            "state": "voting",
            "vote": vote.id,
            "topic": topic,
            "title": ballot.title,
            "statement": ballot.statement,
            "scales": [
                {
                    "scale": q.scale.value,
                    "name": q.name,
                    "prompt": q.prompt,
                    "mine": vote.choices[q.scale].get(device),
                }
                for q in ballot.scales
            ],
            "anchors": [[value, text] for value, text in ballot.anchors],
        }
