"""Malformed input of every shape against every endpoint: each gets a JSON refusal (never
a server error), and the room keeps working. Bounded: a few hundred requests."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.voting.phone import BALLOT, Heard, Phone, request
from tillitverkstad.voting.facade import VotingServer
from tillitverkstad.voting.limits import Limits

PATHS = ["/api/code", "/api/join", "/api/state", "/api/vote", "/api/note", "/", "/x", "/api/"]
REFUSALS = {400, 401, 403, 404, 408, 409, 413, 422, 429}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
fields = st.sampled_from(["vote", "scale", "value", "seq", "key", "category", "text", "code"])
bodies = st.one_of(
    st.binary(max_size=300),
    json_values.map(lambda v: json.dumps(v).encode()),
    st.dictionaries(fields, json_values, max_size=5).map(lambda v: json.dumps(v).encode()),
)


@pytest.fixture(scope="module")
def fuzzed() -> Iterator[tuple[VotingServer, Phone]]:
    # Rates wide open, so the input reaches the parsers rather than the rate limits.
    server = VotingServer(
        Heard(),
        limits=Limits(
            per_device_burst=10_000,
            per_address_burst=10_000,
            total_burst=10_000,
            code_tries_per_address=10_000,
            code_tries_total=10_000,
        ),
    )
    server.start("127.0.0.1", "sv")
    phone = Phone(server.invitation).join()
    server.open_vote(BALLOT, max_voters=8)
    yield server, phone
    server.stop()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(PATHS), method=st.sampled_from(["GET", "POST", "PUT"]), body=bodies)
def test_malformed_requests_are_refused_cleanly(fuzzed, path, method, body):
    server, phone = fuzzed
    answer = request(
        server.invitation, method, path, body if method != "GET" else None, phone.headers()
    )
    if answer.status != 200:
        assert answer.status in REFUSALS, answer
        assert answer.error and answer.body["message"], answer


@settings(max_examples=60, deadline=None)
@given(
    token=st.text(max_size=80).filter(lambda t: t.isprintable() and t.isascii()),
    device=st.text(max_size=80).filter(lambda t: t.isprintable() and t.isascii()),
)
def test_made_up_tokens_and_devices_are_refused(fuzzed, token, device):
    server, _ = fuzzed
    answer = request(
        server.invitation, "GET", "/api/state", headers={"X-Join-Token": token, "X-Device": device}
    )
    assert answer.status in (401, 403)


def test_the_room_still_works_after_the_fuzzing(fuzzed):
    server, phone = fuzzed
    vote = server.vote_progress().vote_id
    assert phone.vote(vote, "current", 3).status == 200
