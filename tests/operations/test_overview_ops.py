"""HR's overview over a folder of data packages read in place, and its exports read back
as Excel and an archivist's PDF tools would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from overview_story import TODAY
from report.pdfcheck import elements, open_pdf, role
from report.pdfread import pdf_text

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.overview import Filters
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.operations.overview import SkipReason


def _snapshot(folder: Path) -> dict:
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def test_a_folder_lists_each_file_it_skips_with_its_reason_and_shows_the_rest(
    shared, groups_library
):
    source = overview_ops.read_folder(shared)
    reasons = {s.path.name: s.reason for s in source.skipped}
    assert reasons == {
        "annat.json": SkipReason.FOREIGN,
        "trasig.json": SkipReason.DAMAGED,
        "framtid.json": SkipReason.NEWER,
        "kopia.json": SkipReason.DUPLICATE,
    }
    messages = {s.path.name: s.message("sv") for s in source.skipped}
    assert "nyare version" in messages["framtid.json"]
    assert "Samma workshop som" in messages["kopia.json"]
    assert len(source.entries) == len(groups_library.list())
    ov = overview_ops.folder_overview(source, Filters(), language="sv", today=TODAY)
    assert [g.name for g in ov.groups] == [
        "Ledningsgrupp IFO",
        "Ledningsgrupp Skola",
        "Ledningsgrupp Vård",
    ]


def test_reading_a_folder_writes_nothing_there_and_imports_nothing(shared, tmp_path):
    before = _snapshot(shared)
    hr = ops.library_at(tmp_path / "hr")
    ops.prepare(hr)
    source = overview_ops.read_folder(shared)
    overview_ops.folder_overview(source, Filters(), language="sv", today=TODAY)
    assert _snapshot(shared) == before
    assert hr.list() == []


def test_a_workshop_of_the_folder_is_imported_to_open_it_once(shared, tmp_path):
    hr = ops.library_at(tmp_path / "hr")
    ops.prepare(hr)
    source = overview_ops.read_folder(shared)
    wanted = source.entries[0].id
    first = overview_ops.import_from_folder(hr, source, wanted)
    again = overview_ops.import_from_folder(hr, source, wanted)
    assert first.workshop.id == wanted and again.already
    assert [s.id for s in hr.list()] == [wanted]


def test_the_library_and_the_folder_give_the_same_overview(shared, groups_library):
    mine = overview_ops.library_overview(groups_library, Filters(), language="sv", today=TODAY)
    theirs = overview_ops.folder_overview(
        overview_ops.read_folder(shared), Filters(), language="sv", today=TODAY
    )
    assert [g.cells for g in mine.groups] == [g.cells for g in theirs.groups]
    assert [g.rollup for g in mine.groups] == [g.rollup for g in theirs.groups]


def test_a_missing_folder_or_a_bad_period_is_refused_in_swedish(tmp_path):
    with pytest.raises(TillitError) as missing:
        overview_ops.read_folder(tmp_path / "finns-inte")
    assert "går inte att läsa" in missing.value.message("sv")
    with pytest.raises(TillitError) as backwards:
        overview_ops.filters_from(start="2027-01-01", end="2026-01-01")
    assert "slutar" in backwards.value.message("sv")
    with pytest.raises(TillitError):
        overview_ops.filters_from(start="2026-02-30")


def _overview(groups_library):
    return overview_ops.library_overview(groups_library, Filters(), language="sv", today=TODAY)


def test_the_workbook_opens_with_typed_long_format_sheets(groups_library, tmp_path):
    path = overview_ops.export_overview(
        _overview(groups_library), tmp_path / "o.xlsx", language="sv", source="biblioteket"
    )
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["resultat", "åtgärder", "exempel", "balans"]
    sheet = book["resultat"]
    header = [c.value for c in sheet[1]]
    assert header[:5] == ["Organisation", "Grupp-id", "Grupp", "Datum", "Tillfälle"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    ifo_tillit = [r for r in rows if r["Grupp"] == "Ledningsgrupp IFO" and r["Steg-id"] == "tillit"]
    assert [(r["Tillfälle"], r["Överenskommet nuläge"]) for r in ifo_tillit] == [
        (1, 3),
        (2, 3),
        (3, 4),
    ]
    assert isinstance(ifo_tillit[0]["Datum"], dt.datetime)
    assert ifo_tillit[0]["Datum"].date() == dt.date(2026, 3, 10)
    assert isinstance(ifo_tillit[0]["Median nuläge"], int | float)
    assert isinstance(ifo_tillit[0]["Röster"], int)
    unrated = [
        r for r in rows if r["Grupp"] == "Ledningsgrupp Vård" and r["Steg-id"] == "organisering"
    ]
    assert unrated[0]["Överenskommet nuläge"] is None  # an empty cell, never 0
    actions = book["åtgärder"]
    overdue = [row[9].value for row in actions.iter_rows(2)]
    assert overdue.count(True) == len(_overview(groups_library).overdue)


def test_the_csv_files_are_utf8_with_bom_and_semicolons(groups_library, tmp_path):
    written = overview_ops.export_overview_csv(_overview(groups_library), tmp_path, language="sv")
    assert [p.name for p in written] == [
        "resultat.csv",
        "åtgärder.csv",
        "exempel.csv",
        "balans.csv",
    ]
    raw = (tmp_path / "resultat.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Organisation;Grupp-id;Grupp;Datum;Tillfälle")
    assert any(";2026-03-10;1;" in line for line in lines)
    median = header_index(lines[0], "Median nuläge")
    assert all("." not in line.split(";")[median] for line in lines[1:])


def header_index(header: str, name: str) -> int:
    return header.split(";").index(name)


def test_the_pdf_is_an_archive_grade_follow_up_with_the_figures(groups_library, tmp_path):
    path = overview_ops.export_overview(
        _overview(groups_library),
        tmp_path / "o.pdf",
        language="sv",
        source="biblioteket",
        next_steps="Vi bjuder in alla ledningsgrupper till en gemensam dag i maj.",
    )
    data = path.read_bytes()
    text = pdf_text(data)
    for expected in (
        "Uppföljning av tillitsbaserad styrning",
        "Ledningsgrupp IFO",
        "Ledningsgrupp Skola",
        "2026-03-10 – 2027-03-16",
        "Nuläge per princip och grupp",
        "Utveckling inom varje grupp",
        "3 → 3 → 4",
        "Försenade åtgärder",
        "Vi följer upp med färre mått än förr",
        "Nästa steg",
        "gemensam dag i maj",
    ):
        assert expected in text, expected
    assert "Privat: ska aldrig" not in text and "Hinder som" not in text
    pdf = open_pdf(data)
    assert "pdfaid:part" in pdf.open_metadata()
    roles = [role(e) for e in elements(pdf)]
    assert "Table" in roles and "TH" in roles and "H1" in roles
    assert str(pdf.Root.Lang) == "sv"


def test_an_unknown_export_type_is_refused(groups_library, tmp_path):
    with pytest.raises(TillitError) as refused:
        overview_ops.export_overview(
            _overview(groups_library), tmp_path / "o.docx", language="sv", source=""
        )
    assert ".xlsx" in refused.value.message("sv")
    assert not (tmp_path / "o.docx").exists()


def test_the_pdf_and_the_workbook_name_a_series_that_lacks_an_occasion(groups_library, tmp_path):
    ifo = next(g for g in ops.list_groups(groups_library) if g.name == "Ledningsgrupp IFO")
    ops.delete(groups_library, ifo.occasions[0].workshop_id)  # the baseline is not here
    line = "Ledningsgrupp IFO (tillfälle 1)"
    pdf = overview_ops.export_overview(
        _overview(groups_library), tmp_path / "o.pdf", language="sv", source="biblioteket"
    )
    text = " ".join(pdf_text(pdf.read_bytes()).split())
    assert "Ofullständiga serier" in text and line in text
    book = openpyxl.load_workbook(
        overview_ops.export_overview(
            _overview(groups_library), tmp_path / "o.xlsx", language="sv", source="biblioteket"
        )
    )
    assert book.sheetnames[:4] == ["resultat", "åtgärder", "exempel", "balans"]
    assert line in book["Ofullständiga serier"]["A1"].value


def test_a_whole_series_adds_no_line(groups_library, tmp_path):
    pdf = overview_ops.export_overview(
        _overview(groups_library), tmp_path / "o.pdf", language="sv", source="biblioteket"
    )
    assert "Ofullständiga serier" not in pdf_text(pdf.read_bytes())
