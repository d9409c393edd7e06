"""The overview's exports as long jobs: each reports its progress to the end, and a cancel
(the window's Cancel button) stops it with no file written and none replaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from overview_story import TODAY
from watchers import Watcher

from tillitverkstad.core.jobs import Cancelled
from tillitverkstad.core.overview import Filters
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.report.overview_tables import RowProgress


@pytest.fixture
def overview(groups_library):
    return overview_ops.library_overview(groups_library, Filters(), language="sv", today=TODAY)


@pytest.fixture
def out(tmp_path) -> Path:
    folder = tmp_path / "export"
    folder.mkdir()
    return folder


def export(overview, target: Path, progress: Watcher, overwrite: bool = True) -> list[Path]:
    if target.suffix:
        written = overview_ops.export_overview(
            overview,
            target,
            language="sv",
            source="biblioteket",
            overwrite=overwrite,
            progress=progress,
        )
        return [written]
    return overview_ops.export_overview_csv(
        overview, target, language="sv", overwrite=overwrite, progress=progress
    )


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


@pytest.mark.parametrize("name", ["o.pdf", "o.xlsx", ""])
def test_an_export_reports_its_progress_to_the_end(overview, out, name):
    watcher = Watcher()
    written = export(overview, out / name if name else out, watcher)
    assert all(path.stat().st_size > 0 for path in written)
    done = [d for d, _ in watcher.calls]
    totals = {t for _, t in watcher.calls}
    assert len(totals) == 1 and done == sorted(done)
    total = totals.pop()
    assert watcher.calls[0] == (0, total) and watcher.calls[-1] == (total, total)


@pytest.fixture
def every_few_rows(monkeypatch):
    """Rows told five at a time, so the small story is cancelled in the middle of a table."""
    monkeypatch.setattr(RowProgress, "STEP", 5)


@pytest.mark.parametrize("name", ["o.pdf", "o.xlsx"])
def test_a_cancelled_export_leaves_no_file_and_the_old_one_as_it_was(
    overview, out, name, every_few_rows
):
    (out / name).write_bytes(b"last year's overview")
    before = _files(out)
    with pytest.raises(Cancelled):
        export(overview, out / name, Watcher(stop_at=3))
    assert _files(out) == before


def test_a_cancelled_csv_export_writes_none_of_its_files(overview, out, every_few_rows):
    (out / "resultat.csv").write_bytes(b"last year's results")
    before = _files(out)
    with pytest.raises(Cancelled):
        export(overview, out, Watcher(stop_at=3))
    assert _files(out) == before
    calls = Watcher()
    export(overview, out, calls)
    assert sorted(_files(out)) == ["balans.csv", "exempel.csv", "resultat.csv", "åtgärder.csv"]
