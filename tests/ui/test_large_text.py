"""At 200 % text on a 1366×768 screen (the setting's largest, the commonest laptop), every
page, every step kind and every dialog still fits: no text cut, no window larger than
the screen (which would push its edge, and what is there, off it). The pages and dialogs
are found as tests/ui/test_accessibility.py finds them, so a new one is checked too."""

from __future__ import annotations

import pytest
from every_part import OPENERS, every_page, settle
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget
from test_fits_the_screen import TASKBAR, cut_texts

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, designed_as, ini_settings, swedish  # noqa: F401
from tillitverkstad.ui import theme
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
SCREEN = QSize(1366, 768 - TASKBAR)
LARGEST = 2.0


@pytest.fixture
def large(qapp):
    with designed_as(qapp, theme.Appearance.LIGHT, LARGEST):
        yield


@pytest.fixture
def window(qtbot, tmp_path, library, workshops, large):
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(SCREEN)
    w.show()
    yield w
    for dialog in w.findChildren(QDialog):
        dialog.close()
    w.close_workshop()


def too_big(widget: QWidget) -> list[str]:
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    if least.boundedTo(SCREEN) == least:
        return []
    return [f"needs {least.width()}×{least.height()}"]


def test_every_page_and_step_fits_at_200_percent_text(window, workshops):
    problems = []
    for where in every_page(window, workshops):
        problems += [f"{where}: {p}" for p in too_big(window) + cut_texts(window)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("name", sorted(OPENERS))
def test_every_dialog_fits_at_200_percent_text(window, workshops, tmp_path, name):
    dialog = OPENERS[name](window, workshops, tmp_path)
    settle()
    dialog.resize(dialog.size().boundedTo(SCREEN))
    settle()
    problems = too_big(dialog) + cut_texts(dialog)
    assert problems == [], "\n".join(problems)
