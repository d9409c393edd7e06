"""The aiohttp application the phones talk to. It runs on the server's own thread and
event loop (see :mod:`tillitverkstad.voting.facade`); the room is shared with the window's
thread under one lock, held only for the few microseconds a rule takes.

Every answer is JSON or one of the page's own files and carries the security headers;
every refusal is a :class:`Refusal` with a message in the workshop's language. Nothing
about a request is logged: aiohttp's access log is off and its own logger is silenced;
an unexpected error is logged by type and stack only (``logfile.log_exception``)."""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
import sys
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

from tillitverkstad.logfile import log_exception
from tillitverkstad.voting import protocol
from tillitverkstad.voting.events import DevicesChanged, NoteArrived, VoteCounted, VotingEvent
from tillitverkstad.voting.limits import Bucket, Buckets, Limits
from tillitverkstad.voting.page import SECURITY_HEADERS, StaticFile, page_files
from tillitverkstad.voting.refusals import Reason, Refusal
from tillitverkstad.voting.room import Room

TOKEN_HEADER = "X-Join-Token"
DEVICE_HEADER = "X-Device"

# aiohttp's own logger names the peer's address in some debug records: it is never heard.
QUIET = logging.getLogger("tillitverkstad.voting.aiohttp")
QUIET.propagate = False
QUIET.addHandler(logging.NullHandler())
QUIET.disabled = True

_HTTP_REASONS = {
    404: Reason.NOT_FOUND,
    405: Reason.NOT_FOUND,
    413: Reason.TOO_LARGE,
}

_RETRY_AFTER = {Reason.RATE_LIMITED: "2", Reason.BUSY: "2", Reason.TOO_MANY_TRIES: "60"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class Shared:
    """What the window's thread and the server's thread both touch."""

    room: Room
    lock: threading.Lock
    emit: Callable[[VotingEvent], None]


@dataclass(frozen=True)
class Credentials:
    join_token: str  # long and random, in the QR code's address
    join_code: str  # short, for typing; rate-limited


class RoomServer:
    """Routes, checks and rates; the rules themselves are the room's."""

    def __init__(
        self,
        shared: Shared,
        credentials: Credentials,
        language: str,
        limits: Limits,
        clock: Callable[[], float],
    ) -> None:
        self.shared = shared
        self.credentials = credentials
        self.language = language
        self.limits = limits
        self._files = page_files(language)
        self._total = Bucket(limits.total_burst, limits.total_rate, clock)
        self._by_address = Buckets(limits.per_address_burst, limits.per_address_rate, clock)
        self._by_device = Buckets(limits.per_device_burst, limits.per_device_rate, clock)
        self._code_tries = Buckets(
            limits.code_tries_per_address, limits.code_tries_per_address / 60, clock
        )
        self._code_failures = Bucket(limits.code_tries_total, limits.code_tries_total / 60, clock)

    def application(self) -> web.Application:
        app = web.Application(
            middlewares=[self._guard],
            client_max_size=self.limits.max_body_bytes,
            handler_args={"logger": QUIET},
        )
        for path in self._files:
            app.router.add_get(path, self._static, allow_head=False)
        app.router.add_post("/api/code", self._code)
        app.router.add_post("/api/join", self._join)
        app.router.add_get("/api/state", self._state, allow_head=False)
        app.router.add_post("/api/vote", self._vote)
        app.router.add_post("/api/note", self._note)
        app.on_response_prepare.append(_secure)
        return app

    def sweep(self) -> None:
        """Forget the rate buckets that have filled up again (called every few seconds)."""
        self._by_address.sweep()
        self._by_device.sweep()
        self._code_tries.sweep()

    # -- every request -------------------------------------------------------------------

    @web.middleware
    async def _guard(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            if not self._total.take():
                raise Refusal(Reason.BUSY)
            if not self._by_address.take(request.remote or ""):
                raise Refusal(Reason.RATE_LIMITED)
            return await handler(request)
        except Refusal as refusal:
            return self._refused(refusal)
        except web.HTTPException as http:
            reason = _HTTP_REASONS.get(http.status, Reason.MALFORMED)
            return self._refused(Refusal(reason))
        except asyncio.CancelledError:
            raise
        except Exception:
            log_exception(*sys.exc_info()[::2], where="voting")
            return self._refused(Refusal(Reason.BUSY), status=500)

    def _refused(self, refusal: Refusal, status: int | None = None) -> web.Response:
        body = {"error": refusal.reason.value, "message": refusal.message(self.language)}
        response = web.json_response(body, status=status or refusal.status)
        if refusal.reason in {Reason.RATE_LIMITED, Reason.TOO_MANY_TRIES, Reason.BUSY}:
            response.headers["Retry-After"] = (
                "60" if refusal.reason is Reason.TOO_MANY_TRIES else "2"
            )
        return response

    async def _static(self, request: web.Request) -> web.Response:
        found: StaticFile = self._files[request.path]
        return web.Response(body=found.body, content_type=found.content_type, charset=found.charset)

    def _check_token(self, request: web.Request) -> None:
        given = request.headers.get(TOKEN_HEADER, "")
        if not secrets.compare_digest(given.encode(), self.credentials.join_token.encode()):
            raise Refusal(Reason.BAD_TOKEN)

    def _device(self, request: web.Request) -> str:
        """The calling device, after the token and its rate are checked."""
        self._check_token(request)
        device = request.headers.get(DEVICE_HEADER, "")
        if not 0 < len(device) <= self.limits.max_id_chars:
            raise Refusal(Reason.UNKNOWN_DEVICE)
        if not self._by_device.take(device):
            raise Refusal(Reason.RATE_LIMITED)
        return device

    async def _body(self, request: web.Request) -> bytes:
        try:
            return await asyncio.wait_for(request.read(), self.limits.body_seconds)
        except TimeoutError as error:
            raise Refusal(Reason.SLOW) from error

    # -- the endpoints ---------------------------------------------------------------------

    async def _code(self, request: web.Request) -> web.Response:
        """A typed join code for the join token. Every try counts against the address, every
        wrong one against everyone: guessing 10^8 codes at 30 a minute takes years."""
        if not self._code_tries.take(request.remote or "") or not self._code_failures.ready():
            raise Refusal(Reason.TOO_MANY_TRIES)
        code = protocol.read_code(await self._body(request), self.limits)
        if not secrets.compare_digest(code.encode(), self.credentials.join_code.encode()):
            self._code_failures.take()
            raise Refusal(Reason.BAD_CODE)
        return web.json_response({"token": self.credentials.join_token})

    async def _join(self, request: web.Request) -> web.Response:
        self._check_token(request)
        with self.shared.lock:
            device = self.shared.room.join()
            count = self.shared.room.recent_devices()
        self.shared.emit(DevicesChanged(count))
        return web.json_response({"device": device})

    async def _state(self, request: web.Request) -> web.Response:
        device = self._device(request)
        with self.shared.lock:
            self.shared.room.touch(device)
            view = self.shared.room.view_for(device)
            view["seq"] = self.shared.room.last_sequence(device)
        return web.json_response(view, dumps=_dumps)

    async def _vote(self, request: web.Request) -> web.Response:
        device = self._device(request)
        vote = protocol.read_vote(await self._body(request), self.limits)
        with self.shared.lock:
            room = self.shared.room
            room.touch(device)
            room.check_sequence(device, vote.sequence)
            progress = room.choose(device, vote.vote_id, vote.scale, vote.value)
        self.shared.emit(VoteCounted(progress))
        return web.json_response({"ok": True})

    async def _note(self, request: web.Request) -> web.Response:
        device = self._device(request)
        note = protocol.read_note(await self._body(request), self.limits)
        with self.shared.lock:
            room = self.shared.room
            room.touch(device)
            room.check_sequence(device, note.sequence)
            queued = room.add_note(device, note.key, note.category, note.text)
            waiting = len(room.pending_notes())
        if queued is not None:
            self.shared.emit(NoteArrived(queued, waiting))
        return web.json_response({"ok": True})


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


async def _secure(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(SECURITY_HEADERS)
    response.headers["Server"] = "Tillitverkstad"  # no library version to look up flaws by
