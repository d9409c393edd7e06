"""Fixtures of the operations layer's tests."""

from __future__ import annotations

import pytest

from tillitverkstad.operations import library as ops


def _prepared(folder):
    """A library in ``folder``, ready as the window or the CLI would open it."""
    library = ops.library_at(folder)
    ops.prepare(library)
    return library


@pytest.fixture
def lib(tmp_path):
    return _prepared(tmp_path / "data")


@pytest.fixture
def fresh(tmp_path):
    """Another library, empty: HR's, say, where packages from ``lib`` are imported."""
    return _prepared(tmp_path / "hr")
