"""Logout reaches the app by SIGTERM on Linux and macOS, and by the session manager on
Windows, where no signal handler is installed (SIGTERM is never sent there)."""

from __future__ import annotations

import os
import sys

import pytest

from tillitverkstad.system.signals import termination_signals, wakeup_pair


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_logout_on_linux_and_macos_arrives_as_sigterm(monkeypatch, platform):
    monkeypatch.setattr(sys, "platform", platform)
    assert "SIGTERM" in termination_signals()


def test_windows_has_no_signal_to_wait_for_at_logoff(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert termination_signals() == ()


@pytest.mark.parametrize("platform", [pytest.param("linux", marks=pytest.mark.posix), "win32"])
def test_the_wakeup_pair_wakes_the_reader_and_empties(monkeypatch, platform):
    """A pipe on POSIX; a socket pair on Windows, where set_wakeup_fd takes only sockets."""
    monkeypatch.setattr(sys, "platform", platform)
    reader, writer, drain = wakeup_pair()
    try:
        os.write(writer.fileno(), b"\x0f") if platform == "linux" else writer.send(b"\x0f")
        assert drain() == b"\x0f"
    finally:
        reader.close()
        writer.close()
