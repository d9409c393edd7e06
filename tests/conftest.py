"""Shared fixtures. GUI tests (tests/ui) are marked ``gui`` automatically so that the pure
logic can run alone with ``-m "not gui"``."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TILLITVERKSTAD_LANG"] = "sv"

ROOT = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    on_windows = sys.platform == "win32"
    for item in items:
        if (ROOT / "ui") in Path(item.fspath).parents:
            item.add_marker(pytest.mark.gui)
        if on_windows and item.get_closest_marker("posix"):
            # What Windows does instead (no modes, no FIFOs, no SIGTERM, files in use) is
            # tested in tests/system on every system.
            item.add_marker(pytest.mark.skip(reason="POSIX behaviour; Windows has none"))


@pytest.fixture
def content_sv():
    from tillitverkstad.core.content import load_content

    return load_content("sv")


@pytest.fixture
def demo(content_sv):
    import datetime as dt

    from tillitverkstad.core.demo import demo_workshop

    return demo_workshop(content_sv, dt.date(2026, 11, 23))


@pytest.fixture
def library(tmp_path):
    from tillitverkstad.storage.library import Library

    return Library(tmp_path / "data")


@pytest.fixture(autouse=True)
def _collect_qt_garbage(request):
    """Collect a GUI test's cyclic garbage while Qt is fully alive. Left to pytest's final
    collection (pytest >= 9.1 collects hard at exit), wrappers of already deleted widgets
    crash the interpreter after every test has passed."""
    yield
    if request.node.get_closest_marker("gui"):
        gc.collect()
