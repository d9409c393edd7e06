"""Logout reaches the app by SIGTERM on Linux and macOS, and by the session manager on
Windows, where no signal handler is installed (SIGTERM is never sent there)."""

from __future__ import annotations

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


def test_the_wakeup_pair_carries_a_byte_and_empties(monkeypatch):
    reader, writer, drain = wakeup_pair()
    try:
        writer.write(b"\x0f") if hasattr(writer, "write") else writer.send(b"\x0f")
        assert drain() == b"\x0f"
    finally:
        reader.close()
        writer.close()
