"""The command line against hostile files, pipes and other processes: one clear line, never
a traceback, nothing replaced that is not ours."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from tillitverkstad.cli import main
from tillitverkstad.operations import packages
from tillitverkstad.storage.library import Library


def run(capsys, *args):
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "data")


def _demo(capsys, data):
    return run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]


def _cli(*args, **options):
    return subprocess.run(
        [sys.executable, "-m", "tillitverkstad", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TILLITVERKSTAD_LANG": "sv"},
        **options,
    )


# -- 2: --force replaces only an ordinary file ------------------------------------------------


@pytest.mark.posix
@pytest.mark.parametrize("kind", ["symlink", "fifo", "device"])
@pytest.mark.parametrize("command", ["export-json", "export-pdf"])
def test_force_never_replaces_a_link_a_fifo_or_a_device(capsys, data, tmp_path, kind, command):
    workshop_id = _demo(capsys, data)
    target = tmp_path / "target"
    if kind == "symlink":
        victim = tmp_path / "victim.txt"
        victim.write_text("keep")
        target.symlink_to(victim)
    elif kind == "fifo":
        os.mkfifo(target)
    else:  # a node of its own: never a real system device, which unfixed code would replace
        try:
            os.mknod(target, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        except (PermissionError, AttributeError):
            pytest.skip("making a device node needs root")
    before = os.lstat(target)
    code, _, err = run(
        capsys, "--data-dir", data, command, workshop_id, "-o", str(target), "--force"
    )
    assert code == 1
    assert "specialfil" in err and "Traceback" not in err
    after = os.lstat(target)
    assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode)
    assert (after.st_ino, after.st_rdev) == (before.st_ino, before.st_rdev)
    if kind == "symlink":
        assert (tmp_path / "victim.txt").read_text() == "keep"


def test_force_still_replaces_our_own_earlier_export(capsys, data, tmp_path):
    workshop_id = _demo(capsys, data)
    target = tmp_path / "paket.json"
    target.write_text("old")
    code, _, _ = run(
        capsys, "--data-dir", data, "export-json", workshop_id, "-o", str(target), "--force"
    )
    assert code == 0 and json.loads(target.read_text())["format"] == "tillitverkstad-package"


# -- 6: bounded before reading -----------------------------------------------------------


@pytest.mark.posix
def test_importing_dev_zero_is_refused_at_once(capsys, data):
    code, _, err = run(capsys, "--data-dir", data, "import", "/dev/zero")
    assert code == 1
    assert "inte en vanlig fil" in err


def test_importing_a_huge_file_reads_no_more_than_the_limit(capsys, data, tmp_path, monkeypatch):
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:
        handle.truncate(2 * 1024**3)  # 2 GB, sparse
    code, _, err = run(capsys, "--data-dir", data, "import", str(huge))
    assert code == 1 and "MB" in err


# -- 7: concurrent imports -------------------------------------------------------------


def test_two_imports_of_one_package_at_the_same_moment_keep_both(
    library, demo, tmp_path, monkeypatch
):
    package = tmp_path / "p.json"
    package.write_bytes(packages.package_bytes(demo))
    first_is_writing, second_done = threading.Event(), threading.Event()
    real = os.fsync

    def slow_first(fd):
        if threading.current_thread().name == "first" and not first_is_writing.is_set():
            first_is_writing.set()
            second_done.wait(10)  # the second import runs while the first is mid-write
        return real(fd)

    monkeypatch.setattr(os, "fsync", slow_first)
    results = {}
    first = threading.Thread(
        target=lambda: results.__setitem__("first", packages.import_package(library, package)),
        name="first",
    )
    first.start()
    assert first_is_writing.wait(10)
    results["second"] = packages.import_package(library, package)
    second_done.set()
    first.join(10)
    ids = {results["first"].id, results["second"].id}
    assert len(ids) == 2
    assert {row.id for row in library.list()} == ids


IMPORTER = textwrap.dedent(
    """
    import sys
    from tillitverkstad.cli import main
    sys.stdin.readline()  # both processes start importing at the same moment
    sys.exit(main(["--data-dir", sys.argv[1], "import", sys.argv[2]]))
    """
)


@pytest.mark.slow
def test_concurrent_import_processes_never_lose_a_workshop(tmp_path, demo):
    rounds = int(os.environ.get("TILLITVERKSTAD_FAULT_ROUNDS", "3"))
    package = tmp_path / "p.json"
    package.write_bytes(packages.package_bytes(demo))
    for round_ in range(rounds):
        library = Library(tmp_path / f"data{round_}")
        library.ensure()
        children = [
            subprocess.Popen(
                [sys.executable, "-c", IMPORTER, str(library.data_dir), str(package)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for child in children:
            child.stdin.write("go\n")
            child.stdin.flush()
        printed = [child.communicate(timeout=60)[0].splitlines()[-1] for child in children]
        assert all(child.returncode == 0 for child in children)
        # The one that comes second finds the package already imported (one copy, both
        # print its id); at the very same moment both may store it (two ids). Never none.
        assert 1 <= len(set(printed)) <= 2, f"round {round_}: printed {printed}"
        assert {row.id for row in library.list()} == set(printed)


def test_a_busy_workshop_is_not_reported_as_open_in_another_window(capsys, data, monkeypatch):
    from tillitverkstad.storage import locks
    from tillitverkstad.storage.locks import BUSY, WorkshopLock

    workshop_id = _demo(capsys, data)
    monkeypatch.setattr(locks, "BUSY_WAIT_S", 0.0)
    from tillitverkstad.storage import library as library_module

    monkeypatch.setattr(library_module, "BUSY_WAIT_S", 0.0)
    lock = WorkshopLock(Library(data).locks_dir / f"{workshop_id}.lock", BUSY).acquire()
    try:
        code, _, err = run(capsys, "--data-dir", data, "finish", workshop_id)
    finally:
        lock.release()
    assert code == 1
    assert "sparar workshopen" in err and "annat fönster" not in err


# -- 8: names that would rewrite the terminal --------------------------------------------------


def test_list_shows_control_characters_instead_of_obeying_them(capsys, data, tmp_path):
    workshop_id = _demo(capsys, data)
    package = tmp_path / "p.json"
    run(capsys, "--data-dir", data, "export-json", workshop_id, "-o", str(package))
    content = json.loads(package.read_text())
    content["workshop"]["group"] = "Grupp\x1b[2J\r\nFALSK RAD\u202eX"
    package.write_text(json.dumps(content))
    run(capsys, "--data-dir", data, "import", "--keep-both", str(package))
    code, out, _ = run(capsys, "--data-dir", data, "list")
    assert code == 0
    assert len(out.splitlines()) == 2  # no fake line
    assert "\x1b" not in out and "\r" not in out and "\u202e" not in out
    assert "Grupp\u241b[2J\u240d\u240aFALSK RAD" in out


# -- 11: never a traceback ---------------------------------------------------------------


def test_list_into_a_closed_pipe_exits_quietly(tmp_path):
    data = str(tmp_path / "data")
    _cli("--data-dir", data, "demo")
    reader, writer = os.pipe()
    os.close(reader)  # like ``| head -1`` once head has read its line and gone
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tillitverkstad", "--data-dir", data, "list"],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert result.stderr == ""
    assert result.returncode == 1


def test_an_unexpected_error_gives_one_line_and_a_log_entry(capsys, data, monkeypatch):
    from tillitverkstad.operations import library as ops

    name = "".join(["An", "na Andersson"])  # not in the source lines the log shows

    def broken(library):
        raise KeyError(name)  # a bug whose message quotes personal data

    _demo(capsys, data)
    monkeypatch.setattr(ops, "list_workshops", broken)
    code, _, err = run(capsys, "--data-dir", data, "list")
    assert code == 3
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "Något oväntat gick fel" in err
    text = (Path(data) / "logs" / "tillitverkstad.log").read_text(encoding="utf-8")
    assert "KeyError" in text and name not in text


def test_importing_a_package_with_a_lone_surrogate_is_refused_without_a_traceback(
    capsys, data, tmp_path
):
    workshop_id = _demo(capsys, data)
    package = tmp_path / "p.json"
    run(capsys, "--data-dir", data, "export-json", workshop_id, "-o", str(package))
    package.write_bytes(package.read_bytes().replace(b"Ledningsgrupp", b"Lednings\\ud800grupp", 1))
    code, _, err = run(capsys, "--data-dir", data, "import", str(package))
    assert code == 1
    assert "trasigt tecken" in err and "Traceback" not in err
