"""Windows refuses to replace a file another program holds open (a virus scanner, a
backup, OneDrive, a PDF reader): the save waits that out, and then says so by name."""

from __future__ import annotations

import os
import sys

import pytest

from tillitverkstad.storage.errors import DataFolderError, FileInUseError
from tillitverkstad.storage.files import write_export
from tillitverkstad.storage.library import Library

real_replace = os.replace


def sharing_violation() -> PermissionError:
    """What ``os.replace`` raises on Windows while another process holds the target."""
    exc = PermissionError(13, "The process cannot access the file")
    exc.winerror = 32  # type: ignore[attr-defined]  # ERROR_SHARING_VIOLATION
    return exc


class Scanner:
    """Holds the target for the first ``times`` attempts, then lets go."""

    def __init__(self, times: int) -> None:
        self.times = times
        self.attempts = 0

    def __call__(self, source, target) -> None:
        self.attempts += 1
        if self.attempts <= self.times:
            raise sharing_violation()
        real_replace(source, target)


@pytest.fixture
def on_windows(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")


def test_a_save_waits_out_a_virus_scanner_holding_the_workshop_file(
    library: Library, demo, monkeypatch, on_windows
):
    library.add(demo)
    scanner = Scanner(times=3)
    monkeypatch.setattr(os, "replace", scanner)
    with library.open(demo.id) as opened:
        opened.workshop.record("tillit").free_notes = "Kept through the scan"
        opened.save()
    assert scanner.attempts == 4
    assert library.read(demo.id).record("tillit").free_notes == "Kept through the scan"


def test_a_file_held_for_good_is_named_in_the_message_and_keeps_its_old_content(
    library: Library, demo, monkeypatch, on_windows
):
    from tillitverkstad.system import replace

    library.add(demo)
    monkeypatch.setattr(replace, "RETRY_FOR_S", 0.05)
    monkeypatch.setattr(os, "replace", Scanner(times=10**6))
    with library.open(demo.id) as opened:
        opened.workshop.record("tillit").free_notes = "Not yet on disk"
        with pytest.raises(FileInUseError) as raised:
            opened.save()
    message = raised.value.message("sv")
    assert library.path_of(demo.id).name in message
    assert "annat program" in message
    assert library.read(demo.id).record("tillit").free_notes != "Not yet on disk"
    assert not [p for p in library.workshops_dir.iterdir() if p.name.endswith(".tmp")]


def test_an_export_over_a_pdf_open_in_a_reader_says_to_close_it_there(
    tmp_path, monkeypatch, on_windows
):
    from tillitverkstad.system import replace

    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    monkeypatch.setattr(replace, "RETRY_FOR_S", 0.05)
    monkeypatch.setattr(os, "replace", Scanner(times=10**6))
    with pytest.raises(FileInUseError) as raised:
        write_export(target, b"new", overwrite=True)
    assert "rapport.pdf" in raised.value.message("en")
    assert "Close it there" in raised.value.message("en")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf"]


def test_on_posix_a_refused_replace_is_no_sharing_violation_and_fails_at_once(
    library: Library, demo, monkeypatch
):
    """A read-only folder on Linux is not waited for: it is a folder that refuses."""
    library.add(demo)
    monkeypatch.setattr(sys, "platform", "linux")
    scanner = Scanner(times=10**6)
    monkeypatch.setattr(os, "replace", scanner)
    with library.open(demo.id) as opened, pytest.raises(DataFolderError):
        opened.save()
    assert scanner.attempts == 1
