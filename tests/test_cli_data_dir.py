"""The data folder the command line is given: never the current folder by accident, and
a read-only library can still be read."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tillitverkstad.cli import main


def run(capsys, *args):
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("given", [["--data-dir", ""], ["--data-dir="], ["--data-dir", "  "]])
@pytest.mark.parametrize("command", [["demo"], ["list"]])
def test_an_empty_data_dir_is_refused_and_nothing_lands_in_the_current_folder(
    capsys, tmp_path, monkeypatch, given, command
):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *given, *command)
    assert code == 1 and out == ""
    assert "--data-dir" in err and len(err.splitlines()) == 1
    assert list(tmp_path.iterdir()) == []


# -- a read-only library ---------------------------------------------------------------------
# The suite runs as root, for whom file modes do not stop a write. A read-only bind mount in
# a private mount namespace does: the command runs inside it, so the folder really refuses
# every write, also root's. As another user, taking the write bits away is enough.


def _read_only_runner(folder: Path):
    if sys.platform == "win32":
        pytest.skip("Windows has no folder modes; its read-only attribute does not stop writes")
    if os.geteuid() != 0:
        for path in [folder, *folder.rglob("*")]:
            path.chmod(path.stat().st_mode & ~0o222)
        return []
    probe = subprocess.run(
        ["unshare", "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0" && ! touch "$0/x"', folder],
        capture_output=True,
    )
    if probe.returncode != 0:
        pytest.skip("no way to make a folder read-only for root here (no mount namespace)")
    return ["unshare", "-m", "sh", "-c", 'mount --bind -o ro "$0" "$0" && exec "$@"']


def _cli(prefix, folder, *args):
    command = [sys.executable, "-m", "tillitverkstad", "--data-dir", str(folder), *args]
    return subprocess.run(
        [*prefix, str(folder), *command] if prefix else command,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TILLITVERKSTAD_LANG": "sv"},
    )


def _contents(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def read_only_library(capsys, tmp_path):
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo"]) == 0
    workshop_id = capsys.readouterr()[0].splitlines()[-1]
    assert main(["--data-dir", str(folder), "list"]) == 0  # the index as a reader leaves it
    capsys.readouterr()
    prefix = _read_only_runner(folder)
    yield prefix, folder, workshop_id
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["export-json", "{id}", "-o", "{out}/p.json"],
        ["export-pdf", "{id}", "-o", "{out}/r.pdf"],
        ["export-json", "--all", "-d", "{out}/all"],
        ["overview", "-o", "{out}/o.xlsx"],
    ],
)
def test_a_read_only_library_can_still_be_listed_and_exported(read_only_library, tmp_path, command):
    prefix, folder, workshop_id = read_only_library
    before = _contents(folder)
    out = tmp_path / "out"
    out.mkdir()
    args = [a.format(id=workshop_id, out=out) for a in command]
    done = _cli(prefix, folder, *args)
    assert done.returncode == 0, done.stderr
    assert "skriva i datamappen" not in done.stderr and "Traceback" not in done.stderr
    if command == ["list"]:
        assert done.stdout.startswith(workshop_id)
    else:
        assert any(out.rglob("*.*"))
    assert _contents(folder) == before


def test_a_change_to_a_read_only_library_says_the_folder_cannot_be_written(read_only_library):
    prefix, folder, workshop_id = read_only_library
    before = _contents(folder)
    done = _cli(prefix, folder, "finish", workshop_id)
    assert done.returncode == 1
    assert "går inte att skriva i datamappen" in done.stderr and "Traceback" not in done.stderr
    assert _contents(folder) == before


def test_an_overview_of_another_folder_creates_no_data_folder(capsys, tmp_path):
    packages = tmp_path / "packages"
    packages.mkdir()
    data = tmp_path / "never-made"
    assert main(["--data-dir", str(tmp_path / "lib"), "demo"]) == 0
    workshop_id = capsys.readouterr()[0].splitlines()[-1]
    main(
        [
            "--data-dir",
            str(tmp_path / "lib"),
            "export-json",
            workshop_id,
            "-o",
            str(packages / "p.json"),
        ]
    )
    capsys.readouterr()
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data),
        "overview",
        "--packages",
        str(packages),
        "-o",
        str(tmp_path / "o.pdf"),
    )
    assert code == 0, err
    assert not data.exists()


@pytest.mark.parametrize("command", [["list"], ["export-json", "--all", "-d", "{out}"]])
def test_reading_a_library_that_does_not_exist_creates_nothing(capsys, tmp_path, command):
    data = tmp_path / "none"
    args = [a.format(out=tmp_path / "out") for a in command]
    code, _, _ = run(capsys, "--data-dir", str(data), *args)
    assert code == 0
    assert not data.exists()
