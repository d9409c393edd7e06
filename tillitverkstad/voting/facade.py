"""The one object the window holds: start and stop the room's server, open and close
votes, take notes from the queue, and hear what happens through one callback.

Thread-safe: every method may be called from the window's thread while the server runs on
its own. The callback is called on the server's thread, in order, never under the room's
lock; the window wraps it in a queued Qt signal. It must return quickly: phones wait while
it runs."""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import sys
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass

from tillitverkstad import heap
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.votes import DEFAULT_MINIMUM_VOTES
from tillitverkstad.logfile import log_exception
from tillitverkstad.voting.ballot import Ballot, Tally, VoteProgress
from tillitverkstad.voting.events import (
    DevicesChanged,
    ServerStarted,
    ServerStopped,
    VoteState,
    VoteStateChanged,
    VotingEvent,
)
from tillitverkstad.voting.limits import Limits
from tillitverkstad.voting.listener import Listener, StartError, checked_address
from tillitverkstad.voting.room import QueuedNote, Room, Topic
from tillitverkstad.voting.server import Credentials, RoomServer, Shared

START_SECONDS = 5.0
STOP_SECONDS = 1.0
TICK_SECONDS = 2.0  # how often the device count is refreshed


@dataclass(frozen=True)
class Invitation:
    """How phones join: the QR code's address (with the join token), the short address to
    type, and the join code the page asks for when the token is missing."""

    url: str  # http://192.168.137.1:8123/#t=<token>: the fragment never leaves the phone
    address: str  # http://192.168.137.1:8123
    code: str  # eight digits

    @property
    def code_shown(self) -> str:
        """The code as the shared screen shows it: in two groups, easy to read aloud."""
        half = len(self.code) // 2
        return f"{self.code[:half]} {self.code[half:]}"


class VotingServer:
    def __init__(
        self,
        on_event: Callable[[VotingEvent], None],
        *,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._on_event = on_event
        self.limits = limits or Limits()
        self._clock = clock
        self._lock = threading.Lock()
        self._room: Room | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._invitation: Invitation | None = None
        self.minimum_votes = DEFAULT_MINIMUM_VOTES

    # -- life ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    @property
    def invitation(self) -> Invitation | None:
        return self._invitation

    def start(
        self,
        address: str,
        language: str,
        *,
        port: int = 0,
        minimum_votes: int = DEFAULT_MINIMUM_VOTES,
    ) -> Invitation:
        """Listen on ``address`` only (never on every interface), on ``port`` when it is free
        or else on a free port the system picks; returns within seconds."""
        if self._thread is not None:
            raise RuntimeError("the voting server is already running")
        host = checked_address(address)
        self.minimum_votes = minimum_votes
        credentials = Credentials(
            join_token=secrets.token_urlsafe(24),
            join_code="".join(
                secrets.choice("0123456789") for _ in range(self.limits.join_code_digits)
            ),
        )
        self._room = Room(
            max_devices=self.limits.max_devices, max_notes=self.limits.max_notes, clock=self._clock
        )
        ready = threading.Event()
        outcome: list[object] = []
        self._thread = threading.Thread(
            target=self._run,
            args=(host, port, language, credentials, ready, outcome),
            name="voting-server",
            daemon=True,
        )
        self._thread.start()
        if not ready.wait(START_SECONDS) or not isinstance(outcome[0], int):
            self._thread.join(STOP_SECONDS)
            self._thread = self._room = self._loop = self._stopping = None
            problem = outcome[0] if outcome else None
            if isinstance(problem, StartError):
                raise problem
            raise StartError(QT_TRANSLATE_NOOP("errors", "Participant voting could not start."))
        shown = f"[{host}]" if ":" in host else host
        base = f"http://{shown}:{outcome[0]}"
        self._invitation = Invitation(
            f"{base}/#t={credentials.join_token}", base, credentials.join_code
        )
        # A full collection of the whole app's heap takes ~30 ms on the window's thread and
        # the server's requests make garbage that triggers them: collect once now (the
        # facilitator just clicked) and keep what exists out of later collections.
        heap.settle()
        self._emit_soon(ServerStarted(self._invitation.address))
        return self._invitation

    def stop(self) -> None:
        """Stop at once: every connection and socket closed, the thread joined (within a
        second); who chose what in an open vote is forgotten with the room."""
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None:
            return
        if loop is not None and stopping is not None:
            # The loop may have ended on its own (an error): then there is nothing to stop.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stopping.set)
        thread.join(STOP_SECONDS * 5)
        heap.thaw()  # what died frozen meanwhile is freed by the next full collection
        self._thread = self._loop = self._stopping = None
        self._room = None
        self._invitation = None

    # -- the room, from the window -----------------------------------------------------------

    def set_topic(self, step_id: str | None, title: str = "") -> None:
        """The step the room is on, said on the phones between votes; notes sent now
        belong to it."""
        with self._lock:
            self._require_room().set_topic(Topic(step_id, title) if step_id else None)

    def open_vote(self, ballot: Ballot, max_voters: int) -> str:
        """Open ``ballot`` for at most ``max_voters`` devices (the workshop's participant
        count: more votes than participants cannot be stored); returns the vote's id."""
        with self._lock:
            vote_id = self._require_room().open_vote(ballot, max_voters)
        self._emit_soon(VoteStateChanged(vote_id, ballot.step_id, VoteState.OPEN))
        return vote_id

    def close_vote(self) -> Tally:
        """Close the open vote; its counts, ready for ``set_votes`` (who is forgotten)."""
        with self._lock:
            room = self._require_room()
            progress = room.progress()
            tally = room.close_vote()
        assert progress is not None
        self._emit_soon(VoteStateChanged(progress.vote_id, tally.step_id, VoteState.CLOSED))
        return tally

    def withdraw_vote(self) -> None:
        """Cancel the open vote; nothing is counted."""
        with self._lock:
            room = self._require_room()
            progress = room.progress()
            step_id = room.open_ballot_step()
            room.withdraw_vote()
        assert progress is not None
        self._emit_soon(VoteStateChanged(progress.vote_id, step_id, VoteState.WITHDRAWN))

    def vote_progress(self) -> VoteProgress | None:
        with self._lock:
            return self._require_room().progress() if self._room else None

    def pending_notes(self) -> tuple[QueuedNote, ...]:
        with self._lock:
            return self._room.pending_notes() if self._room else ()

    def take_note(self, note_id: str) -> QueuedNote | None:
        """Remove a note from the queue, to accept (the window stores it) or discard it;
        None when it is no longer there."""
        with self._lock:
            if self._room is None:
                return None
            try:
                return self._room.take_note(note_id)
            except KeyError:
                return None

    def device_count(self) -> int:
        with self._lock:
            return self._room.recent_devices() if self._room else 0

    def self_test(self, timeout: float = 3.0) -> bool:
        """Fetch the phone page through the chosen address, as a phone would (blocking: the
        window runs it off its thread). True proves the server answers on that address; it
        cannot prove that phones reach it (see :mod:`tillitverkstad.voting.network`)."""
        invitation = self._invitation
        if invitation is None:
            return False
        # No proxy: a system proxy would fetch the page from somewhere else, or not at all.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(invitation.address + "/", timeout=timeout) as answer:
                return bool(answer.status == 200 and answer.read(64))
        except (OSError, ValueError):
            return False

    def _require_room(self) -> Room:
        if self._room is None:
            raise RuntimeError("the voting server is not running")
        return self._room

    # -- the server's thread -------------------------------------------------------------

    def _emit_soon(self, event: VotingEvent) -> None:
        """Deliver ``event`` on the server's thread, after what is already queued there."""
        loop = self._loop
        if loop is not None:
            # The loop ended meanwhile: so did the server, and nobody is listening.
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._emit, event)

    def _emit(self, event: VotingEvent) -> None:
        try:
            self._on_event(event)
        except Exception:  # the window's slot failing must not take the server down
            log_exception(*sys.exc_info()[::2], where="voting event")

    def _run(
        self,
        host: str,
        port: int,
        language: str,
        credentials: Credentials,
        ready: threading.Event,
        outcome: list[object],
    ) -> None:
        # The loop (and its self-pipe) is made here, so none exists before start.
        loop = asyncio.new_event_loop()
        loop.set_exception_handler(_log_loop_error)
        self._loop = loop
        failed = False
        try:
            loop.run_until_complete(self._serve(host, port, language, credentials, ready, outcome))
        except Exception:
            failed = True
            log_exception(*sys.exc_info()[::2], where="voting server")
        finally:
            if not ready.is_set():
                ready.set()
            else:
                self._emit(ServerStopped(failed=failed))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    async def _serve(
        self,
        host: str,
        port: int,
        language: str,
        credentials: Credentials,
        ready: threading.Event,
        outcome: list[object],
    ) -> None:
        assert self._room is not None
        self._stopping = asyncio.Event()
        shared = Shared(self._room, self._lock, self._emit)
        app = RoomServer(shared, credentials, language, self.limits, self._clock)
        try:
            listener = await Listener.open(app, host, port, self.limits)
        except StartError as problem:
            outcome.append(problem)
            ready.set()
            return
        outcome.append(listener.port)
        ready.set()
        try:
            await self._tick(app, shared)
        finally:
            await listener.close()

    async def _tick(self, app: RoomServer, shared: Shared) -> None:
        """Until stopped: refresh the device count, forget idle rate buckets."""
        assert self._stopping is not None
        last = -1
        while not self._stopping.is_set():
            with self._lock:
                count = shared.room.recent_devices()
            if count != last:
                self._emit(DevicesChanged(count))
                last = count
            app.sweep()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), TICK_SECONDS)


def _log_loop_error(loop: asyncio.AbstractEventLoop, context: dict[str, object]) -> None:
    """The loop's own error report may name a peer; only the error's type is kept."""
    error = context.get("exception")
    if isinstance(error, BaseException):
        log_exception(type(error), error.__traceback__, where="voting loop")
