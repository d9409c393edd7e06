"""A workshop an earlier version stored with a year outside 1900–2200 (its command line took
``--date 0206-11-23``) still opens: the date rule guards what is typed and imported, and
must not make a stored workshop unreadable."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tillitverkstad.core.errors import TillitError
from tillitverkstad.operations.packages import export_package, import_file


@pytest.fixture
def stored_in_year_206(library, demo):
    library.ensure()
    old = dataclasses.replace(demo, date=dt.date(206, 11, 23))
    library.add(old)
    return old


def test_a_stored_workshop_dated_in_year_206_is_listed_and_opens(library, stored_in_year_206):
    (item,) = library.list()
    assert item.readable
    assert library.read(stored_in_year_206.id).date == dt.date(206, 11, 23)


def test_a_package_dated_in_year_206_is_still_refused(library, stored_in_year_206, tmp_path):
    package = export_package(stored_in_year_206, tmp_path / "paket.json")
    other = type(library)(tmp_path / "other")
    other.ensure()
    result = import_file(other, package)
    assert isinstance(result.error, TillitError)
    assert "1900" in result.error.message("sv")
    assert other.list() == []
