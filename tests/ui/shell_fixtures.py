"""Helpers shared by the shell's GUI tests: settings on an ini file, a fake workshop view."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from tillitverkstad.app import build_gui, install_translators
from tillitverkstad.ui import design
from tillitverkstad.ui.settings import Settings
from tillitverkstad.ui.theme import Appearance

# The offscreen platform says this whenever a window is shown; it is not our warning.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def offscreen_env(tmp_path) -> dict[str, str]:
    """The environment of a window run in a child process: offscreen, and with its own
    home and settings folder (never the real user's)."""
    return {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }


def ini_settings(tmp_path) -> Settings:
    """Settings that never touch the real user's preferences."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


class FakeView(QLabel):
    """Stands in for the WorkshopView (a ``WorkshopPane``): records the commands the window
    sends it."""

    notice = Signal(str)
    timer_changed = Signal(int, bool, bool)
    finish_requested = Signal()
    presenting_bar = None

    def __init__(self, session, language: str) -> None:
        super().__init__(session.workshop.group)
        self.session = session
        self.language = language
        self.calls: list[str] = []

    @property
    def widget(self) -> QWidget:
        return self

    def add_side_panel(self, panel: QWidget) -> None:
        panel.setParent(self)

    def commit_drafts(self) -> int:
        return 0

    def drafts(self) -> list[str]:
        return []

    def skip_step(self) -> None:
        self.calls.append("skip_step")

    def go_next(self) -> None:
        self.calls.append("go_next")

    def go_previous(self) -> None:
        self.calls.append("go_previous")

    def toggle_timer(self) -> None:
        self.calls.append("toggle_timer")

    def reset_timer(self) -> None:
        self.calls.append("reset_timer")

    def add_minute(self) -> None:
        self.calls.append("add_minute")

    def new_note(self) -> None:
        self.calls.append("new_note")

    def current_step(self) -> str:
        return self.session.workshop.current_step


def message_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


@contextlib.contextmanager
def application_kept(app: QApplication) -> Iterator[None]:
    """Whatever ``app.build_gui`` (or a part of it) does to the application and the
    process is undone on the way out: catalogs, design, names, hooks, signal handlers,
    settings folder and the termination wakeup (the crash log: tests/conftest.py)."""
    hook, font, palette = sys.excepthook, app.font(), app.palette()
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    signals = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    wakeup = signal.set_wakeup_fd(-1)
    signal.set_wakeup_fd(wakeup)
    try:
        yield
    finally:
        install_translators(app, "en")  # the tests' language, with no catalog installed
        app.setStyleSheet("")
        app.setPalette(palette)
        app.setFont(font)
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
        sys.excepthook = hook
        for number, handler in signals.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(wakeup)
        with contextlib.suppress(AttributeError):
            delattr(app, "_tillitverkstad_termination")
        config = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.GenericConfigLocation
        )
        for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(kind, QSettings.Scope.UserScope, config)


@contextlib.contextmanager
def gui_starts(app: QApplication, settings_dir: Path, *args: Any) -> Iterator[Callable]:
    """A ``start(**kwargs)`` that runs ``build_gui(*args, **kwargs)`` with the user's
    settings in ``settings_dir``; every window it started is closed, with its message
    boxes, and the application left as it was found (:func:`application_kept`)."""
    windows = []

    def start(**kwargs: Any) -> QWidget:
        _app, window = build_gui(*args, **kwargs)
        windows.append(window)
        return window

    with application_kept(app):
        QSettings.setPath(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings_dir)
        )
        yield start
        for window in windows:
            for box in window.findChildren(QMessageBox):
                box.close()
            window.close()
            window.deleteLater()
        app.processEvents()


@contextlib.contextmanager
def designed_as(app: QApplication, appearance: Appearance, scale: float) -> Iterator[None]:
    """The app's own design at a text size and appearance, as app.py applies it; the
    application's own font, palette and style sheet back on the way out."""
    font, palette = app.font(), app.palette()
    design.apply(app, appearance, scale)
    try:
        yield
    finally:
        app.setStyleSheet("")
        app.setPalette(palette)
        app.setFont(font)


@pytest.fixture
def kept_application(qapp):
    with application_kept(qapp):
        yield


@pytest.fixture
def swedish(qapp):
    """The Swedish catalogs installed, as app.py does for a Swedish user."""
    install_translators(qapp, "sv")
    yield
    install_translators(qapp, "en")
