"""The report says how each step's votes were collected, and calls them anonymous only
when they were: hands counted in the room were seen by everyone."""

from __future__ import annotations

import copy

from pdfread import page_texts, pdf_text
from story import baseline, follow_up

from tillitverkstad.core.model import VoteMethod
from tillitverkstad.report import build_pdf


def _page(pages: list[str], title: str) -> str:
    return next(p for p in pages if p.startswith(title))


def test_a_follow_up_voted_by_hands_is_never_called_anonymous(content_sv):
    ws = follow_up(baseline(content_sv), content_sv)
    pages = page_texts(build_pdf(ws))
    text = " ".join(pages)
    assert "anonymt" not in text
    about = _page(pages, "Om rapporten")
    assert "med handuppräckning, som räknades i rummet (rösterna var alltså inte anonyma)" in about
    tillit = _page(pages, "1. Tillit")
    assert "Insamlade med handuppräckning och räknade i rummet" in tillit
    assert "olika sätt" not in _page(pages, "Sammanfattning")


def test_votes_from_own_devices_are_anonymous_and_mixed_ways_are_said_on_the_summary(demo_pdf):
    ws = copy.deepcopy(demo_pdf[0])
    ws.record("tillit").rating.method = VoteMethod.DEVICES
    pages = page_texts(build_pdf(ws))
    assert "Skickade anonymt från deltagarnas egna enheter" in _page(pages, "1. Tillit")
    assert "anonymt" not in _page(pages, "2. Medborgarfokus")
    summary = _page(pages, "Sammanfattning")
    assert "Rösterna samlades in på olika sätt" in summary
    assert "anonymt från deltagarnas egna enheter för Tillit" in summary
    about = _page(pages, "Om rapporten")
    assert "eller anonymt från sina egna enheter" in about


def test_every_step_voted_from_devices_reads_anonymous_throughout(demo_pdf):
    ws = copy.deepcopy(demo_pdf[0])
    for record in ws.records.values():
        record.rating.method = VoteMethod.DEVICES
    text = pdf_text(build_pdf(ws))
    assert "röstade gruppen först anonymt på två frågor från sina egna enheter" in text
    assert "handuppräckning" not in text and "olika sätt" not in text


def test_the_guide_and_the_archive_notes_never_call_a_hands_count_anonymous():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sv = " ".join((root / "resources/guide/sv.md").read_text(encoding="utf-8").split())
    en = " ".join((root / "resources/guide/en.md").read_text(encoding="utf-8").split())
    hr = " ".join((root / "docs/hr-archive.md").read_text(encoding="utf-8").split())
    assert "rösterna är anonyma" not in sv and "så rösterna är inte anonyma" in sv
    assert "votes are anonymous" not in en and "so the votes are not anonymous" in en
    assert "Votes are anonymous" not in hr and "not anonymous" in hr
