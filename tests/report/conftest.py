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


@pytest.fixture(scope="module")
def demo_pdf():
    """The demo workshop (seven principles, notes, votes, actions) and its report."""
    import datetime as dt

    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.demo import demo_workshop
    from tillitverkstad.report import build_pdf

    ws = demo_workshop(load_content("sv"), dt.date(2026, 11, 23))
    return ws, build_pdf(ws)
