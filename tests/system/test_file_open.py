"""A file opened with the app reaches the running app as an event on macOS only; the app
listens for that event there and nowhere else."""

from __future__ import annotations

import sys

import pytest

from tillitverkstad.system.file_open import sends_file_open_events


def test_finder_hands_macos_apps_their_files_as_events(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert sends_file_open_events()


@pytest.mark.parametrize("platform", ["linux", "win32"])
def test_windows_and_linux_hand_the_file_on_the_command_line(monkeypatch, platform):
    monkeypatch.setattr(sys, "platform", platform)
    assert not sends_file_open_events()
