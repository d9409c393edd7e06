"""Every file the command line reads has the same limits as a data package: an ordinary
file (a link to one is followed) of at most 16 MB, refused at once with a clear line when
it is a FIFO, a device or a folder; never a hang, never all memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys

import pytest

from tillitverkstad.cli import main

CLI = [sys.executable, "-m", "tillitverkstad"]


def _at_most_2_gib() -> None:  # so that unfixed code fails the test, not the machine
    resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))


def _overview(data, next_steps, out):
    return subprocess.run(
        [
            *CLI,
            "--data-dir",
            str(data),
            "overview",
            "--next-steps",
            str(next_steps),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TILLITVERKSTAD_LANG": "sv"},
        preexec_fn=_at_most_2_gib,
    )


@pytest.fixture
def data(capsys, tmp_path):
    folder = tmp_path / "data"
    main(["--data-dir", str(folder), "demo"])
    capsys.readouterr()
    return folder


@pytest.mark.posix
@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_next_steps_from_a_fifo_a_device_or_a_folder_is_refused_at_once(data, tmp_path, kind):
    if kind == "fifo":
        source = tmp_path / "steg"
        os.mkfifo(source)
    elif kind == "device":
        source = "/dev/zero"
    else:
        source = tmp_path
    out = tmp_path / "o.pdf"
    done = _overview(data, source, out)
    assert done.returncode == 1, done.stderr
    assert "inte en vanlig fil" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_next_steps_larger_than_a_package_may_be_is_refused(data, tmp_path):
    source = tmp_path / "steg.txt"
    with source.open("wb") as file:
        file.truncate(17 * 1024 * 1024)
    out = tmp_path / "o.pdf"
    done = _overview(data, source, out)
    assert done.returncode == 1
    assert "större än 16 MB" in done.stderr and not out.exists()


def test_next_steps_longer_than_a_note_may_be_is_refused(capsys, data, tmp_path):
    source = tmp_path / "steg.txt"
    source.write_text("Nästa steg. " * 10_000, encoding="utf-8")
    out = tmp_path / "o.pdf"
    code = main(["--data-dir", str(data), "overview", "--next-steps", str(source), "-o", str(out)])
    assert code == 1
    assert "för lång" in capsys.readouterr()[1] and not out.exists()


@pytest.mark.posix
def test_next_steps_through_a_link_to_an_ordinary_file_are_read(capsys, data, tmp_path):
    source = tmp_path / "steg.txt"
    source.write_text("\ufeffGemensam chefsdag i maj.", encoding="utf-8")
    link = tmp_path / "länk.txt"
    link.symlink_to(source)
    out = tmp_path / "o.pdf"
    code = main(["--data-dir", str(data), "overview", "--next-steps", str(link), "-o", str(out)])
    assert code == 0 and out.exists()
