"""After an export, "open the folder" shows the new file selected where the system can."""

from __future__ import annotations

import sys
from pathlib import Path

from tillitverkstad.system.file_manager import reveal_command

REPORT = Path("/Users/anna/Rapporter/2026-11-23_Ledningsgrupp-IFO_tillitverkstad.pdf")


def test_windows_explorer_opens_with_the_report_selected(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    assert reveal_command(REPORT) == ["explorer.exe", "/select,", str(REPORT)]


def test_macos_finder_reveals_the_report(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    assert reveal_command(REPORT) == ["open", "-R", str(REPORT)]


def test_linux_opens_the_folder_through_the_desktop(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert reveal_command(REPORT) is None
