import pytest

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.model import Rating, VoteDistribution
from tillitverkstad.core.rating import (
    aggregate,
    largest_gaps,
    make_distribution,
    median,
    needs_discussion,
    shares,
    spread,
    value_range,
)


def dist(*counts):
    return VoteDistribution(tuple(counts))


def test_median_of_odd_and_even_vote_counts():
    assert median(dist(0, 1, 1, 1, 0)) == 3.0
    assert median(dist(0, 1, 0, 1, 0)) == 3.0
    assert median(dist(1, 1, 0, 0, 0)) == 1.5
    assert median(dist(0, 0, 0, 0, 0)) is None


def test_range_and_spread_flag():
    assert value_range(dist(0, 2, 0, 1, 0)) == (2, 4)
    assert spread(dist(0, 2, 0, 1, 0)) == 2
    assert needs_discussion(dist(0, 2, 0, 1, 0))
    assert not needs_discussion(dist(0, 2, 3, 0, 0))
    assert not needs_discussion(dist(0, 0, 0, 0, 0))


def test_shares_sum_to_one():
    assert sum(shares(dist(1, 2, 3, 2, 1))) == pytest.approx(1.0)
    assert shares(dist(0, 0, 0, 0, 0)) == (0.0,) * 5


def test_distribution_from_mapping_or_sequence():
    assert make_distribution({1: 2, 5: 1}, 5).counts == (2, 0, 0, 0, 1)
    assert make_distribution([0, 1, 2, 0, 0], 5).counts == (0, 1, 2, 0, 0)


@pytest.mark.parametrize(
    "counts",
    [{0: 1}, {6: 1}, [0, -1, 0, 0, 0], [0, 0, 0], [0, 0, 1.5, 0, 0], [9, 0, 0, 0, 0]],
)
def test_impossible_votes_are_refused(counts):
    with pytest.raises(ValidationError) as error:
        make_distribution(counts, participants=8)
    assert error.value.message("sv") and error.value.message("en")


def test_more_votes_than_participants_names_both_numbers():
    with pytest.raises(ValidationError, match=r"9 votes.*8 participants"):
        make_distribution([9, 0, 0, 0, 0], participants=8)


def test_gap_is_desired_minus_current():
    assert Rating(agreed_current=2, agreed_desired=5).gap == 3
    assert Rating(agreed_current=4, agreed_desired=3).gap == -1
    assert Rating(agreed_current=2).gap is None


def test_aggregate_means_over_agreed_values_only():
    agg = aggregate(
        [Rating(agreed_current=2, agreed_desired=4), Rating(agreed_current=3), Rating()]
    )
    assert agg.current == 2.5
    assert agg.desired == 4
    assert agg.rated == 2
    assert agg.gap == 1.5


def test_largest_gaps_are_largest_first_and_skip_unrated():
    ratings = {
        "a": Rating(agreed_current=3, agreed_desired=4),
        "b": Rating(agreed_current=1, agreed_desired=5),
        "c": Rating(),
        "d": Rating(agreed_current=2, agreed_desired=4),
        "e": Rating(agreed_current=3, agreed_desired=3),
    }
    assert largest_gaps(ratings) == [("b", 4), ("d", 2), ("a", 1)]


def test_largest_gaps_show_every_step_tied_with_the_last_one():
    ratings = {step: Rating(agreed_current=2, agreed_desired=4) for step in "abcdef"}
    ratings["g"] = Rating(agreed_current=3, agreed_desired=4)
    ratings["h"] = Rating(agreed_current=1, agreed_desired=5)
    assert largest_gaps(ratings) == [("h", 4), *[(step, 2) for step in "abcdef"]]
    assert largest_gaps(ratings, count=1) == [("h", 4)]
