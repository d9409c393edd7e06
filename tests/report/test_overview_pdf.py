"""The HR overview PDF read as an archivist reads it: no page left nearly empty between
sections, and no row of dashes where a group never rated a principle."""

from __future__ import annotations

import datetime as dt

import pytest
from overview_story import TODAY, fill
from report.pdfread import page_fill, page_texts, pdf_text
from story import rate

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.model import Consensus, Template
from tillitverkstad.core.overview import Filters
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.report.layout import MARGIN_BOTTOM, MARGIN_TOP, PAGE


def culture(content):
    """Met twice; only Tillit was ever agreed, the other principles were on the agenda."""
    first = uc.create_workshop(
        content,
        group="Ledningsgrupp Kultur",
        organisation="Exempelkommunen, kulturförvaltningen",
        date=dt.date(2026, 5, 5),
        template=Template.ALL_SEVEN,
    )
    first.created = "2026-05-05T08:00:00"
    rate(first, {"tillit": (2, 4, Consensus.AGREEMENT)})
    uc.finish_workshop(first, dt.datetime(2026, 5, 5, 16))
    second = uc.start_follow_up(first, content, dt.date(2027, 2, 10))
    second.created = "2027-02-10T08:00:00"
    rate(second, {"tillit": (3, 4, Consensus.AGREEMENT)})
    return [first, second]


@pytest.fixture
def pdf(tmp_path, content_sv) -> bytes:
    library = ops.library_at(tmp_path / "data")
    ops.prepare(library)
    fill(library, content_sv)
    for ws in culture(content_sv):
        library.add(ws)
    overview = overview_ops.library_overview(library, Filters(), language="sv", today=TODAY)
    path = overview_ops.export_overview(
        overview, tmp_path / "o.pdf", language="sv", source="biblioteket", next_steps="Vidare."
    )
    return path.read_bytes()


def test_no_page_between_the_cover_and_the_last_is_left_nearly_empty(pdf):
    filled = page_fill(pdf, top=PAGE[1] - MARGIN_TOP, bottom=MARGIN_BOTTOM)
    nearly_empty = [n for n, share in enumerate(filled[1:-1], start=2) if share < 0.5]
    assert nearly_empty == [], [round(share, 2) for share in filled]


def test_a_principle_a_group_never_rated_is_named_not_drawn_as_a_row_of_dashes(pdf):
    text = pdf_text(pdf)
    assert "→ –" not in text and "– →" not in text
    assert "Helhetssyn 1: 3 – –" in text  # agreed at the first of three occasions only
    page = next(t for t in page_texts(pdf) if "Ledningsgrupp Kultur" in t and "2 → 3" in t)
    assert "Ej bedömd vid något tillfälle: Medborgarfokus, Helhetssyn" in page
