"""The shared screen in the room: F5 leaves the keyboard with the facilitator, a live
indicator sits beside the preview, and when the projector is unplugged the facilitator
window says so; when it comes back the shared screen goes back to it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, swedish  # noqa: F401
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]


@pytest.fixture
def window(qtbot, tmp_path, library, demo):
    demo.current_step = "tillit"
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.show()
    assert w.open_workshop(demo.id)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.close_workshop()


def test_f5_leaves_the_keyboard_with_the_facilitator(qtbot, window):
    entry = window.view.page().notes.lists[next(iter(window.view.page().notes.lists))].entry
    entry.setFocus()
    window.presenting.presenter.present_action.trigger()
    screen = window.presenting.presenter.screen
    qtbot.waitExposed(screen)
    qtbot.wait(50)  # what a window manager would do on showing it has had its turn
    assert QApplication.activeWindow() is window
    assert QApplication.focusWidget() is entry
    # The offscreen platform never moves focus by itself; on X11 (with or without a
    # window manager) a shown window takes it unless it refuses focus, as this one does.
    assert screen.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus


def test_the_preview_says_live_while_the_group_sees_it(qtbot, window):
    preview = window.presenting.preview
    assert not preview.live.isVisibleTo(preview)
    window.presenting.presenter.present_action.trigger()
    assert preview.live.isVisibleTo(preview)
    assert "Visas nu" in preview.live.text()
    window.presenting.presenter.black_action.trigger()
    assert "svart" in preview.live.text().lower()
    window.presenting.presenter.present_action.trigger()  # F5 again: stopped
    assert not preview.live.isVisibleTo(preview)


@pytest.mark.qt_log_ignore("does not support raise")  # the offscreen platform's
def test_an_unplugged_projector_is_said_and_the_shared_screen_returns(qtbot, window):
    presenter = window.presenting.presenter
    presenter.present_action.trigger()
    shared = presenter.screen
    projector = shared.screen() or QGuiApplication.primaryScreen()
    presenter._screen_removed(projector)  # what Qt's screenRemoved brings
    lost = window.statusBar().currentMessage()
    assert "projektorn" in lost.lower()
    assert "projektorn" in window.presenting.preview.status.text().lower()
    placed: list[object] = []
    presenter._place = lambda remembered: placed.append(remembered)  # type: ignore[method-assign]
    presenter._screens_changed(projector)  # screenAdded: it is back
    assert placed  # put on it again, full screen
    assert "tillbaka" in window.statusBar().currentMessage()
