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


@pytest.fixture(autouse=True)
def _collector_left_as_found(request):
    """A long job's hold on the garbage collector (``tillitverkstad.heap``) must end with
    the job: one left over keeps full collections waiting for every later test, and hides
    a hold never released. A window test's jobs get their events to end in; what a test
    froze is thawed again, so that no test runs on another's frozen heap."""
    from tillitverkstad import heap

    before = gc.get_threshold()
    yield
    if heap.jobs_running() and "PySide6.QtCore" in sys.modules:
        import time

        from PySide6.QtCore import QCoreApplication, QEvent

        deadline = time.monotonic() + 10
        while heap.jobs_running() and time.monotonic() < deadline:
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            QCoreApplication.processEvents()
    gc.unfreeze()
    assert heap.jobs_running() == 0, "a long job still holds the garbage collector"
    assert gc.get_threshold() == before, "the garbage collector was left changed"


def _application_state() -> dict[str, object] | None:
    """What a test may change about the running application and the process, and must put
    back: the installed catalogs, the design, the settings' names, the hooks and handlers."""
    import signal
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if app is None:
        return None
    from PySide6.QtCore import QCoreApplication

    return {
        "catalog": QCoreApplication.translate("MainWindow", "&File"),
        "style sheet": app.styleSheet(),
        "font": app.font().toString(),
        "palette": app.palette().window().color().name(),
        "organisation": QCoreApplication.organizationName(),
        "application name": QCoreApplication.applicationName(),
        "excepthook": sys.excepthook,
        "SIGTERM": signal.getsignal(signal.SIGTERM),
    }


@pytest.fixture(autouse=True)
def _crash_log_put_back():
    """The command line (and the window) send the crash log to their data folder: each
    test that runs them gets the handlers it found back."""
    import logging

    log = logging.getLogger("tillitverkstad")
    handlers, level = list(log.handlers), log.level
    yield
    for handler in [h for h in log.handlers if h not in handlers]:
        log.removeHandler(handler)
        handler.close()
    log.setLevel(level)


@pytest.fixture(autouse=True)
def _application_left_as_found(request):
    """A test that leaves the application changed makes later tests pass or fail by the
    order they run in: it fails here, at the test that did it, not at its victim."""
    if request.node.get_closest_marker("gui"):
        request.getfixturevalue("qapp")  # made first, so its state is known before the test
    before = _application_state()
    yield
    after = _application_state()
    if before is None or after is None:
        return
    changed = sorted(key for key in before if before[key] != after[key])
    assert not changed, f"the test left the application changed: {', '.join(changed)}"
