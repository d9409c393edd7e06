"""Starting the app: the window takes a laptop screen whole, opens a workshop straight away
when asked (listing the library only on the way back), and says so when it cannot."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, gui_starts
from tillitverkstad.app import opens_maximised
from tillitverkstad.ui.settings import Settings

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def started(qapp, tmp_path, library, demo):
    """build_gui with the user's settings out of the way; the application is left as it
    was found (build_gui installs the user's catalogs, the design, hooks and handlers)."""
    library.add(demo)
    with gui_starts(qapp, tmp_path, library.data_dir) as start:
        yield start


@pytest.mark.parametrize(("width", "maximised"), [(1280, True), (1440, True), (1920, False)])
def test_laptop_screens_get_a_maximised_window(width, maximised):
    assert opens_maximised(width) is maximised


def test_the_window_takes_the_whole_laptop_screen_even_after_a_smaller_session(qtbot, started):
    QCoreApplication.setOrganizationName("Tillitverkstad")
    QCoreApplication.setApplicationName("Tillitverkstad")
    earlier = QWidget()
    earlier.resize(700, 500)
    Settings().geometry = earlier.saveGeometry()  # as left by the last session
    window = started()  # the offscreen screen is 800×600: a small laptop
    qtbot.waitUntil(window.isMaximized, timeout=2000)
    assert window.geometry().size() == window.screen().availableGeometry().size()


def test_open_id_shows_the_workshop_and_lists_the_library_on_the_way_back(qtbot, started, demo):
    window = started(open_id=demo.id[:8])
    assert window.session is not None and window.session.workshop.id == demo.id
    assert window.library_page.model.rowCount() == 0  # not read while the workshop opened
    assert window.close_workshop()
    assert window.library_page.model.rowCount() == 1
    assert window.library_page.selected().id == demo.id


def test_an_unknown_id_says_so_and_shows_the_library(qtbot, started, demo):
    window = started(open_id="0000dead")
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "0000dead" in boxes[0].text()
    assert window.session is None
    assert window.library_page.model.rowCount() == 1


@pytest.fixture
def package_of_another_group(tmp_path, demo):
    """A data package as HR mails it: a workshop this library does not hold yet."""
    import dataclasses

    from tillitverkstad.core.model import new_id
    from tillitverkstad.operations.packages import export_package

    other = dataclasses.replace(demo, id=new_id(), group_id=new_id(), group="Ledningsgrupp Norr")
    return export_package(other, tmp_path / "2026-11-23_Ledningsgrupp-Norr_tillitverkstad.json")


def test_a_package_opened_with_the_app_is_imported_and_its_workshop_opened(
    qtbot, started, package_of_another_group
):
    """Explorer's "Open with > Tillitverkstad" starts the app with the package's path."""
    window = started(package=package_of_another_group)
    assert window.session is not None
    assert window.session.workshop.group == "Ledningsgrupp Norr"


def test_a_package_finder_sends_the_running_app_is_imported_and_opened(
    qtbot, qapp, started, package_of_another_group, monkeypatch
):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from tillitverkstad.system import file_open

    monkeypatch.setattr(file_open, "FILE_OPEN_PLATFORMS", (sys.platform,))  # as on macOS
    window = started()
    assert window.session is None
    QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(package_of_another_group)))
    qtbot.waitUntil(lambda: window.session is not None, timeout=5000)
    assert window.session.workshop.group == "Ledningsgrupp Norr"


def test_a_damaged_package_opened_with_the_app_says_so_and_shows_the_library(
    qtbot, started, tmp_path
):
    broken = tmp_path / "trasig.json"
    broken.write_text("{ inte json", encoding="utf-8")
    window = started(package=broken)
    boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
    assert boxes and "inte ett giltigt datapaket" in boxes[0].text()
    assert window.session is None
