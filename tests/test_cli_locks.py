"""Who holds a workshop, in the words of the one who is kept out: the group by its name,
and whether a window has it open (close it there) or a command is changing it (it will be
done in a moment, and another command waits for it)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tillitverkstad.cli import main
from tillitverkstad.storage import library as library_module
from tillitverkstad.storage.library import Library

GROUP = "Ledningsgrupp IFO"
CLI = [sys.executable, "-m", "tillitverkstad"]


def run(capsys, *args):
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(capsys, tmp_path):
    folder = tmp_path / "data"
    main(["--data-dir", str(folder), "demo"])
    return folder, capsys.readouterr()[0].splitlines()[-1]


def test_parallel_edits_from_the_command_line_wait_for_each_other(data):
    folder, workshop_id = data
    env = {**os.environ, "TILLITVERKSTAD_LANG": "sv"}
    children = [
        subprocess.Popen(
            [*CLI, "--data-dir", str(folder), "edit", workshop_id, "--facilitator", f"Ledare {n}"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(6)
    ]
    said = [child.communicate(timeout=120) for child in children]
    errors = [err for _, err in said if err]
    assert "fönster" not in "".join(errors)
    assert [child.returncode for child in children] == [0] * 6, errors


def test_a_command_that_outlasts_the_wait_is_named_as_a_command(capsys, data, monkeypatch):
    folder, workshop_id = data
    monkeypatch.setattr(library_module, "BUSY_WAIT_S", 0.05)
    with Library(folder, by_command=True).open(workshop_id):
        code, _, err = run(capsys, "--data-dir", str(folder), "edit", workshop_id, "--group", "X")
    assert code == 1
    assert f"”{GROUP}”" in err and "kommando" in err and "fönster" not in err


@pytest.mark.parametrize("command", [["delete", "{id}", "--yes"], ["finish", "{id}"]])
def test_a_workshop_open_in_a_window_is_named_by_its_group(capsys, data, command):
    folder, workshop_id = data
    with Library(folder).open(workshop_id):
        code, _, err = run(
            capsys, "--data-dir", str(folder), *[a.format(id=workshop_id) for a in command]
        )
    assert code == 1
    assert f"”{GROUP}” är öppen i ett annat Tillitverkstad-fönster" in err
    assert workshop_id not in err
