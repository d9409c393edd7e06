"""A phone as the protocol tests see it: plain HTTP requests to the room's server on
loopback, with the headers the page sends."""

from __future__ import annotations

import http.client
import itertools
import json
import os
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from tillitverkstad.core.model import Scale
from tillitverkstad.voting.ballot import Ballot, ScaleQuestion
from tillitverkstad.voting.events import VotingEvent
from tillitverkstad.voting.facade import Invitation


@dataclass
class Answer:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]

    @property
    def error(self) -> str | None:
        return self.body.get("error")


def request(
    invitation: Invitation,
    method: str,
    path: str,
    body: bytes | None = None,
    headers: dict[str, str] | None = None,
    source: str = "127.0.0.1",
) -> Answer:
    """One request from ``source`` (any 127.x.y.z: each stands for another phone)."""
    parts = urlsplit(invitation.address)
    connection = http.client.HTTPConnection(
        parts.hostname, parts.port, timeout=10, source_address=(source, 0)
    )
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        raw = response.read()
        try:
            parsed = json.loads(raw) if raw else {}
        except ValueError:
            parsed = {"raw": raw.decode("utf-8", "replace")}
        return Answer(response.status, parsed, {k.lower(): v for k, v in response.getheaders()})
    finally:
        connection.close()


def open_sockets() -> set[str]:
    """The socket file descriptors this process holds (each a 'socket:[inode]'; Linux)."""
    found = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.add(target)
    return found


def token_of(invitation: Invitation) -> str:
    return invitation.url.split("#t=", 1)[1]


@dataclass
class Phone:
    invitation: Invitation
    token: str = ""
    device: str = ""
    source: str = "127.0.0.1"
    sequence: itertools.count = field(default_factory=lambda: itertools.count(1))

    def __post_init__(self) -> None:
        self.token = self.token or token_of(self.invitation)

    def headers(self) -> dict[str, str]:
        found = {"Content-Type": "application/json", "X-Join-Token": self.token}
        if self.device:
            found["X-Device"] = self.device
        return found

    def join(self) -> Phone:
        answer = self.post("/api/join", {})
        assert answer.status == 200, answer
        self.device = answer.body["device"]
        return self

    def post(self, path: str, body: object) -> Answer:
        raw = body if isinstance(body, bytes) else json.dumps(body).encode()
        return request(self.invitation, "POST", path, raw, self.headers(), self.source)

    def state(self) -> Answer:
        return request(self.invitation, "GET", "/api/state", None, self.headers(), self.source)

    def vote(self, vote_id: str, scale: str, value: object, seq: int | None = None) -> Answer:
        seq = next(self.sequence) if seq is None else seq
        return self.post("/api/vote", {"vote": vote_id, "scale": scale, "value": value, "seq": seq})

    def note(self, text: object, category: str = "ideer", key: str = "n1") -> Answer:
        return self.post(
            "/api/note",
            {"key": key, "category": category, "text": text, "seq": next(self.sequence)},
        )


class Heard:
    """The events the window would get, and a way to wait for one."""

    def __init__(self) -> None:
        self.events: list[VotingEvent] = []
        self._changed = threading.Condition()

    def __call__(self, event: VotingEvent) -> None:
        with self._changed:
            self.events.append(event)
            self._changed.notify_all()

    def wait_for(self, kind: type, timeout: float = 5.0) -> VotingEvent:
        with self._changed:
            found = self._changed.wait_for(
                lambda: any(isinstance(e, kind) for e in self.events), timeout
            )
            assert found, f"no {kind.__name__} among {self.events}"
            return next(e for e in self.events if isinstance(e, kind))

    def of(self, kind: type) -> list[VotingEvent]:
        with self._changed:
            return [e for e in self.events if isinstance(e, kind)]


BALLOT = Ballot(
    step_id="tillit",
    title="Tillit",
    statement="Vi utgår från förtroende.",
    scales=(
        ScaleQuestion(Scale.CURRENT, "Nuläge", "Hur väl stämmer det här för oss i dag?"),
        ScaleQuestion(Scale.DESIRED, "Önskat läge", "Hur vill vi att det ska vara?"),
    ),
    anchors=((1, "Stämmer inte – sker sällan"), (3, "Stämmer delvis"), (5, "Stämmer helt")),
)
