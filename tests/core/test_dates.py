"""One rule for every date a person types or a package brings: ISO YYYY-MM-DD, a real day,
within the years 1900–2200 (a year 0206 reaches Excel as ####)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tillitverkstad.core.action_plan import add_action
from tillitverkstad.core.dates import parse_date
from tillitverkstad.core.details import check_date
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.package import PackageError, dumps, from_package, to_package


@pytest.mark.parametrize(
    "typed",
    ["20261201", "2026-W01-1", "2026-12-1", "2026-12-01T10:00", "٢٠٢٦-١٢-٠١", " 2026-12-01"],
)
def test_a_typed_date_is_yyyy_mm_dd_and_nothing_else(typed):
    with pytest.raises(ValidationError) as caught:
        parse_date(typed)
    assert "ÅÅÅÅ-MM-DD" in caught.value.message("sv")


@pytest.mark.parametrize("typed", ["0206-11-23", "1899-12-31", "2201-01-01", "9999-12-31"])
def test_a_year_outside_1900_to_2200_is_refused_and_says_so(typed):
    with pytest.raises(ValidationError) as caught:
        parse_date(typed)
    assert "1900" in caught.value.message("sv") and "2200" in caught.value.message("sv")


@pytest.mark.parametrize("typed", ["1900-01-01", "2026-02-28", "2200-12-31"])
def test_the_first_and_last_day_of_the_range_are_dates(typed):
    assert parse_date(typed) == dt.date.fromisoformat(typed)


def test_a_workshop_date_outside_the_years_is_refused_by_the_core():
    with pytest.raises(ValidationError) as caught:
        check_date(dt.date(206, 11, 23))
    assert "1900" in caught.value.message("sv")


def test_an_action_date_follows_the_same_rule(demo):
    add_action(demo, "Ordna en uppföljning", when=dt.date(1950, 1, 1))  # an odd date, a date
    with pytest.raises(ValidationError):
        add_action(demo, "Ordna en uppföljning", when=dt.date(2201, 1, 1))


@pytest.mark.parametrize("stored", ["0206-11-23", "20261123", "2026-02-30"])
def test_a_package_with_an_impossible_date_is_refused_naming_the_field(demo, stored):
    package = json.loads(dumps(to_package(demo)))
    package["workshop"]["date"] = stored
    with pytest.raises(PackageError) as caught:
        from_package(json.dumps(package).encode())
    assert "workshop.date" in caught.value.message("sv")


def test_an_action_date_in_a_package_is_refused_naming_the_field(demo):
    package = json.loads(dumps(to_package(demo)))
    package["actions"][0]["when"] = "2301-01-01"
    with pytest.raises(PackageError) as caught:
        from_package(json.dumps(package).encode())
    assert "actions[0].when" in caught.value.message("sv")
