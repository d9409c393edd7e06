"""The report of a follow-up, as HR reads it years later: every earlier occasion compared
(baseline first), what happened with last time's actions, tagged like the rest, and the
same comparison from a package imported without the earlier workshops."""

from __future__ import annotations

import json

import pytest
from pdfcheck import elements, open_pdf, role, text_of
from pdfread import page_texts, read
from story import THIRD_DATE, THIRD_RATINGS, baseline, follow_up, rate

from tillitverkstad.core import usecases as uc
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import packages, reports
from tillitverkstad.report import build_pdf


@pytest.fixture
def third(content_sv):
    """The third occasion rated, and the two before it as the library knows them."""
    first = baseline(content_sv)
    second = follow_up(first, content_sv)
    ws = uc.start_follow_up(second, content_sv, THIRD_DATE)
    rate(ws, THIRD_RATINGS)
    return first, second, ws


def _page(pages: list[str], title: str) -> str:
    [page] = [p for p in pages if p.startswith(title)]
    return page


def test_the_third_occasion_is_compared_with_every_earlier_one_baseline_first(third):
    *_, ws = third
    pages = page_texts(build_pdf(ws))
    page = _page(pages, "Jämförelse med tidigare tillfällen")
    assert page.index("2026-03-10") < page.index("2026-09-15") < page.index("2027-03-16")
    assert "Tillit 3 / 5 3 / 4 4 / 5 +1 / 0 +1 / +1" in page  # start, last time, today
    assert "Medborgarfokus 2 / 4 3 / 5 4 / 5 +2 / +1 +1 / 0" in page
    assert "Helhetssyn 3 / 4 inte bedömd inte bedömd – –" in page  # never as a zero
    assert "Handlingsutrymme Samtycke med reservation – –" in page  # consensus then and now
    assert "Gruppens tillfälle 3; tidigare tillfällen: 2026-03-10, 2026-09-15" in pages[0]
    tillit = _page(pages, "1. Tillit")
    assert "Tidigare tillfällen: 2026-03-10 (start): nuläge 3, önskat läge 5 (enighet)" in tillit


def test_the_change_in_consensus_is_told(content_sv):
    second = follow_up(baseline(content_sv), content_sv)
    page = _page(page_texts(build_pdf(second)), "Jämförelse med tidigare tillfällen")
    assert "Handlingsutrymme Oenighet Samtycke med reservation ändrad" in page
    assert "Tillit Enighet Enighet densamma" in page


def test_the_report_says_what_happened_with_last_times_actions(content_sv):
    first = baseline(content_sv)
    second = follow_up(first, content_sv)  # reviewed: done, ongoing, not started, ...
    second.carried[2].comment = ""
    page = _page(page_texts(build_pdf(second)), "Vad hände med förra gångens åtgärder")
    carried = first.actions[2]
    assert carried.what in page and carried.who in page and carried.when.isoformat() in page
    assert "Genomförd Kommentar 1" in page
    assert "beslutad 2026-03-10 · Helhetssyn · förra gången: inte påbörjad" in page
    assert "Redan genomförda eller avbrutna förra gången" in page
    assert first.actions[1].what in page and "Avbruten" in page


def test_an_action_the_group_did_not_follow_up_says_so(content_sv):
    ws = uc.start_follow_up(baseline(content_sv), content_sv, THIRD_DATE)
    page = _page(page_texts(build_pdf(ws)), "Vad hände med förra gångens åtgärder")
    assert page.count("Inte uppföljd") == 5 + 1  # each action, and the note that explains it


def test_the_new_sections_are_tagged_headings_tables_and_a_described_radar(third):
    *_, ws = third
    data = build_pdf(ws)
    pdf = open_pdf(data)
    found = list(elements(pdf))
    titles = [item.title for item in read(data).outline]
    assert "Jämförelse med tidigare tillfällen" in titles
    assert "Vad hände med förra gångens åtgärder" in titles
    assert len([e for e in found if role(e) == "H1"]) == len(titles) + 1  # and the cover title
    header_widths = sorted(
        len(table.K[0].K)
        for table in (e for e in found if role(e) == "Table")
        if role(table.K[0]) == "TR" and all(role(cell) == "TH" for cell in table.K[0].K)
    )
    # the comparison (principle, three occasions, two changes): 6; the review: 5;
    # consensus then and now: 4; what was already closed: 3
    assert {3, 4, 5, 6} <= set(header_widths)
    radar = next(text_of(e) for e in found if role(e) == "Figure")
    assert "Tunn kontur, Nuläge 2026-03-10 (start): Tillit 3, Medborgarfokus 2" in radar
    assert "Tunn kontur, Nuläge 2026-09-15: Tillit 3, Medborgarfokus 3, Helhetssyn –" in radar


def test_every_bookmark_of_a_follow_up_lands_on_its_headings_page(third):
    *_, ws = third
    data = build_pdf(ws)
    reader, pages = read(data), page_texts(data)
    for item in reader.outline:
        page = reader.get_destination_page_number(item)
        assert pages[page].startswith(item.title), item.title


def test_the_attached_package_carries_every_earlier_occasion(third):
    first, second, ws = third
    pdf = open_pdf(build_pdf(ws))
    (spec,) = pdf.attachments.values()
    package = json.loads(spec.get_file().read_bytes())
    assert [o["workshop_id"] for o in package["history"]] == [first.id, second.id]
    assert package["workshop"]["group_id"] == first.group_id


def test_a_follow_up_imported_alone_reports_the_whole_comparison(tmp_path, third):
    *_, ws = third
    package = packages.export_package(ws, tmp_path / "tredje.json", earlier=ws.history)
    hr = ops.library_at(tmp_path / "hr")
    ops.prepare(hr)
    imported = packages.import_package(hr, package)
    pdf = reports.export_report_of(hr, imported.id, tmp_path / "tredje.pdf")
    pages = page_texts(pdf.read_bytes())
    page = _page(pages, "Jämförelse med tidigare tillfällen")
    assert "Tillit 3 / 5 3 / 4 4 / 5 +1 / 0 +1 / +1" in page
    assert "inte fanns tillgänglig" not in " ".join(pages)


def test_a_follow_up_that_remembers_nothing_still_exports_and_says_so(third):
    *_, ws = third
    ws.history.clear()
    pages = page_texts(build_pdf(ws))
    assert "tidigare workshop som inte fanns tillgänglig" in pages[0]
    assert not [p for p in pages if p.startswith("Jämförelse med tidigare tillfällen")]


def test_the_notes_of_the_review_step_are_in_the_report_private_ones_only_when_asked(third):
    *_, ws = third
    uc.set_free_notes(ws, "action_review", "Vi firade att beloppsgränserna höjdes.")
    uc.set_private_notes(ws, "action_review", "HEMLIGT om uppföljningen")
    page = _page(page_texts(build_pdf(ws)), "Vad hände med förra gångens åtgärder")
    assert "Vi firade att beloppsgränserna höjdes." in page
    assert "HEMLIGT" not in page
    private = _page(page_texts(build_pdf(ws, private=True)), "Vad hände med förra gångens")
    assert "HEMLIGT om uppföljningen" in private
