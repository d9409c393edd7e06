"""Nothing listens or waits on the network before start or after stop: importing the
package opens nothing, and stop closes every socket, the loop's self-pipe too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.voting.phone import Heard, Phone, open_sockets
from tillitverkstad.voting.facade import VotingServer

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc")


def test_importing_the_voting_package_opens_no_socket():
    """In a fresh interpreter an audit hook sees every socket made while the whole package
    is imported: none (creating an event loop would open a socketpair, so none is made)."""
    code = """
import sys
made = []
sys.addaudithook(lambda event, args: made.append(event) if event == "socket.__new__" else None)
import tillitverkstad.voting.facade, tillitverkstad.voting.network, tillitverkstad.voting.qr
import tillitverkstad.voting.server, tillitverkstad.voting.listener, tillitverkstad.voting.texts
server = tillitverkstad.voting.facade.VotingServer(lambda event: None)
print(len(made))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"


def test_the_app_and_the_cli_start_without_loading_the_voting_server():
    code = """
import sys
import tillitverkstad.app, tillitverkstad.cli
print(sorted(m for m in sys.modules if m.startswith(("tillitverkstad.voting", "aiohttp"))))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_socket_is_closed_after_stop():
    before = open_sockets()
    server = VotingServer(Heard())
    server.start("127.0.0.1", "sv")
    phone = Phone(server.invitation).join()
    phone.state()
    assert open_sockets() - before, "the server listens while it runs"
    server.stop()
    assert open_sockets() - before == set()
    assert not server.running


def test_start_stop_many_times_leaks_nothing():
    before = open_sockets()
    server = VotingServer(Heard())
    for _ in range(5):
        server.start("127.0.0.1", "sv")
        Phone(server.invitation).join()
        server.stop()
    assert open_sockets() - before == set()


def test_a_failed_start_leaves_nothing_open():
    before = open_sockets()
    server = VotingServer(Heard())
    with pytest.raises(Exception):  # noqa: B017 - the type is tested in test_protocol
        server.start("192.0.2.1", "sv")
    assert open_sockets() - before == set()
