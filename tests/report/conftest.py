"""Fixtures for the report tests."""

from __future__ import annotations

import pytest


@pytest.fixture
def empty_workshop(content_sv):
    import datetime as dt

    from tillitverkstad.core import usecases as uc

    return uc.create_workshop(
        content_sv, group="Tom grupp", date=dt.date(2026, 11, 23), participant_count=5
    )
