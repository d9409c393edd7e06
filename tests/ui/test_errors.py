"""Errors reach the user as a short message in their language; details go to a private log."""

from __future__ import annotations

import logging
import sys

import pytest

from tests.ui.shell_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE,
    kept_application,
    message_boxes,
    swedish,
)
from tillitverkstad.storage.errors import DataFolderError, WorkshopLockedError
from tillitverkstad.ui.errors import LOG_NAME, install_excepthook, setup_log_file, show_error

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]


@pytest.fixture
def crash_log(tmp_path):
    path = setup_log_file(tmp_path)
    previous = install_excepthook(lambda: "sv")
    yield path
    sys.excepthook = previous
    root = logging.getLogger("tillitverkstad")
    for handler in [h for h in root.handlers if getattr(h, "_tillit_crash_log", False)]:
        root.removeHandler(handler)
        handler.close()


def raise_and_capture(exc: BaseException):
    try:
        raise exc
    except BaseException:
        return sys.exc_info()


def test_a_user_error_is_shown_in_swedish(qtbot):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    box = show_error(parent, WorkshopLockedError("Ledningsgrupp <IFO>"), "sv")
    assert "öppen i ett annat" in box.text()
    assert "Ledningsgrupp <IFO>" in box.text()  # shown as typed, not as markup
    assert show_error(parent, WorkshopLockedError("x"), "en").text().startswith("The workshop")
    assert message_boxes(parent)


def test_the_excepthook_logs_type_and_stack_but_not_the_message(qtbot, crash_log):
    kind, exc, tb = raise_and_capture(ValueError("Sara Lind sa något privat"))
    sys.excepthook(kind, exc, tb)
    logging.getLogger("tillitverkstad").handlers[-1].flush()
    text = crash_log.read_text(encoding="utf-8")
    assert crash_log.name == LOG_NAME and crash_log.parent.name == "logs"
    assert "builtins.ValueError" in text
    assert "raise_and_capture" in text  # the stack is there
    assert "Sara Lind" not in text


def test_the_excepthook_shows_a_short_message_without_traceback(qtbot, crash_log):
    from PySide6.QtWidgets import QApplication, QMessageBox

    def boxes() -> set[QMessageBox]:
        return {w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)}

    before = boxes()  # an earlier test's box may still be about: this one is the new one
    kind, exc, tb = raise_and_capture(KeyError("deltagare: Anna"))
    sys.excepthook(kind, exc, tb)
    [box] = boxes() - before
    text = box.text()
    assert text.startswith("Något oväntat gick fel.")
    assert "Traceback" not in text and "KeyError" not in text and "Anna" not in text
    box.close()


def test_a_user_error_through_the_hook_shows_its_own_message(qtbot, crash_log, tmp_path):
    from PySide6.QtWidgets import QApplication, QMessageBox

    def boxes() -> set[QMessageBox]:
        return {w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)}

    before = boxes()  # an earlier test's box may still be about: this one is the new one
    kind, exc, tb = raise_and_capture(DataFolderError(tmp_path / "skrivskyddad"))
    sys.excepthook(kind, exc, tb)
    [box] = boxes() - before
    assert "går inte att skriva i datamappen" in box.text()
    box.close()


def test_an_unwritable_log_folder_does_not_break_the_app(tmp_path):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder", encoding="utf-8")
    assert setup_log_file(blocker) is None


@pytest.mark.posix
@pytest.mark.usefixtures("kept_application")
def test_the_log_file_is_readable_only_by_the_user(tmp_path):
    import stat

    from tillitverkstad.ui.errors import setup_log_file

    path = setup_log_file(tmp_path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
