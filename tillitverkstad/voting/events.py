"""What the server tells the window, through the one callback given to the facade. Each
event is a count or a state, never who: no event carries a device, an address or a time."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tillitverkstad.voting.ballot import VoteProgress
from tillitverkstad.voting.room import QueuedNote


class VoteState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
    WITHDRAWN = "withdrawn"


@dataclass(frozen=True)
class ServerStarted:
    url: str


@dataclass(frozen=True)
class ServerStopped:
    """The server has stopped: asked to (``failed`` False), or on an error of its own."""

    failed: bool = False


@dataclass(frozen=True)
class DevicesChanged:
    """How many phones were seen in the last half minute."""

    count: int


@dataclass(frozen=True)
class VoteStateChanged:
    vote_id: str
    step_id: str
    state: VoteState


@dataclass(frozen=True)
class VoteCounted:
    """Someone chose or changed a value: how many have chosen on each scale so far."""

    progress: VoteProgress


@dataclass(frozen=True)
class NoteArrived:
    note: QueuedNote
    waiting: int  # notes in the queue, this one included


VotingEvent = (
    ServerStarted | ServerStopped | DevicesChanged | VoteStateChanged | VoteCounted | NoteArrived
)
