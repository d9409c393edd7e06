"""A distribution from the phones with fewer votes than the facilitator's minimum is never
printed: two votes "one on 2, one on 4" would tell the two who voted what the other chose.
The report says so instead, and still prints the value the group agreed."""

from __future__ import annotations

import copy

from pdfread import page_texts
from story import baseline, follow_up

from tillitverkstad.core import votes
from tillitverkstad.core.model import Scale, VoteMethod
from tillitverkstad.core.vote_minimum import too_few_to_show
from tillitverkstad.report import build_pdf

HIDDEN_3 = "Färre än 3 röster från telefonerna – fördelningen visas inte."
HIDDEN_5 = "Färre än 5 röster från telefonerna – fördelningen visas inte."


def _page(pages: list[str], title: str) -> str:
    return next(p for p in pages if p.startswith(title))


def _phones(ws, step, current, desired, minimum):
    votes.store_votes(ws, step, votes.phone_votes(current, desired, minimum))


def test_a_phone_vote_below_its_minimum_shows_no_distribution_and_says_why(demo_pdf):
    ws = copy.deepcopy(demo_pdf[0])
    ws.participant_count = 8
    _phones(ws, "tillit", (0, 1, 0, 1, 0), (0, 0, 1, 1, 1), 3)  # 2 votes, then 3
    _phones(ws, "medborgarfokus", (1, 1, 1, 1, 0), (0, 2, 2, 0, 0), 5)  # 4 votes each
    pages = page_texts(build_pdf(ws))
    tillit = _page(pages, "1. Tillit")
    assert "Nuläge: 2 röster" in tillit  # how many were sent is still true
    assert HIDDEN_3 in tillit
    assert tillit.count("Median") == 1  # önskat läge, with its three votes, is shown
    assert "Median 4 · spridning 3–5" in tillit
    rated = ws.record("tillit").rating
    assert f"Överenskommet {rated.agreed_current}" in tillit or str(rated.agreed_current) in tillit
    medborgarfokus = _page(pages, "2. Medborgarfokus")
    assert medborgarfokus.count(HIDDEN_5) == 2
    assert "Median" not in medborgarfokus and "spridning" not in medborgarfokus
    about = _page(pages, "Om rapporten")
    assert "visas bara när minst så många röstade som processledaren valt" in about


def test_a_hands_count_of_two_is_shown_as_before(demo_pdf):
    ws = copy.deepcopy(demo_pdf[0])
    rating = ws.record("tillit").rating
    rating.current = type(rating.current)((0, 1, 0, 1, 0))
    pages = page_texts(build_pdf(ws))
    tillit = _page(pages, "1. Tillit")
    assert "Median 3 · spridning 2–4" in tillit
    assert "telefonerna" not in tillit


def test_a_follow_up_hides_its_own_small_phone_vote(content_sv):
    ws = follow_up(baseline(content_sv), content_sv)
    ws.participant_count = 8
    _phones(ws, "tillit", (0, 0, 2, 0, 0), (0, 0, 0, 1, 0), 3)
    tillit = _page(page_texts(build_pdf(ws)), "1. Tillit")
    assert tillit.count(HIDDEN_3) == 2
    assert "Median" not in tillit


def test_an_old_style_phone_rating_without_a_minimum_is_hidden_below_three(demo_pdf):
    """What the app wrote before the minimum was stored: counts and the method only."""
    ws = copy.deepcopy(demo_pdf[0])
    rating = ws.record("tillit").rating
    rating.current = type(rating.current)((0, 1, 0, 1, 0))
    rating.method = VoteMethod.DEVICES
    tillit = _page(page_texts(build_pdf(ws)), "1. Tillit")
    assert HIDDEN_3 in tillit
    assert "Median 3 · spridning 2–4" not in tillit
    assert too_few_to_show(rating) == (Scale.CURRENT,)
