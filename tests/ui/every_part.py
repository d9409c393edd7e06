"""Every part of the facilitator window, for the tests that walk them all: each page and
step shown in turn (over the ``workshops`` fixture of conftest.py, which holds every kind
of step), and each dialog opened as the facilitator opens it. A dialog class missing from
:data:`OPENERS` fails test_every_dialog_is_walked until it is added."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tillitverkstad import ui
from tillitverkstad.core.package import dumps, to_package
from tillitverkstad.ui.main_window import MainWindow


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


# -- the pages and steps, each as its own subject ------------------------------------


def every_step(window: MainWindow, workshops) -> Iterator[str]:
    """Shows each step of each workshop in the window in turn; yields what it shows."""
    for ws in workshops:
        assert window.open_workshop(ws.id)
        for step in ws.steps:
            window.view.go_to(step)
            settle()
            yield f"{ws.group} › {step} ({window.session.kind(step)})"


def every_page(window: MainWindow, workshops) -> Iterator[str]:
    """The library, the overview, then every step: each shown in turn; yields its name."""
    yield "library"
    window.show_overview()
    page = window.overview_page
    deadline = time.monotonic() + 30
    while page.busy and time.monotonic() < deadline:  # worked out off the UI thread
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    settle()
    yield "overview"
    window.overview_page.back_requested.emit()
    yield from every_step(window, workshops)


def _another_version(window: MainWindow, workshops, tmp_path) -> QWidget:
    """The question an import asks when the file holds another version of a workshop."""
    from tillitverkstad.ui.import_flow import VersionDialog

    demo = workshops[0]
    package = tmp_path / "paket.json"
    package.write_bytes(dumps(to_package(dataclasses.replace(demo, facilitator="Ny"))))
    window.library_page.import_package(package)
    return next(b for b in window.findChildren(VersionDialog) if b.isVisible())


def _opened(window: MainWindow, workshops, make: Callable[[], object]) -> QWidget:
    assert window.open_workshop(workshops[0].id)
    shown = make()
    assert isinstance(shown, QWidget)
    return shown


# How each dialog of the window is opened, as the facilitator opens it. A dialog class that
# is missing here fails test_every_dialog_is_walked: add how it opens, and it is checked.
OPENERS: dict[str, Callable[[MainWindow, list, object], QWidget | None]] = {
    "HelpDialog": lambda w, ws, tmp: w.show_help(),
    "AboutDialog": lambda w, ws, tmp: w.show_about(),
    "GuideDialog": lambda w, ws, tmp: w.show_guide(),
    "SettingsDialog": lambda w, ws, tmp: w.show_settings(),
    "NewWorkshopDialog": lambda w, ws, tmp: w.new_workshop(),
    "FollowUpDialog": lambda w, ws, tmp: w.start_follow_up(ws[0].id),
    "DetailsDialog": lambda w, ws, tmp: _opened(w, ws, w.lifecycle.correct_details),
    "ExportDialog": lambda w, ws, tmp: _opened(w, ws, w.export_report),
    "VersionDialog": _another_version,
    "StartDialog": lambda w, ws, tmp: _opened(w, ws, w.toggle_participant_voting),
}


def dialog_classes() -> set[str]:
    """Every dialog class the window's package defines (its modules imported to find them)."""
    for module in pkgutil.walk_packages(ui.__path__, f"{ui.__name__}."):
        importlib.import_module(module.name)
    found, todo = set(), [QDialog]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith(ui.__name__):
                found.add(sub.__name__)
    return found
