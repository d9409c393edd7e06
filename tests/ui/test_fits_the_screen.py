"""Nothing in the facilitator window cuts its own text on a 1280×720 projector laptop, a
1366×768 laptop or a 1920×1080 screen: labels, buttons, combo boxes (every choice), table
cells and the editors that open in them."""

from __future__ import annotations

import datetime as dt

import pytest
from accessibility_walk import out_of_reading_order, tab_chain
from PySide6.QtCore import QRect, Qt
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
    QTableView,
    QTableWidget,
    QWidget,
)
from view_helpers import press

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, designed_as, ini_settings, swedish  # noqa: F401
from tillitverkstad.core import usecases as uc
from tillitverkstad.storage.library import Library
from tillitverkstad.ui import design, theme
from tillitverkstad.ui.main_window import MainWindow
from tillitverkstad.ui.widgets.actions_table import STATUS, STEP
from tillitverkstad.ui.widgets.choice_box import SHORTENED

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
TASKBAR = 48  # what a desktop panel takes from a maximised window's height
CELL_MARGINS = 6  # the delegate's padding either side of a cell's text (Fusion)
WRAP = Qt.TextFlag.TextWordWrap.value

# Screen size and text size (Inställningar › Textstorlek): a projector laptop, the target
# laptop, a full-HD screen, and the laptop with large text.
LOOKS = [
    (1280, 720, 1.0),
    (1366, 768, 1.0),
    (1920, 1080, 1.0),
    (1366, 768, 1.5),
    (1366, 768, 2.0),
]


def look_id(look: tuple[int, int, float]) -> str:
    return f"{look[0]}x{look[1]}-{round(look[2] * 100)}"


@pytest.fixture(params=LOOKS, ids=look_id)
def look(request):
    return request.param


@pytest.fixture
def designed(qapp, look):
    """The app's own design at the look's text size, as app.py applies it."""
    with designed_as(qapp, theme.Appearance.LIGHT, look[2]):
        yield


@pytest.fixture
def window(qtbot, tmp_path, library, demo, content_sv, designed, look):
    library.add(demo)
    library.add(uc.start_follow_up(demo, content_sv, dt.date(2027, 5, 22)))
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(look[0], look[1] - TASKBAR)
    w.show()
    yield w
    w.close_workshop()


def too_big(window: QWidget, look: tuple[int, int, float]) -> list[str]:
    least = window.minimumSizeHint()
    if least.width() > look[0] or least.height() > look[1] - TASKBAR:
        return [f"the window needs {least.width()}×{least.height()}"]
    return []


def settle(root: QWidget) -> None:
    """Until the layouts are at rest: every widget where the pass before left it (a
    layout that moves a part, a title that wraps, takes a few passes)."""
    before: list[QRect] = []
    for _ in range(20):
        QApplication.processEvents()
        now = [w.geometry() for w in root.findChildren(QWidget) if w.isVisible()]
        if now == before:
            return
        before = now
    raise AssertionError("the layout never comes to rest")


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
            # The whole label's height for its whole width (its margins in both).
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                problems.append(f"label {label.text()[:40]!r}: {needed} > {label.height()} high")
        elif label.sizeHint().width() > label.width() + 1:
            problems.append(f"label {label.text()[:40]!r}: {label.sizeHint().width()} wide")
    for button in shown(root, QAbstractButton):
        if isinstance(button.parentWidget(), QLineEdit):
            continue  # a field's own icon (clear, calendar): the field sizes it
        if button.minimumSizeHint().width() > button.width() + 1:
            problems.append(f"button {button.text()!r} squeezed to {button.width()}")
    for combo in shown(root, QComboBox):
        if combo.sizeAdjustPolicy() == SHORTENED:
            continue  # names people typed: shortened in the field, whole in the list
        room = combo_room(combo)
        metrics = QFontMetrics(combo.font())
        for index in range(combo.count()):
            text = combo.itemText(index)
            if metrics.horizontalAdvance(text) > room:
                problems.append(f"combo choice {text!r} cut ({room} px)")
    for table in shown(root, QTableWidget):
        problems += cut_cells(table)
    for view in shown(root, QTableView):
        problems += cut_headers(view)
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


def cut_headers(table: QTableView) -> list[str]:
    """Column titles narrower than their text (and sort mark)."""
    header, model = table.horizontalHeader(), table.model()
    return [
        f"table header {model.headerData(c, Qt.Orientation.Horizontal)!r} cut"
        for c in range(header.count())
        if not header.isSectionHidden(c) and header.sectionSizeHint(c) > header.sectionSize(c) + 1
    ]


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


def test_every_step_fits_the_screen_without_cutting_text(qtbot, window, demo, look):
    window.open_workshop(demo.id)
    settle(window)
    problems = []
    for step in window.session.workshop.steps:
        window.session.go_to(step)
        settle(window)
        problems += [f"{step}: {p}" for p in too_big(window, look) + cut_texts(window)]
    assert problems == [], "\n".join(problems)


def test_a_follow_up_fits_the_screen_without_cutting_text(qtbot, window, library, look):
    """Its review of last time's actions, and the summary's comparison with the start."""
    window.open_workshop(next(s.id for s in library.list() if s.follow_up_of))
    settle(window)
    problems = []
    for step in (window.session.workshop.steps[1], "tillit", "summary"):
        window.session.go_to(step)
        settle(window)
        problems += [f"{step}: {p}" for p in too_big(window, look) + cut_texts(window)]
    assert problems == [], "\n".join(problems)


def test_the_library_the_welcome_page_and_the_overview_fit(qtbot, window, tmp_path, look):
    empty = MainWindow(Library(tmp_path / "empty"), ini_settings(tmp_path / "other"))
    qtbot.addWidget(empty)
    empty.resize(look[0], look[1] - TASKBAR)
    empty.show()
    settle(empty)
    assert empty.library_page.welcome_page.isVisible()
    problems = []
    for name, shown_window in (("library", window), ("welcome", empty)):
        problems += [f"{name}: {p}" for p in too_big(shown_window, look) + cut_texts(shown_window)]
    window.show_overview()
    settle(window)
    problems += [f"overview: {p}" for p in too_big(window, look) + cut_texts(window)]
    assert problems == [], "\n".join(problems)


def test_the_dialogs_fit_the_screen_without_cutting_text(qtbot, window, library, demo, look):
    problems = []
    for name, dialog in (
        ("settings", window.show_settings()),
        ("new workshop", window.new_workshop()),
        ("follow-up", window.start_follow_up(demo.id)),
    ):
        settle(dialog)
        problems += [f"{name}: {p}" for p in too_big(dialog, look) + cut_texts(dialog)]
        dialog.close()
    window.open_workshop(demo.id)
    details = window.lifecycle.correct_details()
    settle(details)
    problems += [f"details: {p}" for p in too_big(details, look) + cut_texts(details)]
    details.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("look", [(1366, 768, 1.0)], ids=look_id)
def test_columns_follow_their_content_when_the_text_size_changes(qtbot, qapp, window, library):
    """Inställningar › Textstorlek applies at once: tables already filled widen their
    columns to the larger text instead of cutting their titles and values."""
    window.open_workshop(next(s.id for s in library.list() if s.follow_up_of))
    window.session.go_to("summary")
    settle(window)
    design.apply(qapp, theme.Appearance.LIGHT, 2.0)
    settle(window)
    problems = [f"summary: {p}" for p in cut_texts(window)]
    window.close_workshop()
    window.show_overview()
    settle(window)
    design.apply(qapp, theme.Appearance.LIGHT, 1.0)
    settle(window)
    design.apply(qapp, theme.Appearance.LIGHT, 2.0)
    settle(window)
    problems += [f"overview: {p}" for p in cut_texts(window)]
    qtbot.mouseClick(window.overview_page.back_button, Qt.MouseButton.LeftButton)
    settle(window)
    design.apply(qapp, theme.Appearance.LIGHT, 1.0)
    settle(window)
    problems += [f"library: {p}" for p in cut_texts(window)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("look", [(1366, 768, 2.0)], ids=look_id)
def test_tab_follows_the_screen_when_a_steps_columns_stack(qtbot, window, library, look):
    """At large text the rating (or last time's actions) comes under the question: Tab
    goes there next too, not first through the notes further down."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.open_workshop(next(s.id for s in library.list() if s.follow_up_of))
    problems = []
    for step in ("intro", window.session.workshop.steps[1], "tillit"):
        window.session.go_to(step)
        settle(window)
        assert window.view.page(step).panels.side_by_side is False
        chain = tab_chain(window.view.sidebar.list)
        problems += [f"{step}: {p}" for p in out_of_reading_order(chain, window.view)]
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("look", [(1366, 768, 2.0)], ids=look_id)
def test_many_occasions_scroll_sideways_with_the_principles_in_view(
    qtbot, window, library, demo, content_sv, look
):
    """A group followed up over years outgrows the width: the comparison scrolls
    sideways, and the principle each row is about stays in view at its left."""
    occasion = demo
    for year in range(2027, 2033):
        occasion = uc.start_follow_up(occasion, content_sv, dt.date(year, 5, 22))
        library.add(occasion)
    window.open_workshop(occasion.id)
    window.session.go_to("summary")
    settle(window)
    table = window.view.page("summary").comparison_table
    bar = table.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    settle(window)
    frozen = next(v for v in table.findChildren(QTableView) if v.isVisible())
    assert frozen.columnWidth(0) == table.columnWidth(0)
    assert frozen.geometry().left() == table.frameWidth()
    assert frozen.model().index(0, 0).data() == table.item(0, 0).text()
    assert cut_texts(window) == []


def cut_choices(combo: QComboBox) -> list[str]:
    """The choices a combo box's field is too narrow to show whole."""
    room = combo_room(combo)
    metrics = QFontMetrics(combo.font())
    texts = (combo.itemText(i) for i in range(combo.count()))
    return [f"{text!r} ({room} px)" for text in texts if metrics.horizontalAdvance(text) > room]


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100", "200"])
def test_a_table_cell_editor_shows_its_whole_choice(qtbot, qapp, tmp_path, library, demo, scale):
    library.add(demo)
    with designed_as(qapp, theme.Appearance.LIGHT, scale):
        window = MainWindow(library, ini_settings(tmp_path))
        qtbot.addWidget(window)
        window.resize(1280, 720 - TASKBAR)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.open_workshop(demo.id)
        window.session.go_to("actions")
        table = window.view.page().table.table
        for column in (STEP, STATUS):  # chosen from a list
            table.setCurrentCell(0, column)
            table.setFocus()
            press(table, Qt.Key.Key_F2)
            [editor] = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
            qtbot.waitUntil(editor.hasFocus)  # open, as the facilitator sees it
            assert cut_choices(editor) == []
            assert table.viewport().rect().contains(editor.geometry())
            # A combo fits itself to its choices a moment after they are added (Qt's
            # 20 ms timer, which a busy machine lets run while the editor is open).
            editor.adjustSize()
            assert cut_choices(editor) == []
            press(editor, Qt.Key.Key_Escape)
        window.close_workshop()
