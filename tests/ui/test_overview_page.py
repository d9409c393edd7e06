"""The Översikt page, driven with real widgets over a library of several groups."""

from __future__ import annotations

import json
import threading

import openpyxl
import pytest
from overview_story import TODAY, fill
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton
from report.pdfread import pdf_text

from tests.ui.shell_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE,
    FakeView,
    ini_settings,
    message_boxes,
    swedish,
)
from tillitverkstad.operations import packages
from tillitverkstad.storage.library import Library
from tillitverkstad.ui.main_window import MainWindow
from tillitverkstad.ui.overview_models import WORKSHOP_ROLE
from tillitverkstad.ui.overview_page import OverviewPage

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def made(library, content_sv):
    library.ensure()
    return fill(library, content_sv)


@pytest.fixture
def page(qtbot, library, made):
    p = OverviewPage(library, lambda: "sv", today=lambda: TODAY)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    p.show_library()
    settled(qtbot, p)
    return p


@pytest.fixture
def window(qtbot, tmp_path, library, made):
    w = MainWindow(library, ini_settings(tmp_path), view_factory=FakeView)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_workshop()


def settled(qtbot, page) -> None:
    """The overview of the choice made is worked out (off the UI thread) and shown."""
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)


def cell_text(table, row_name: str, column_name: str) -> str:
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    return model.index(rows.index(row_name), headers.index(column_name)).data()


def index_of(table, row_name: str, column_name: str):
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    return model.index(rows.index(row_name), headers.index(column_name))


def test_ctrl_shift_o_opens_the_overview_of_every_group(qtbot, window):
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.overview_page
    assert window.stack.currentWidget() is page
    settled(qtbot, page)
    assert page.heatmap.model().rowCount() == 3
    assert page.summary.text().startswith("3 grupper, 6 tillfällen, 2026-03-10 – 2027-03-16")
    qtbot.mouseClick(page.back_button, LEFT)
    assert window.stack.currentWidget() is window.library_page


def test_the_library_page_has_a_way_to_the_overview(qtbot, window):
    qtbot.mouseClick(window.library_page.overview_button, LEFT)
    assert window.stack.currentWidget() is window.overview_page
    assert window.commands.overview.text() == "Ö&versikt över grupperna"


def test_the_heatmap_writes_each_value_and_says_not_rated_instead_of_zero(qtbot, page):
    table = page.heatmap
    assert cell_text(table, "Ledningsgrupp IFO", "Tillit") == "4"
    assert cell_text(table, "Ledningsgrupp IFO", "Handlingsutrymme") == "2*"  # from occasion 2
    assert cell_text(table, "Ledningsgrupp Vård", "Organisering") == "ej bedömd"
    assert cell_text(table, "Ledningsgrupp Vård", "Tillit") == "ej bedömd"
    unrated = index_of(table, "Ledningsgrupp Vård", "Organisering")
    assert unrated.data(Qt.ItemDataRole.BackgroundRole) is None
    assert index_of(table, "Ledningsgrupp IFO", "Tillit").data(Qt.ItemDataRole.BackgroundRole)
    assert "tillfälle 3 (2027-03-16)" in index_of(table, "Ledningsgrupp IFO", "Tillit").data(
        Qt.ItemDataRole.ToolTipRole
    )
    qtbot.mouseClick(page.gap_button, LEFT)
    assert cell_text(table, "Ledningsgrupp IFO", "Tillit") == "+1"
    assert cell_text(table, "Ledningsgrupp Vård", "Styrning") == "+2"
    assert cell_text(table, "Ledningsgrupp Vård", "Organisering") == "ej bedömd"
    qtbot.mouseClick(page.now_button, LEFT)
    assert cell_text(table, "Ledningsgrupp IFO", "Tillit") == "4"


def test_enter_on_a_cell_opens_that_groups_workshop_in_the_window(qtbot, window, made):
    window.commands.overview.trigger()
    settled(qtbot, window.overview_page)
    table = window.overview_page.heatmap
    index = index_of(table, "Ledningsgrupp Skola", "Kunskap")
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.session is not None
    assert window.session.workshop.id == made["school"][1].id
    assert window.stack.currentWidget() is window.view


def test_a_double_click_opens_the_occasion_the_value_came_from(qtbot, window, made):
    window.commands.overview.trigger()
    settled(qtbot, window.overview_page)
    table = window.overview_page.heatmap
    index = index_of(table, "Ledningsgrupp IFO", "Handlingsutrymme")  # agreed at occasion 2
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    assert window.session.workshop.id == made["ifo"][1].id


def test_clicking_a_group_shows_its_development_within_the_group(qtbot, page):
    table = page.heatmap
    rect = table.visualRect(index_of(table, "Ledningsgrupp IFO", "Tillit"))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    trends = page.trends.table
    assert page.trends.chooser.currentText().startswith("Ledningsgrupp IFO")
    assert [
        cell_text(trends, "Medborgarfokus", h) for h in ("Sedan start", "Sedan förra gången")
    ] == [
        "+2",
        "+1",
    ]
    assert cell_text(trends, "Medborgarfokus", "3: 2027-03-16") == "4"
    assert "medelvärde" in page.trends.note.text()
    rect = table.visualRect(index_of(table, "Ledningsgrupp Vård", "Styrning"))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    assert "en gång" in page.trends.note.text()
    assert cell_text(page.trends.table, "Styrning", "Sedan start") == "–"


def test_the_actions_card_counts_per_group_and_lists_the_overdue(page):
    rollup = page.actions_card.rollup
    assert (
        cell_text(
            rollup, "Ledningsgrupp Skola – Exempelkommunen, utbildningsförvaltningen", "Öppna"
        )
        == "7"
    )
    overdue = page.actions_card.overdue.model()
    assert overdue.rowCount() == len(page.overview.overdue) > 0
    assert (
        page.actions_card.overdue_label.text() == f"Försenade den 2027-06-01: {overdue.rowCount()}"
    )
    whens = [overdue.index(r, 3).data() for r in range(overdue.rowCount())]
    assert all(w < "2027-06-01" for w in whens)


def test_organisation_and_period_filters_narrow_every_card(qtbot, page):
    page.organisation.setFocus()
    target = page.organisation.findText("Exempelkommunen, utbildningsförvaltningen")
    while page.organisation.currentIndex() < target:
        qtbot.keyClick(page.organisation, Qt.Key.Key_Down)
    settled(qtbot, page)
    assert page.heatmap.model().rowCount() == 1
    assert page.examples.table.model().rowCount() > 0
    assert {
        page.examples.table.model().index(r, 3).data()
        for r in range(page.examples.table.model().rowCount())
    } == {"Ledningsgrupp Skola"}
    while page.organisation.currentIndex() > 0:
        qtbot.keyClick(page.organisation, Qt.Key.Key_Up)
    qtbot.keyClicks(page.start, "2026-06-01")
    qtbot.keyClick(page.start, Qt.Key.Key_Return)
    settled(qtbot, page)
    assert cell_text(page.heatmap, "Ledningsgrupp IFO", "Tillfällen") == "2"


def test_an_impossible_date_is_explained_and_changes_nothing(qtbot, page):
    before = page.overview
    qtbot.keyClicks(page.end, "2026-02-30")
    qtbot.keyClick(page.end, Qt.Key.Key_Return)
    assert "inte ett giltigt datum" in page.message.text()
    assert page.overview is before


def test_examples_show_group_notes_never_private_ones(qtbot, page):
    model = page.examples.table.model()
    notes = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert "Vi följer upp med färre mått än förr" in notes
    assert not any("Privat" in n for n in notes)
    page.examples.principle.setFocus()
    target = page.examples.principle.findText("Kunskap")
    while page.examples.principle.currentIndex() < target:
        qtbot.keyClick(page.examples.principle, Qt.Key.Key_Down)
    assert {model.index(r, 0).data() for r in range(model.rowCount())} == {"Kunskap"}


def test_the_pdf_export_prints_what_hr_wrote_under_next_steps(qtbot, page, tmp_path, monkeypatch):
    qtbot.keyClicks(page.next_steps, "Gemensam chefsdag i maj")
    target = tmp_path / "uppfoljning.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.exports.finished, timeout=30_000):  # written off the UI thread
        qtbot.mouseClick(page.pdf_button, LEFT)
    text = pdf_text(target.read_bytes())
    assert "Nästa steg" in text and "Gemensam chefsdag i maj" in text
    assert "Uppföljning av tillitsbaserad styrning" in text
    assert "Sparad" in message_boxes(page)[0].text()


def test_the_excel_and_csv_exports_write_the_shown_overview(qtbot, page, tmp_path, monkeypatch):
    page.gap_button.click()  # what is shown in the heatmap does not change the tables
    target = tmp_path / "uppfoljning"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.exports.finished, timeout=30_000):
        qtbot.mouseClick(page.xlsx_button, LEFT)
    book = openpyxl.load_workbook(tmp_path / "uppfoljning.xlsx")
    assert book["resultat"].max_row - 1 == len(page.overview.results)
    folder = tmp_path / "csv"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    with qtbot.waitSignal(page.exports.finished, timeout=30_000):
        qtbot.mouseClick(page.csv_button, LEFT)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        ["resultat.csv", "åtgärder.csv", "exempel.csv", "balans.csv"]
    )


@pytest.fixture
def shared(tmp_path, library, made):
    folder = tmp_path / "delad"
    folder.mkdir()
    for result in packages.export_all_packages(library, folder):
        assert result.error is None
    (folder / "annat.json").write_text(json.dumps({"format": "annat"}))
    (folder / "trasig.json").write_text("{")
    return folder


def test_a_folder_source_lists_the_files_it_skips_and_imports_only_when_asked(
    qtbot, page, shared, tmp_path
):
    hr = Library(tmp_path / "hr")
    hr.ensure()
    page.set_library(hr)
    settled(qtbot, page)
    assert page.heatmap.model().rowCount() == 0
    before = sorted((p.name, p.stat().st_mtime_ns) for p in shared.iterdir())
    with qtbot.waitSignal(page.folder_read):  # read off the UI thread
        assert page.choose_folder(shared)
    settled(qtbot, page)
    assert page.heatmap.model().rowCount() == 3
    assert page.skipped_card.isVisible()
    assert "annat.json" in page.skipped.text() and "trasig.json" in page.skipped.text()
    assert hr.list() == []
    index = index_of(page.heatmap, "Ledningsgrupp Vård", "Styrning")
    wanted = index.data(WORKSHOP_ROLE)
    page.heatmap.setFocus()
    page.heatmap.setCurrentIndex(index)
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.heatmap, Qt.Key.Key_Return)
        box = next(b for b in message_boxes(page) if "inte i ditt bibliotek" in b.text())
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    assert opened.args == [wanted]
    assert [s.id for s in hr.list()] == [wanted]
    assert sorted((p.name, p.stat().st_mtime_ns) for p in shared.iterdir()) == before


def test_declining_the_import_leaves_the_library_as_it_was(qtbot, page, shared, tmp_path):
    hr = Library(tmp_path / "hr")
    hr.ensure()
    page.set_library(hr)
    with qtbot.waitSignal(page.folder_read):
        page.choose_folder(shared)
    settled(qtbot, page)
    page.heatmap.setFocus()
    page.heatmap.setCurrentIndex(page.heatmap.model().index(0, 2))
    qtbot.keyClick(page.heatmap, Qt.Key.Key_Return)
    box = next(b for b in message_boxes(page) if "inte i ditt bibliotek" in b.text())
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.No), LEFT)
    assert hr.list() == []


def test_a_series_that_lacks_an_occasion_is_named_under_the_summary(qtbot, library, made):
    library.delete(made["ifo"][0].id)  # the baseline's package never arrived
    p = OverviewPage(library, lambda: "sv", today=lambda: TODAY)
    qtbot.addWidget(p)
    p.show()
    p.show_library()
    settled(qtbot, p)
    assert p.incomplete.isVisible()
    assert "Ledningsgrupp IFO (tillfälle 1)" in p.incomplete.text()


def test_whole_series_show_no_such_line(page):
    assert not page.incomplete.isVisible()


def test_opening_from_a_folder_asks_which_version_to_keep_when_the_library_has_another(
    qtbot, page, shared, tmp_path
):
    from tillitverkstad.core.model import DetailField
    from tillitverkstad.operations import library as ops
    from tillitverkstad.operations import overview as overview_ops
    from tillitverkstad.ui.import_flow import VersionDialog

    hr = Library(tmp_path / "hr")
    hr.ensure()
    page.set_library(hr)
    with qtbot.waitSignal(page.folder_read):
        page.choose_folder(shared)
    settled(qtbot, page)
    index = index_of(page.heatmap, "Ledningsgrupp Vård", "Styrning")
    wanted = index.data(WORKSHOP_ROLE)
    overview_ops.import_from_folder(hr, page.folder, wanted)
    ops.correct(hr, wanted, {DetailField.FACILITATOR: "Ny processledare"})  # corrected here
    page.heatmap.setFocus()
    page.heatmap.setCurrentIndex(index)
    qtbot.keyClick(page.heatmap, Qt.Key.Key_Return)
    box = next(b for b in message_boxes(page) if "inte i ditt bibliotek" in b.text())
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)
    dialog = next(b for b in message_boxes(page) if isinstance(b, VersionDialog))
    assert "uppgifterna" in dialog.text()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.mouseClick(dialog.keep_both_button, LEFT)
    assert opened.args != [wanted] and len(hr.list()) == 2
    assert hr.read(wanted).facilitator == "Ny processledare"  # the library's version kept


def test_cancel_stops_a_folder_read_and_leaves_the_page_as_it_was(qtbot, page, shared, monkeypatch):
    from tillitverkstad.operations import folder as folder_ops

    rows = page.heatmap.model().rowCount()
    summary = page.summary.text()
    disk = threading.Event()
    real = folder_ops.package_file_bytes

    def slow_share(path):  # a network folder that takes its time over each file
        disk.wait(10)
        return real(path)

    monkeypatch.setattr(folder_ops, "package_file_bytes", slow_share)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(shared))
    qtbot.mouseClick(page.folder_button, LEFT)  # "A folder of data packages…"
    task = page.reading
    progress = page.findChild(QProgressDialog)
    qtbot.waitUntil(progress.isVisible)  # the read is under way and says so
    with qtbot.waitSignal(task.finished):
        qtbot.mouseClick(progress.findChild(QPushButton), LEFT)  # Avbryt
        disk.set()
    assert page.folder is None and page.library_button.isChecked()
    assert page.heatmap.model().rowCount() == rows and page.summary.text() == summary
    assert not page.skipped_card.isVisible() and not message_boxes(page)


def test_a_failed_export_is_said_in_a_message_and_writes_nothing(
    qtbot, page, tmp_path, monkeypatch
):
    from tillitverkstad.storage import files

    def read_only(*_args, **_kwargs):
        raise PermissionError(13, "read-only")

    monkeypatch.setattr(files, "write_all_atomically", read_only)
    target = tmp_path / "uppfoljning.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.exports.finished, timeout=30_000):
        qtbot.mouseClick(page.xlsx_button, LEFT)
    boxes = message_boxes(page)
    assert boxes and ("skrivskydd" in boxes[0].text() or "behörighet" in boxes[0].text())
    assert not target.exists()


@pytest.fixture
def held_job(monkeypatch):
    """A long job held at its second report of progress (its files begun) until the test
    lets it go: ``reached`` says it is there, ``go`` lets it on."""
    from tillitverkstad.ui import background

    reached, go = threading.Event(), threading.Event()
    real = background._Progress.advance
    calls = {"n": 0}

    def advance(progress, done, total):
        calls["n"] += 1
        if calls["n"] == 2:
            reached.set()
            go.wait(10)
        real(progress, done, total)

    monkeypatch.setattr(background._Progress, "advance", advance)
    return reached, go


@pytest.mark.parametrize("button", ["pdf_button", "xlsx_button", "csv_button"])
def test_cancel_stops_an_export_half_way_and_leaves_nothing_behind(
    qtbot, page, tmp_path, monkeypatch, held_job, button
):
    import tempfile

    reached, go = held_job
    out, scratch = tmp_path / "ut", tmp_path / "temp"
    out.mkdir()
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where the PDF's process works
    suffix = {"pdf_button": ".pdf", "xlsx_button": ".xlsx"}.get(button, "")
    saved = (str(out / f"uppfoljning{suffix}"), "")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: saved)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    with qtbot.waitSignal(page.exports.finished) as finished:
        qtbot.mouseClick(getattr(page, button), LEFT)
        qtbot.waitUntil(reached.is_set)  # under way: its file begun
        progress = page.findChildren(QProgressDialog)[-1]
        progress.findChild(QPushButton).click()  # Avbryt
        go.set()
    assert finished.args == [None]  # cancelled: neither written nor failed
    assert list(out.iterdir()) == [] and list(scratch.iterdir()) == []
    assert not message_boxes(page) and not page.exports.busy


def test_a_filter_changed_while_the_overview_is_worked_out_shows_the_newest_choice(
    qtbot, page, held_job
):
    reached, go = held_job
    qtbot.keyClick(page.organisation, Qt.Key.Key_Down)  # one organisation
    qtbot.waitUntil(reached.is_set)  # its overview is under way
    first = page.refreshing
    assert page.busy and not page.pdf_button.isEnabled()  # what shows is not yet the choice
    assert page.summary.text() == "Sammanställer översikten…"
    qtbot.keyClick(page.organisation, Qt.Key.Key_Up)  # Alla again
    go.set()
    qtbot.waitUntil(lambda: not page.busy)
    assert first.cancel_requested and page.refreshing is not first
    assert page.overview.filters.organisation is None
    assert page.heatmap.model().rowCount() == 3
    assert page.summary.text().startswith("3 grupper") and page.pdf_button.isEnabled()


def test_a_page_closed_while_its_overview_is_worked_out_lets_the_job_end_quietly(
    qtbot, library, made, held_job
):
    from shiboken6 import isValid

    from tillitverkstad import heap

    reached, go = held_job
    p = OverviewPage(library, lambda: "sv", today=lambda: TODAY)
    p.show_library()  # its overview is worked out off the UI thread
    qtbot.waitUntil(reached.is_set)
    p.deleteLater()  # the window closed meanwhile
    qtbot.waitUntil(lambda: not isValid(p))
    go.set()
    # The job ends with nothing to tell and no one told (an exception here fails the test),
    # and lets go of the garbage collector.
    qtbot.waitUntil(lambda: heap.jobs_running() == 0)
