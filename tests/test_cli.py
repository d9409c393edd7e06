"""The headless commands, run as a user would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tillitverkstad.cli import main


def run(capsys, *args):
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "data")


def snapshot(folder):
    return {
        p: p.read_bytes()
        for p in sorted(__import__("pathlib").Path(folder).rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


def test_demo_then_list_shows_it(capsys, data):
    code, out, _ = run(capsys, "--data-dir", data, "demo")
    assert code == 0
    workshop_id = out.splitlines()[-1]
    code, out, _ = run(capsys, "--lang", "sv", "--data-dir", data, "list")
    assert out.startswith(workshop_id)
    assert "Ledningsgrupp IFO" in out
    assert "pågår" in out  # the status in the UI language


def test_importing_an_exported_package_again_says_already_imported(capsys, data, tmp_path):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    package = tmp_path / "p.json"
    code, _, _ = run(capsys, "--data-dir", data, "export-json", workshop_id[:6], "-o", str(package))
    assert code == 0
    assert json.loads(package.read_text())["format"] == "tillitverkstad-package"
    code, out, _ = run(capsys, "--data-dir", data, "import", str(package), str(package))
    assert code == 0
    assert out.count("Redan importerad") == 2
    assert out.splitlines()[-1] == workshop_id
    listed = run(capsys, "--data-dir", data, "list")[1]
    assert listed.count("Ledningsgrupp IFO") == 1
    elsewhere = str(tmp_path / "hr")
    code, out, _ = run(capsys, "--data-dir", elsewhere, "import", str(package), str(package))
    assert code == 0 and out.count("Importerade") == 1 and out.count("Redan importerad") == 1
    assert run(capsys, "--data-dir", elsewhere, "list")[1].count("Ledningsgrupp IFO") == 1


def _corrected_after_export(capsys, data, tmp_path):
    """The demo's package, then the demo corrected in the library: two versions of it."""
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    package = tmp_path / "p.json"
    run(capsys, "--data-dir", data, "export-json", workshop_id, "-o", str(package))
    run(capsys, "--data-dir", data, "edit", workshop_id, "--facilitator", "Ny processledare")
    run(capsys, "--data-dir", data, "list")  # the index (a cache) settled
    return workshop_id, package


def test_importing_another_version_says_what_is_held_and_how_to_choose(capsys, data, tmp_path):
    workshop_id, package = _corrected_after_export(capsys, data, tmp_path)
    before = snapshot(data)
    code, out, err = run(capsys, "--lang", "sv", "--data-dir", data, "import", str(package))
    assert code == 1 and out == ""
    assert "en annan version av ”Ledningsgrupp IFO” 20" in err and "tillfälle 1 (id" in err
    assert workshop_id in err and "uppgifterna" in err
    assert "--replace" in err and "--keep-both" in err and len(err.strip().splitlines()) == 1
    assert snapshot(data) == before


def test_import_replace_puts_the_files_version_in_the_librarys_place(capsys, data, tmp_path):
    workshop_id, package = _corrected_after_export(capsys, data, tmp_path)
    code, out, _ = run(capsys, "--data-dir", data, "import", "--replace", str(package))
    assert code == 0 and "Ersatte" in out and out.splitlines()[-1] == workshop_id
    listed = run(capsys, "--data-dir", data, "list")[1]
    assert listed.count("Ledningsgrupp IFO") == 1
    code, out, _ = run(capsys, "--data-dir", data, "import", str(package))
    assert code == 0 and "Redan importerad" in out


def test_import_keep_both_adds_a_second_copy(capsys, data, tmp_path):
    workshop_id, package = _corrected_after_export(capsys, data, tmp_path)
    code, out, _ = run(capsys, "--data-dir", data, "import", "--keep-both", str(package))
    assert code == 0 and "andra kopia" in out and out.splitlines()[-1] != workshop_id
    assert run(capsys, "--data-dir", data, "list")[1].count("Ledningsgrupp IFO") == 2


def test_replace_and_keep_both_cannot_be_given_together(capsys, data, tmp_path):
    _, package = _corrected_after_export(capsys, data, tmp_path)
    before = snapshot(data)
    code, _, err = run(
        capsys, "--data-dir", data, "import", "--replace", "--keep-both", str(package)
    )
    assert code != 0 and "--keep-both" in err and "Traceback" not in err
    assert snapshot(data) == before


@pytest.mark.parametrize(
    "content",
    [b"", b"{broken", b'{"format": "tillitverkstad-package", "version": 1}', b"\x00" * 10],
)
def test_bad_package_is_refused_in_swedish_and_changes_nothing(capsys, data, tmp_path, content):
    run(capsys, "--data-dir", data, "demo")
    before = snapshot(data)
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    code, _, err = run(capsys, "--lang", "sv", "--data-dir", data, "import", str(bad))
    assert code != 0
    assert len(err.strip().splitlines()) == 1
    assert "datapaket" in err
    assert "Traceback" not in err
    assert snapshot(data) == before


def test_unknown_id_and_unwritable_output(capsys, data, tmp_path):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    code, _, err = run(capsys, "--lang", "sv", "--data-dir", data, "export-json", "zzz", "-o", "x")
    assert code == 1
    assert "zzz" in err
    target = tmp_path / "nope" / "p.json"
    code, _, err = run(capsys, "--data-dir", data, "export-json", workshop_id, "-o", str(target))
    assert code == 1
    assert "finns inte" in err
    existing = tmp_path / "exists.json"
    existing.write_text("keep")
    code, _, err = run(capsys, "--data-dir", data, "export-json", workshop_id, "-o", str(existing))
    assert code == 1
    assert existing.read_text() == "keep"


def test_python_m_runs_the_cli(tmp_path):
    env = {**os.environ, "TILLITVERKSTAD_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "tillitverkstad", "list"], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0
    assert out.stdout == ""


def test_finish_reopen_and_edit_from_the_command_line(capsys, data):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    code, out, _ = run(capsys, "--lang", "sv", "--data-dir", data, "finish", workshop_id[:8])
    assert code == 0 and "Avslutade" in out
    assert "klar" in run(capsys, "--lang", "sv", "--data-dir", data, "list")[1]
    code, _, _ = run(capsys, "--data-dir", data, "reopen", workshop_id)
    assert code == 0
    assert "pågår" in run(capsys, "--lang", "sv", "--data-dir", data, "list")[1]
    code, out, err = run(
        capsys,
        "--lang",
        "sv",
        "--data-dir",
        data,
        "edit",
        workshop_id,
        "--group",
        "Ledningsgrupp IFO Nord",
        "--participants",
        "12",
        "--minutes",
        "tillit=30",
        "--minutes",
        "25",
    )
    assert (code, err) == (0, "")
    assert "Ledningsgrupp IFO Nord" in run(capsys, "--data-dir", data, "list")[1]


def test_edit_that_the_core_refuses_says_why_in_swedish_and_changes_nothing(capsys, data):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    before = snapshot(data)
    for args in (
        ["--participants", "2"],
        ["--date", "2026-02-30"],
        ["--minutes", "tillit=x"],
        ["--group", "   "],
        [],
    ):
        code, _, err = run(capsys, "--lang", "sv", "--data-dir", data, "edit", workshop_id, *args)
        assert code == 1, args
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert snapshot(data) == before


def test_follow_up_prints_its_id_last(capsys, data):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    code, out, _ = run(
        capsys,
        "--data-dir",
        data,
        "follow-up",
        workshop_id,
        "--date",
        "2027-05-20",
        "--participants",
        "7",
    )
    assert code == 0
    follow_id = out.splitlines()[-1]
    listed = run(capsys, "--data-dir", data, "list")[1]
    assert listed.startswith(follow_id) and "2027-05-20" in listed


def test_follow_up_says_what_comes_along_and_refuses_a_date_before_the_last_time(capsys, data):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    code, out, _ = run(capsys, "--lang", "sv", "--data-dir", data, "follow-up", workshop_id)
    assert code == 0
    assert "7 öppna åtgärder från förra gången följer med." in out  # none of the demo's is done
    before = snapshot(data)
    code, _, err = run(
        capsys, "--lang", "sv", "--data-dir", data, "follow-up", workshop_id, "--date", "2000-01-01"
    )
    assert code == 1 and "före tillfället den följer upp" in err
    assert snapshot(data) == before


def test_import_of_many_files_reports_each(capsys, data, tmp_path):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    package = tmp_path / "p.json"
    run(capsys, "--data-dir", data, "export-json", workshop_id, "-o", str(package))
    bad = tmp_path / "bad.json"
    bad.write_text("nope")
    code, out, err = run(
        capsys, "--lang", "sv", "--data-dir", data, "import", str(package), str(bad), str(package)
    )
    assert code == 1
    assert out.count("Redan importerad") == 2 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["edit", "ID", "--participants", "x"], "x är inget möjligt värde för --participants."),
        (["edit", "ID", "--minutes", "tillit=²"], "Skriv minuter som N eller STEG=N"),
        (["nosuchcommand"], "nosuchcommand är inget möjligt värde"),
        (["edit"], "Saknas: id."),
        (["list", "--bogus"], "Förstods inte: --bogus."),
    ],
)
def test_a_command_line_argparse_refuses_is_said_in_one_swedish_line(capsys, data, args, said):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    args = [workshop_id if a == "ID" else a for a in args]
    code, out, err = run(capsys, "--lang", "sv", "--data-dir", data, *args)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and said in err, err
    assert "usage" not in err and "error:" not in err


def test_help_is_in_swedish(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "sv", "edit", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("användning: tillitverkstad edit")
    assert "rätta en workshops uppgifter" not in out  # the sub-command's own help lists fields
    assert "antal deltagare" in out and "flaggor" in out and "visa den här hjälpen" in out


def test_a_warning_of_the_app_is_not_printed_on_the_terminal(capsys, data, monkeypatch):
    import logging

    monkeypatch.setattr(logging, "lastResort", logging.StreamHandler(sys.stderr))
    code, _, _ = run(capsys, "--lang", "sv", "--data-dir", data, "list")
    assert code == 0
    logging.getLogger("tillitverkstad.storage").warning("an English log line")
    assert "English log line" not in capsys.readouterr().err


def test_delete_asks_for_yes_and_then_removes_the_file_for_good(capsys, data):
    workshop_id = run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]
    code, _, err = run(capsys, "--lang", "sv", "--data-dir", data, "delete", workshop_id)
    assert code == 1 and "--yes" in err and len(err.strip().splitlines()) == 1
    assert workshop_id in run(capsys, "--data-dir", data, "list")[1]
    code, out, _ = run(capsys, "--lang", "sv", "--data-dir", data, "delete", workshop_id, "--yes")
    assert code == 0 and "Tog bort" in out
    assert run(capsys, "--data-dir", data, "list")[1] == ""
    assert not list(__import__("pathlib").Path(data, "workshops").glob(f"*{workshop_id}*"))


def test_a_package_opened_with_the_app_starts_the_window_that_imports_it(monkeypatch, tmp_path):
    """Explorer's "Open with" and a file manager's start the app with the file alone."""
    import tillitverkstad.app

    started = {}
    monkeypatch.setattr(tillitverkstad.app, "run_gui", lambda **kw: started.update(kw) or 0)
    package = tmp_path / "Ledningsgrupp IFO_tillitverkstad.json"
    assert main([str(package)]) == 0
    assert started == {"package": package}


def test_a_lone_argument_that_is_no_package_is_still_an_unknown_command(monkeypatch, capsys):
    assert main(["rapport.pdf"]) != 0
    assert "rapport.pdf" in capsys.readouterr().err
