"""``tillitverkstad export-pdf`` run as a user would run it."""

from __future__ import annotations

import datetime as dt

import pytest
from pdfread import pdf_text

from tillitverkstad.cli import main
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.demo import PRIVATE


def run(capsys, *args):
    code = main(["--lang", "sv", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path):
    return str(tmp_path / "data")


def demo_id(capsys, data):
    return run(capsys, "--data-dir", data, "demo")[1].splitlines()[-1]


def test_export_pdf_writes_the_report_without_private_notes(capsys, data, tmp_path):
    workshop_id = demo_id(capsys, data)
    target = tmp_path / "rapport.pdf"
    code, out, err = run(capsys, "--data-dir", data, "export-pdf", workshop_id[:6], "-o", target)
    assert (code, err) == (0, "")
    assert out.strip() == str(target)
    text = pdf_text(target.read_bytes())
    assert "Ledningsgrupp IFO" in text
    assert all(private not in text for private in PRIVATE.values())


def test_private_and_names_flags_put_them_in(capsys, data, tmp_path):
    workshop_id = demo_id(capsys, data)
    target = tmp_path / "rapport.pdf"
    args = ["--data-dir", data, "export-pdf", workshop_id, "-o", target, "--private", "--names"]
    assert run(capsys, *args)[0] == 0
    text = pdf_text(target.read_bytes())
    assert all(private in text for private in PRIVATE.values())


def test_existing_file_is_refused_in_swedish_until_force(capsys, data, tmp_path):
    workshop_id = demo_id(capsys, data)
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"keep")
    code, _, err = run(capsys, "--data-dir", data, "export-pdf", workshop_id, "-o", target)
    assert code == 1
    assert "finns redan" in err and "Traceback" not in err
    assert target.read_bytes() == b"keep"
    code, _, _ = run(capsys, "--data-dir", data, "export-pdf", workshop_id, "-o", target, "--force")
    assert code == 0
    assert target.read_bytes().startswith(b"%PDF-")


def test_missing_folder_and_unknown_id_give_one_clear_line(capsys, data, tmp_path):
    workshop_id = demo_id(capsys, data)
    code, _, err = run(
        capsys, "--data-dir", data, "export-pdf", workshop_id, "-o", tmp_path / "nej" / "r.pdf"
    )
    assert code == 1 and "finns inte" in err
    code, _, err = run(capsys, "--data-dir", data, "export-pdf", "zzz", "-o", tmp_path / "r.pdf")
    assert code == 1 and "zzz" in err


@pytest.mark.parametrize(
    "args",
    [
        ["export-pdf"],
        ["export-pdf", "abc"],
        ["export-pdf", "--all"],
        ["export-pdf", "--all", "-o", "x.pdf"],
        ["export-pdf", "abc", "-d", "."],
    ],
)
def test_incomplete_arguments_are_explained(capsys, data, args):
    code, _, err = run(capsys, "--data-dir", data, *args)
    assert code == 1
    assert "--all" in err and "-o" in err


def test_export_all_writes_one_pdf_per_workshop_with_suggested_names(capsys, data, tmp_path):
    first = demo_id(capsys, data)
    second = demo_id(capsys, data)  # same group and date: both must survive
    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    code, out, err = run(capsys, "--data-dir", data, "export-pdf", "--all", "-d", out_dir)
    assert (code, err) == (0, "")
    names = sorted(p.name for p in out_dir.iterdir())
    assert len(names) == 2 == len(out.splitlines())
    today = dt.date.today().isoformat()
    assert f"{today}_Ledningsgrupp-IFO_tillitverkstad.pdf" in names
    assert any(first[:8] in name or second[:8] in name for name in names)


def test_export_all_reports_existing_files_but_writes_the_rest(capsys, data, tmp_path, library):
    demo_id(capsys, data)
    out_dir = tmp_path / "ut"
    out_dir.mkdir()
    run(capsys, "--data-dir", data, "export-pdf", "--all", "-d", out_dir)
    code, _, err = run(capsys, "--data-dir", data, "export-pdf", "--all", "-d", out_dir)
    assert code == 1 and "finns redan" in err
    code, _, err = run(capsys, "--data-dir", data, "export-pdf", "--all", "-d", out_dir, "--force")
    assert (code, err) == (0, "")


def test_follow_up_export_compares_with_the_earlier_workshop(capsys, data, tmp_path, content_sv):
    from tillitverkstad.storage.library import Library

    earlier_id = demo_id(capsys, data)
    library = Library(tmp_path / "data")
    follow = uc.start_follow_up(library.read(earlier_id), content_sv, dt.date(2031, 5, 20))
    library.add(follow)
    target = tmp_path / "uppf.pdf"
    assert run(capsys, "--data-dir", data, "export-pdf", follow.id, "-o", target)[0] == 0
    text = pdf_text(target.read_bytes())
    assert "Jämförelse med tidigare tillfällen" in text
    library.delete(earlier_id)  # deleted for good: the follow-up still remembers it
    target.unlink()
    assert run(capsys, "--data-dir", data, "export-pdf", follow.id, "-o", target)[0] == 0
    text = pdf_text(target.read_bytes())
    assert "Jämförelse med tidigare tillfällen" in text
    assert "inte fanns tillgänglig" not in text
