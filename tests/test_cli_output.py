"""Every line the command line prints survives the output's encoding: a character the
terminal or file cannot hold is replaced, never a crash after the work is done, and an id
is always printed (a script that retries would otherwise make duplicates)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tillitverkstad.cli import main

GROUP = "Ledningsgrupp Łódź 🦄"


def _cli(data, encoding, *args):
    return subprocess.run(
        [sys.executable, "-m", "tillitverkstad", "--data-dir", str(data), *args],
        capture_output=True,
        timeout=120,
        env={**os.environ, "TILLITVERKSTAD_LANG": "sv", "PYTHONIOENCODING": encoding},
    )


@pytest.fixture
def data(capsys, tmp_path):
    folder = tmp_path / "data"
    main(["--data-dir", str(folder), "demo"])
    workshop_id = capsys.readouterr()[0].splitlines()[-1]
    main(["--data-dir", str(folder), "edit", workshop_id, "--group", GROUP])
    capsys.readouterr()
    return folder, workshop_id


def _workshops(capsys, folder):
    main(["--data-dir", str(folder), "list"])
    return capsys.readouterr()[0].splitlines()


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
def test_a_follow_up_prints_its_id_whatever_the_output_encoding(capsys, data, encoding):
    folder, workshop_id = data
    done = _cli(folder, encoding, "follow-up", workshop_id, "--date", "2027-05-01")
    assert done.returncode == 0, done.stderr.decode(encoding, "replace")
    lines = done.stdout.decode(encoding).splitlines()
    assert lines[0].startswith("Skapade uppf") and "Ledningsgrupp ?" in lines[0]
    follow_up = lines[-1]
    assert len(_workshops(capsys, folder)) == 2
    assert any(line.startswith(follow_up) for line in _workshops(capsys, folder))


@pytest.mark.parametrize(
    "command", [["list"], ["finish", "{id}"], ["edit", "{id}", "--participants", "12"]]
)
def test_every_command_that_names_the_group_survives_a_narrow_encoding(data, command):
    folder, workshop_id = data
    done = _cli(folder, "cp1252", *[a.format(id=workshop_id) for a in command])
    assert done.returncode == 0, done.stderr.decode("cp1252", "replace")
    assert "Ledningsgrupp ?ód? ?" in done.stdout.decode("cp1252")


def test_an_error_that_quotes_the_group_survives_a_narrow_encoding(data):
    folder, workshop_id = data
    done = _cli(folder, "ascii", "delete", workshop_id)
    assert done.returncode == 1
    assert b"Ledningsgrupp ??d? ?" in done.stderr and b"Traceback" not in done.stderr
