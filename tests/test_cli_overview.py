"""``overview``, ``export-json --all`` and ``import`` of many files on the command line:
HR's batch path through the same operations the window uses."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from overview_story import fill
from report.pdfread import pdf_text

from tillitverkstad.cli import main
from tillitverkstad.core.content import load_content
from tillitverkstad.report.csv_files import _field
from tillitverkstad.storage.library import Library


def run(capsys, *args):
    code = main(["--lang", "sv", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(tmp_path):
    folder = tmp_path / "data"
    library = Library(folder)
    library.ensure()
    fill(library, load_content("sv"))
    return folder


def test_overview_writes_a_pdf_an_xlsx_and_csv_files(capsys, data, tmp_path):
    steps = tmp_path / "steg.txt"
    steps.write_text("Gemensam chefsdag i maj.", encoding="utf-8")
    code, out, err = run(
        capsys, "--data-dir", data, "overview", "-o", tmp_path / "o.pdf", "--next-steps", steps
    )
    assert (code, err) == (0, "")
    text = pdf_text((tmp_path / "o.pdf").read_bytes())
    assert "Uppföljning av tillitsbaserad styrning" in text and "Gemensam chefsdag i maj." in text
    assert run(capsys, "--data-dir", data, "overview", "-o", tmp_path / "o.xlsx")[0] == 0
    assert openpyxl.load_workbook(tmp_path / "o.xlsx").sheetnames[0] == "resultat"
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    code, out, _ = run(capsys, "--data-dir", data, "overview", "-d", csv_dir)
    assert code == 0 and len(out.splitlines()) == 4


@pytest.mark.parametrize(
    "command", [["overview"], ["export-json", "--all"], ["export-pdf", "--all"]]
)
def test_a_folder_given_with_d_is_created_when_it_does_not_exist(capsys, data, tmp_path, command):
    folder = tmp_path / "uppföljning" / "2026"
    code, out, err = run(capsys, "--data-dir", data, *command, "-d", folder)
    assert (code, err) == (0, "")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        Path(line).name for line in out.splitlines()
    )


def test_a_file_where_the_d_folder_should_be_is_refused_and_kept(capsys, data, tmp_path):
    taken = tmp_path / "taken"
    taken.write_text("keep")
    code, _, err = run(capsys, "--data-dir", data, "overview", "-d", taken)
    assert code == 1 and "taken" in err and "Traceback" not in err
    assert taken.read_text() == "keep"


def test_overview_filters_by_organisation_group_and_period(capsys, data, tmp_path):
    out = tmp_path / "o.xlsx"
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "overview",
        "--group",
        "ledningsgrupp ifo",
        "--from",
        "2026-06-01",
        "--to",
        "2027-12-31",
        "-o",
        out,
    )
    assert (code, err) == (0, "")
    sheet = openpyxl.load_workbook(out)["resultat"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert {r[2] for r in rows} == {"Ledningsgrupp IFO"} and {r[4] for r in rows} == {2, 3}
    code, _, err = run(
        capsys,
        "--data-dir",
        data,
        "overview",
        "--organisation",
        "Exempelkommunen, utbildningsförvaltningen",
        "-o",
        tmp_path / "skola.xlsx",
    )
    rows = list(openpyxl.load_workbook(tmp_path / "skola.xlsx")["resultat"].iter_rows(2))
    assert code == 0 and {r[2].value for r in rows} == {"Ledningsgrupp Skola"}


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--from", "2026-13-01", "-o", "x.pdf"], "inte ett giltigt datum"),
        (["--from", "2027-01-01", "--to", "2026-01-01", "-o", "x.pdf"], "slutar"),
        (["--group", "Finns inte", "-o", "x.pdf"], "Ingen grupp heter"),
        (["-o", "x.docx"], ".xlsx"),
        ([], "-o FIL"),
        (["--packages", "finns-inte-mapp", "-o", "x.pdf"], "går inte att läsa"),
        (["--next-steps", "finns-inte.txt", "-o", "x.pdf"], "går inte att läsa"),
    ],
)
def test_bad_overview_input_gets_one_swedish_line_and_no_file(
    capsys, data, tmp_path, monkeypatch, args, says
):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "--data-dir", data, "overview", *args)
    assert code == 1 and says in err and "Traceback" not in err
    assert not any(tmp_path.glob("x.*"))


def test_overview_of_a_folder_lists_skipped_files_and_writes_nothing_there(capsys, data, tmp_path):
    shared = tmp_path / "delad"
    shared.mkdir()
    code, out, _ = run(capsys, "--data-dir", data, "export-json", "--all", "-d", shared)
    assert code == 0 and len(out.splitlines()) == 6
    (shared / "annat.json").write_text("[1, 2]")
    before = sorted((p.name, p.stat().st_mtime_ns) for p in shared.iterdir())
    code, out, err = run(
        capsys,
        "--data-dir",
        tmp_path / "hr",
        "overview",
        "--packages",
        shared,
        "-o",
        tmp_path / "o.pdf",
    )
    assert code == 0
    assert err.startswith("Hoppade över annat.json: ") and "inte ett JSON-objekt" in err
    assert sorted((p.name, p.stat().st_mtime_ns) for p in shared.iterdir()) == before
    assert "Ledningsgrupp Vård" in pdf_text((tmp_path / "o.pdf").read_bytes())


def test_import_of_a_whole_folder_twice_stores_each_workshop_once(capsys, data, tmp_path):
    shared = tmp_path / "delad"
    shared.mkdir()
    run(capsys, "--data-dir", data, "export-json", "--all", "-d", shared)
    files = sorted(shared.glob("*.json"))
    hr = tmp_path / "hr"
    code, out, _ = run(capsys, "--data-dir", hr, "import", *files)
    assert code == 0 and out.count("Importerade") == 6
    code, out, _ = run(capsys, "--data-dir", hr, "import", *files)
    assert code == 0 and out.count("Redan importerad") == 6 and "Importerade" not in out
    assert len(run(capsys, "--data-dir", hr, "list")[1].splitlines()) == 6


def test_csv_fields_are_written_as_swedish_excel_reads_them():
    assert _field(2.5, "sv") == "2,5" and _field(2.5, "en") == "2.5"
    assert _field(True, "sv") == "ja" and _field(None, "sv") == ""
    assert _field("=HYPERLINK(1)", "sv") == "'=HYPERLINK(1)"
    assert _field("Vanlig text", "sv") == "Vanlig text"


def test_overview_of_a_folder_keeps_its_reading_in_the_data_folder_not_the_shared_one(
    capsys, data, tmp_path
):
    shared = tmp_path / "delad"
    shared.mkdir()
    run(capsys, "--data-dir", data, "export-json", "--all", "-d", shared)
    before = sorted((p.name, p.stat().st_mtime_ns) for p in shared.iterdir())
    hr = tmp_path / "hr"  # HR's own library, in use: the reading is kept there
    run(capsys, "--data-dir", hr, "demo")
    for _ in range(2):
        code, _, err = run(
            capsys, "--data-dir", hr, "overview", "--packages", shared, "-d", tmp_path, "--force"
        )
        assert (code, err) == (0, "")
    assert sorted((p.name, p.stat().st_mtime_ns) for p in shared.iterdir()) == before
    assert len(list((hr / "cache" / "overview").glob("*.jsonl"))) == 1
