"""Nothing in the facilitator window cuts its own text on a 1280×720 projector laptop, a
1366×768 laptop or a 1920×1080 screen: labels, buttons, combo boxes (every choice), table
cells and the editors that open in them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyleOptionComboBox,
    QTableWidget,
    QWidget,
)
from view_helpers import press

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, swedish  # noqa: F401
from tillitverkstad.storage.library import Library
from tillitverkstad.ui import design, theme
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
SIZES = [(1280, 720), (1366, 768), (1920, 1080)]
TASKBAR = 48  # what a desktop panel takes from a maximised window's height
CELL_MARGINS = 6  # the delegate's padding either side of a cell's text (Fusion)
WRAP = Qt.TextFlag.TextWordWrap.value


@pytest.fixture
def designed(qapp):
    """The app's own design, as app.py applies it."""
    font, palette = qapp.font(), qapp.palette()
    design.apply(qapp, theme.Appearance.LIGHT, 1.0)
    yield
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def window(qtbot, tmp_path, library, demo, designed):
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_workshop()


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def shown(root: QWidget, kind: type) -> list:
    return [w for w in root.findChildren(kind) if w.isVisible() and w.width() > 0]


def combo_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width()


def cut_texts(root: QWidget) -> list[str]:
    """Every text in ``root`` that is shown narrower than it needs."""
    problems = []
    for label in shown(root, QLabel):
        if not label.text() or (label.pixmap() is not None and not label.pixmap().isNull()):
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.contentsRect().width())
            if needed > label.contentsRect().height() + 1:
                problems.append(f"label {label.text()[:40]!r}: {needed} > {label.height()} high")
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(f"label {label.text()[:40]!r}: {label.sizeHint().width()} wide")
    for button in shown(root, QAbstractButton):
        if isinstance(button.parentWidget(), QLineEdit):
            continue  # a field's own icon button (the date's calendar): the field sizes it
        if button.minimumSizeHint().width() > button.width() + 1:
            problems.append(f"button {button.text()!r} squeezed to {button.width()}")
    for combo in shown(root, QComboBox):
        room = combo_room(combo)
        metrics = QFontMetrics(combo.font())
        for index in range(combo.count()):
            text = combo.itemText(index)
            if metrics.horizontalAdvance(text) > room:
                problems.append(f"combo choice {text!r} cut ({room} px)")
    for table in shown(root, QTableWidget):
        problems += cut_cells(table)
    for view in shown(root, QListWidget):
        if view.wordWrap() and type(view.itemDelegate()).__name__ != "_StepDelegate":
            problems += cut_items(view)  # the agenda draws its own two parts
    return problems


def cut_items(view: QListWidget) -> list[str]:
    """Items of a wrapping list given less height than their whole text needs at the
    width they have (Qt would cut the last line off with "…")."""
    problems = []
    delegate = view.itemDelegate()
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        if hasattr(delegate, "text_box"):
            needed = delegate.text_box(item.text(), view.font(), rect.width()).height()
            needed += 2 * delegate.PAD
        else:
            room = QRect(0, 0, rect.width() - CELL_MARGINS, 10_000)
            needed = QFontMetrics(view.font()).boundingRect(room, WRAP, item.text()).height()
        if needed > rect.height() or rect.width() < view.viewport().width() - 2 * view.spacing():
            problems.append(f"list item {item.text()[:40]!r} cut")
    return problems


def cut_cells(table: QTableWidget) -> list[str]:
    """Cells whose text does not fit: too wide, or (when wrapping) too tall for the row."""
    problems = []
    metrics = QFontMetrics(table.font())
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        if table.isColumnHidden(column):
            continue
        room = table.columnWidth(column) - CELL_MARGINS
        title = table.horizontalHeaderItem(column).text()
        if header.sectionSizeHint(column) > table.columnWidth(column) + 1:
            problems.append(f"table header {title!r} cut")
        for row in range(table.rowCount()):
            text = table.item(row, column).text() if table.item(row, column) else ""
            if table.wordWrap():
                box = metrics.boundingRect(QRect(0, 0, room, 10_000), WRAP, text)
                if box.height() > table.rowHeight(row) or box.width() > room:
                    problems.append(f"table cell {text!r} cut")
            elif metrics.horizontalAdvance(text) > room:
                problems.append(f"table cell {text!r} cut")
    return problems


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_step_fits_the_screen_without_cutting_text(qtbot, window, demo, size):
    width, height = size
    window.resize(width, height - TASKBAR)
    window.open_workshop(demo.id)
    settle()
    problems = []
    for step in window.session.workshop.steps:
        window.session.go_to(step)
        settle()
        least = window.minimumSizeHint()
        if least.width() > width or least.height() > height - TASKBAR:
            problems.append(f"{step}: the window needs {least.width()}×{least.height()}")
        problems += [f"{step}: {p}" for p in cut_texts(window)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_library_and_the_welcome_page_fit(qtbot, window, tmp_path, designed, size):
    width, height = size
    empty = MainWindow(Library(tmp_path / "empty"), ini_settings(tmp_path / "other"))
    qtbot.addWidget(empty)
    empty.show()
    for shown_window in (window, empty):
        shown_window.resize(width, height - TASKBAR)
        settle()
        assert cut_texts(shown_window) == []
        least = shown_window.minimumSizeHint()
        assert least.boundedTo(QSize(width, height - TASKBAR)) == least
    assert empty.library_page.welcome_page.isVisible()


def test_a_table_cell_editor_shows_its_whole_choice(qtbot, window, demo):
    window.resize(1280, 720 - TASKBAR)
    window.open_workshop(demo.id)
    window.session.go_to("actions")
    settle()
    table = window.view.page().table.table
    for column in (3, 4):  # principle and status: chosen from a list
        table.setCurrentCell(0, column)
        table.setFocus()
        press(table, Qt.Key.Key_F2)
        settle()
        [editor] = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
        room = combo_room(editor)
        assert QFontMetrics(editor.font()).horizontalAdvance(editor.currentText()) <= room
        press(editor, Qt.Key.Key_Escape)
        settle()
