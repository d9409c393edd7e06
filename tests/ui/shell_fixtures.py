"""Helpers shared by the shell's GUI tests: settings on an ini file, a fake workshop view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from tillitverkstad.app import install_translators
from tillitverkstad.ui.settings import Settings

# The offscreen platform says this whenever a window is shown; it is not our warning.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("does not support propagateSizeHints")


def ini_settings(tmp_path) -> Settings:
    """Settings that never touch the real user's preferences."""
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


class FakeView(QLabel):
    """Stands in for the WorkshopView: records the commands the window sends it."""

    def __init__(self, session, language: str) -> None:
        super().__init__(session.workshop.group)
        self.session = session
        self.language = language
        self.calls: list[str] = []
        for name in (
            "go_next",
            "go_previous",
            "toggle_timer",
            "reset_timer",
            "add_minute",
            "new_note",
        ):
            setattr(self, name, lambda name=name: self.calls.append(name))

    def current_step(self) -> str:
        return self.session.workshop.current_step


def message_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


@pytest.fixture
def swedish(qapp):
    """The Swedish catalogs installed, as app.py does for a Swedish user."""
    install_translators(qapp, "sv")
    yield
    install_translators(qapp, "en")
