"""Dates on the command line: ISO YYYY-MM-DD within 1900–2200, or one line and no change."""

from __future__ import annotations

import pytest

from tillitverkstad.cli import main


def run(capsys, *args):
    code = main([*args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def workshop(capsys, tmp_path):
    data = str(tmp_path / "data")
    main(["--data-dir", data, "demo"])
    return data, capsys.readouterr()[0].splitlines()[-1]


@pytest.mark.parametrize("typed", ["0206-11-23", "20261201", "2026-W01-1"])
def test_edit_refuses_a_date_that_is_not_yyyy_mm_dd_within_the_years(capsys, workshop, typed):
    data, workshop_id = workshop
    before = run(capsys, "--data-dir", data, "list")[1]
    code, out, err = run(capsys, "--data-dir", data, "edit", workshop_id, "--date", typed)
    assert code == 1 and out == ""
    assert typed in err and len(err.splitlines()) == 1
    assert run(capsys, "--data-dir", data, "list")[1] == before


@pytest.mark.parametrize("typed", ["2200-12-32", "20270115", "2201-01-01"])
def test_a_follow_up_with_a_refused_date_is_not_created(capsys, workshop, typed):
    data, workshop_id = workshop
    code, _, err = run(capsys, "--data-dir", data, "follow-up", workshop_id, "--date", typed)
    assert code == 1 and typed in err
    assert len(run(capsys, "--data-dir", data, "list")[1].splitlines()) == 1


def test_the_overview_period_follows_the_same_rule(capsys, workshop, tmp_path):
    data, _ = workshop
    out_file = tmp_path / "o.xlsx"
    code, _, err = run(
        capsys, "--data-dir", data, "overview", "--from", "0206-01-01", "-o", str(out_file)
    )
    assert code == 1 and "1900–2200" in err
    assert not out_file.exists()
