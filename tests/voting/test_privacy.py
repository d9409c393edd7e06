"""Nothing that could identify a phone reaches a log: not its address, its user agent, its
device token, nor what it voted or wrote, even when requests fail in every way."""

from __future__ import annotations

import logging

from tests.voting.phone import BALLOT, Phone, request
from tillitverkstad.voting.events import NoteArrived, VoteCounted


class Everything(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        self.lines.append(f"{record.name} {text}")


def test_no_log_record_names_a_phone_or_what_it_sent(server, heard, monkeypatch):
    everything = Everything()
    root = logging.getLogger()
    root.addHandler(everything)
    monkeypatch.setattr(root, "level", logging.DEBUG)
    logging.getLogger("aiohttp").setLevel(logging.DEBUG)
    try:
        phone = Phone(server.invitation, source="127.0.0.77").join()
        vote = server.open_vote(BALLOT, max_voters=8)
        secret = "Hemlig anteckning 4711"
        phone.vote(vote, "current", 4)
        phone.note(secret)
        phone.post("/api/vote", b"\xff garbage")
        phone.vote(vote, "current", 4, seq=1)  # a replay
        request(
            server.invitation,
            "GET",
            "/api/state",
            headers={"User-Agent": "Telefon-X 9000", "X-Join-Token": "wrong"},
            source="127.0.0.77",
        )
        request(server.invitation, "GET", "/nowhere", headers={"User-Agent": "Telefon-X 9000"})
        server.close_vote()
        heard.wait_for(NoteArrived)
        heard.wait_for(VoteCounted)
    finally:
        server.stop()
        root.removeHandler(everything)
    logged = "\n".join(everything.lines)
    for identifying in ("127.0.0.77", "Telefon-X", phone.device, secret, "4711"):
        assert identifying not in logged, identifying


def test_no_event_for_the_window_carries_a_device(server, heard):
    phone = Phone(server.invitation).join()
    vote = server.open_vote(BALLOT, max_voters=8)
    phone.vote(vote, "desired", 3)
    phone.note("Mer tid till reflektion")
    server.close_vote()
    heard.wait_for(NoteArrived)
    assert phone.device not in repr(heard.events)
