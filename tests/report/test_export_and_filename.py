"""Writing the report to disk, and the file name it is suggested under."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import re

import pytest

from tillitverkstad.operations.reports import export_report
from tillitverkstad.report import suggested_file_name
from tillitverkstad.storage.files import ExportError

SAFE = re.compile(r"^\d{4}-\d{2}-\d{2}_[A-Za-z0-9]+(-[A-Za-z0-9]+)*_tillitverkstad\.pdf$")


def _named(ws, group):
    return dataclasses.replace(ws, group=group)


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("Ledningsgrupp IVO", "2026-11-23_Ledningsgrupp-IVO_tillitverkstad.pdf"),
        ("Öst & Väst: ÅÄÖ", "2026-11-23_Ost-Vast-AAO_tillitverkstad.pdf"),
        ("../../etc/passwd", "2026-11-23_etc-passwd_tillitverkstad.pdf"),
        ('a\\b/c:d*e?f"g<h>i|j', "2026-11-23_a-b-c-d-e-f-g-h-i-j_tillitverkstad.pdf"),
        ("CON", "2026-11-23_CON-grupp_tillitverkstad.pdf"),
        ("lpt1", "2026-11-23_lpt1-grupp_tillitverkstad.pdf"),
        ("🦄🦄", "2026-11-23_workshop_tillitverkstad.pdf"),
        ("...", "2026-11-23_workshop_tillitverkstad.pdf"),
        ("  Grupp  . ", "2026-11-23_Grupp_tillitverkstad.pdf"),
    ],
)
def test_suggested_file_name_is_predictable_and_safe_everywhere(demo, group, expected):
    assert suggested_file_name(_named(demo, group)) == expected


@pytest.mark.parametrize("group", ["x" * 300, "Å " * 200, "a-" * 150 + "b", "名前 グループ"])
def test_suggested_file_name_is_at_most_100_characters(demo, group):
    name = suggested_file_name(_named(demo, group))
    assert len(name) <= 100
    assert SAFE.match(name), name


def test_export_writes_the_pdf(demo, tmp_path):
    path = export_report(demo, tmp_path / suggested_file_name(demo))
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_existing_file_is_kept_unless_overwrite(demo, tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"keep")
    with pytest.raises(ExportError) as caught:
        export_report(demo, target)
    assert "finns redan" in caught.value.message("sv")
    assert target.read_bytes() == b"keep"
    export_report(demo, target, overwrite=True)
    assert target.read_bytes().startswith(b"%PDF-")


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_gives_a_clear_message_and_no_file(demo, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as caught:
            export_report(demo, folder / "r.pdf")
        assert "skrivskydd" in caught.value.message("sv") or "behörighet" in caught.value.message(
            "sv"
        )
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_unwritable_folder_gives_a_clear_message_even_for_root(demo, tmp_path, monkeypatch):
    from tillitverkstad.storage import atomic

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
    with pytest.raises(ExportError) as caught:
        export_report(demo, tmp_path / "r.pdf")
    monkeypatch.undo()
    assert "behörighet saknas" in caught.value.message("sv")
    assert list(tmp_path.iterdir()) == []


def test_full_disk_gives_a_clear_message_and_leaves_nothing(demo, tmp_path, monkeypatch):
    from tillitverkstad.storage import atomic

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(ExportError) as caught:
        export_report(demo, tmp_path / "r.pdf")
    monkeypatch.undo()
    assert "full" in caught.value.message("sv")
    assert list(tmp_path.iterdir()) == []


def test_dates_in_the_name_come_from_the_workshop(demo):
    later = dataclasses.replace(demo, date=dt.date(2030, 1, 2))
    assert suggested_file_name(later).startswith("2030-01-02_")


@pytest.mark.posix
def test_an_export_gets_the_users_usual_permissions_not_the_data_folders(tmp_path):
    """HR colleagues reading a shared folder must be able to open the report; the workshop
    files themselves stay user-only."""
    import os
    import stat

    from tillitverkstad.storage.files import write_export

    old = os.umask(0o002)
    try:
        path = write_export(tmp_path / "rapport.pdf", b"%PDF-1.7\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664
