"""Every refusal the room's server gives a phone, over real HTTP on loopback: each is a JSON
error with a message in the workshop's language, and changes nothing."""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlsplit

import pytest

from tests.voting.phone import BALLOT, Phone, request
from tillitverkstad.voting.events import NoteArrived, VoteCounted
from tillitverkstad.voting.facade import VotingServer
from tillitverkstad.voting.listener import StartError
from tillitverkstad.voting.page import SECURITY_HEADERS


def test_a_phone_joins_by_the_qr_address_and_votes(server, heard):
    phone = Phone(server.invitation).join()
    vote = server.open_vote(BALLOT, max_voters=8)
    assert phone.state().body["state"] == "voting"
    assert phone.vote(vote, "current", 4).status == 200
    assert phone.vote(vote, "current", 2).status == 200  # changed its mind
    assert server.close_vote().current == (0, 1, 0, 0, 0)
    assert heard.of(VoteCounted)[-1].progress.current == 1


def test_a_request_without_the_token_is_refused(server):
    phone = Phone(server.invitation, token="")
    phone.token = ""
    answer = request(server.invitation, "POST", "/api/join", b"{}", {"X-Join-Token": ""})
    assert (answer.status, answer.error) == (403, "bad_token")
    answer = request(server.invitation, "GET", "/api/state")
    assert answer.error == "bad_token"
    assert server.device_count() == 0


def test_a_wrong_token_is_refused_and_the_message_is_swedish(server):
    phone = Phone(server.invitation, token="x" * 32)
    answer = phone.post("/api/join", {})
    assert (answer.status, answer.error) == (403, "bad_token")
    assert "QR-koden" in answer.body["message"]


def test_the_typed_code_gives_the_token(server):
    answer = request(
        server.invitation,
        "POST",
        "/api/code",
        json.dumps({"code": server.invitation.code_shown}).encode(),
    )
    assert answer.status == 200
    assert answer.body["token"] == Phone(server.invitation).token


def _try_code(server, code: str, source: str = "127.0.0.1"):
    body = json.dumps({"code": code}).encode()
    return request(server.invitation, "POST", "/api/code", body, source=source)


@pytest.fixture
def still(heard):
    """A room whose clock stands still, so no rate bucket refills while a test runs on a
    slow machine."""
    server = VotingServer(heard, clock=lambda: 1000.0)
    server.start("127.0.0.1", "sv")
    yield server
    server.stop()


def test_guessing_the_code_from_one_phone_is_stopped_after_five_tries(still):
    server = still
    wrong = "0" * 8 if server.invitation.code != "0" * 8 else "1" * 8
    answers = [_try_code(server, wrong).error for _ in range(5)]
    assert answers == ["bad_code"] * 5
    # Even the right code is refused now: the sixth try from this address in a minute.
    answer = _try_code(server, server.invitation.code)
    assert (answer.status, answer.error) == (429, "too_many_tries")
    assert answer.headers["retry-after"] == "60"
    assert _try_code(server, server.invitation.code, source="127.0.0.2").status == 200


def test_guessing_the_code_from_many_addresses_is_stopped_too(still, limits):
    server = still
    wrong = "0" * 8 if server.invitation.code != "0" * 8 else "1" * 8
    for n in range(limits.code_tries_total):
        assert _try_code(server, wrong, source=f"127.0.1.{n + 1}").error == "bad_code"
    assert _try_code(server, wrong, source="127.0.2.1").error == "too_many_tries"


def test_an_oversized_body_is_refused(server):
    phone = Phone(server.invitation).join()
    answer = phone.post("/api/note", b'{"text": "' + b"a" * 10_000 + b'"}')
    assert (answer.status, answer.error) == (413, "too_large")
    assert server.pending_notes() == ()


def test_an_oversized_note_is_refused_with_the_limit(server, limits):
    phone = Phone(server.invitation).join()
    answer = phone.note("a" * (limits.max_note_chars + 1))
    assert (answer.status, answer.error) == (422, "too_long")
    assert str(limits.max_note_chars) in answer.body["message"]
    assert server.pending_notes() == ()


def test_the_longest_note_in_the_widest_characters_fits(server, limits):
    phone = Phone(server.invitation).join()
    longest = "😀" * limits.max_note_chars
    body = json.dumps(
        {"key": "k", "category": "ideer", "text": longest, "seq": 1}, ensure_ascii=False
    )
    assert phone.post("/api/note", body.encode()).status == 200


def test_an_oversized_id_is_refused(server):
    phone = Phone(server.invitation).join()
    server.open_vote(BALLOT, max_voters=8)
    assert phone.vote("v" * 65, "current", 3).error == "malformed"


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"[1, 2]",
        b'{"vote": "x"}',
        b"\xff\xfe",
        b'{"vote": "x", "scale": "current", "value": 3, "seq": 1, "extra": 1}',
        b'{"vote": 1, "scale": "current", "value": 3, "seq": 1}',
        b'{"vote": "x", "scale": "current", "value": "3", "seq": 1}',
        b'{"vote": "x", "scale": "current", "value": true, "seq": 1}',
        b'{"vote": "x", "scale": "current", "value": 3.0, "seq": 1}',
        b'{"vote": "x", "scale": "now", "value": 3, "seq": 1}',
        b'{"vote": "x", "scale": "current", "value": 3, "seq": -1}',
        b'{"vote": "x", "scale": "current", "value": 3, "seq": 1e400}',
        b"[" * 5000 + b"]" * 5000,
    ],
)
def test_malformed_votes_are_refused_and_change_nothing(server, body):
    phone = Phone(server.invitation).join()
    server.open_vote(BALLOT, max_voters=8)
    answer = phone.post("/api/vote", body)
    assert answer.status in (400, 413) and answer.error in ("malformed", "too_large")
    assert server.vote_progress().current == 0


def test_an_unknown_category_is_refused(server):
    phone = Phone(server.invitation).join()
    answer = phone.note("Mer tid", category="rant")
    assert (answer.status, answer.error) == (422, "bad_category")


def test_an_empty_note_is_refused(server):
    phone = Phone(server.invitation).join()
    assert Phone.note(phone, "  \n\t ").error == "empty_note"


@pytest.mark.parametrize("value", [0, 6, -3, 99])
def test_a_value_outside_one_to_five_is_refused(server, value):
    phone = Phone(server.invitation).join()
    vote = server.open_vote(BALLOT, max_voters=8)
    answer = phone.vote(vote, "current", value)
    assert (answer.status, answer.error) == (422, "bad_value")
    assert "1" in answer.body["message"] and "5" in answer.body["message"]
    assert server.vote_progress().current == 0


def test_a_vote_when_none_is_open_is_refused(server):
    phone = Phone(server.invitation).join()
    assert phone.vote("nothing-open", "current", 3).error == "no_vote"


def test_a_vote_after_closing_is_refused(server):
    phone = Phone(server.invitation).join()
    vote = server.open_vote(BALLOT, max_voters=8)
    server.close_vote()
    answer = phone.vote(vote, "current", 3)
    assert (answer.status, answer.error) == (409, "closed")
    assert phone.state().body == {"state": "closed", "vote": vote, "topic": "", "seq": 1}


def test_a_replayed_vote_is_refused_and_changes_nothing(server):
    phone = Phone(server.invitation).join()
    vote = server.open_vote(BALLOT, max_voters=8)
    assert phone.vote(vote, "current", 3, seq=7).status == 200
    answer = phone.vote(vote, "current", 5, seq=7)
    assert (answer.status, answer.error) == (409, "replayed")
    assert server.close_vote().current == (0, 0, 1, 0, 0)


def test_a_device_the_room_never_issued_is_refused(server):
    phone = Phone(server.invitation)
    phone.device = "made-up-device"
    assert phone.state().error == "unknown_device"


def test_a_phone_sending_too_fast_is_slowed_down(still, limits):
    server = still
    phone = Phone(server.invitation).join()
    answers = [phone.state() for _ in range(limits.per_device_burst + 5)]
    limited = [a for a in answers if a.status == 429]
    assert limited and all(a.error == "rate_limited" for a in limited)
    assert limited[0].headers["retry-after"] == "2"


def test_a_flood_of_connections_is_cut_and_other_phones_still_vote(server, limits):
    parts = urlsplit(server.invitation.address)
    flood = []
    try:
        for _ in range(limits.max_connections_per_address + 4):
            conn = socket.create_connection((parts.hostname, parts.port), timeout=5)
            flood.append(conn)
        # The ones past the cap are closed by the server at once.
        closed = 0
        for conn in flood[limits.max_connections_per_address :]:
            try:
                closed += conn.recv(1) == b""
            except ConnectionResetError:
                closed += 1
        assert closed == 4
        phone = Phone(server.invitation, source="127.0.0.2").join()
        vote = server.open_vote(BALLOT, max_voters=8)
        assert phone.vote(vote, "desired", 5).status == 200
    finally:
        for conn in flood:
            conn.close()


def test_a_connection_that_never_finishes_its_request_is_closed(heard):
    from tillitverkstad.voting.limits import Limits

    server = VotingServer(heard, limits=Limits(idle_seconds=0.3))
    server.start("127.0.0.1", "sv")
    try:
        parts = urlsplit(server.invitation.address)
        with socket.create_connection((parts.hostname, parts.port), timeout=5) as slow:
            slow.sendall(b"GET /api/state HTTP/1.1\r\nHost: x\r\n")  # and never the rest
            started = time.monotonic()
            assert slow.recv(1024) == b""
            assert time.monotonic() - started < 4
    finally:
        server.stop()


def test_markup_in_a_note_arrives_verbatim_and_is_never_served_as_markup(server, heard):
    phone = Phone(server.invitation).join()
    text = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"'
    answer = phone.note(text)
    assert answer.status == 200
    assert answer.headers["content-type"].startswith("application/json")
    note = heard.wait_for(NoteArrived).note  # type: ignore[attr-defined]
    assert note.text == text
    assert server.pending_notes()[0].text == text
    page = request(server.invitation, "GET", "/")
    assert "<script>alert" not in page.body.get("raw", "")


def test_every_answer_carries_the_security_headers(server):
    phone = Phone(server.invitation).join()
    answers = [
        request(server.invitation, "GET", "/"),
        request(server.invitation, "GET", "/app.js"),
        request(server.invitation, "GET", "/nowhere"),
        request(server.invitation, "DELETE", "/api/state"),
        phone.state(),
        phone.post("/api/vote", b"junk"),
    ]
    for answer in answers:
        for name, value in SECURITY_HEADERS.items():
            assert answer.headers[name.lower()] == value, (answer, name)
        assert "aiohttp" not in answer.headers.get("server", "")
    csp = SECURITY_HEADERS["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp


def test_the_page_is_in_the_workshops_language(heard):
    server = VotingServer(heard)
    server.start("127.0.0.1", "en")
    try:
        page = request(server.invitation, "GET", "/").body["raw"]
        assert '<html lang="en">' in page
        texts = request(server.invitation, "GET", "/texts.json").body
        assert texts["waiting_heading"] == "No vote is open right now"
    finally:
        server.stop()


@pytest.mark.parametrize("address", ["0.0.0.0", "::", "example.org", "224.0.0.1"])
def test_the_server_never_listens_on_every_interface_or_a_name(heard, address):
    server = VotingServer(heard)
    with pytest.raises(StartError):
        server.start(address, "sv")
    assert not server.running


def test_an_address_that_is_not_this_computers_is_a_clear_error(heard):
    server = VotingServer(heard)
    with pytest.raises(StartError) as caught:
        server.start("192.0.2.123", "sv")  # TEST-NET-1: never this machine's, nothing sent
    assert "192.0.2.123" in caught.value.message("sv")
    assert not server.running


def test_a_preferred_port_is_used_when_free_and_another_when_taken(heard):
    first = VotingServer(heard)
    port = urlsplit(first.start("127.0.0.1", "sv").address).port
    second = VotingServer(heard)
    try:
        taken = second.start("127.0.0.1", "sv", port=port)
        assert urlsplit(taken.address).port != port
    finally:
        second.stop()
        first.stop()
    third = VotingServer(heard)
    try:
        assert urlsplit(third.start("127.0.0.1", "sv", port=port).address).port == port
    finally:
        third.stop()


def test_stopping_returns_within_a_second_even_with_phones_connected(server):
    parts = urlsplit(server.invitation.address)
    idle = [socket.create_connection((parts.hostname, parts.port), timeout=5) for _ in range(5)]
    try:
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < 1.0
        assert not server.running
        for conn in idle:
            assert conn.recv(1) == b""
    finally:
        for conn in idle:
            conn.close()


def test_the_self_test_fetches_the_page_through_the_chosen_address(server):
    assert server.self_test()
