"""A running room on loopback for each test, stopped afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.voting.phone import Heard
from tillitverkstad.voting.facade import VotingServer
from tillitverkstad.voting.limits import Limits


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
def limits() -> Limits:
    return Limits()


@pytest.fixture
def server(heard: Heard, limits: Limits) -> Iterator[VotingServer]:
    room = VotingServer(heard, limits=limits)
    room.start("127.0.0.1", "sv")
    yield room
    room.stop()
