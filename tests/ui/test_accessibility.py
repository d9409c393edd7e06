"""The window as a screen reader and a keyboard-only user meet it (EN 301 549 chapter 11,
WCAG 2.1 AA): every page, every step kind and every dialog is walked through the
``QAccessible`` tree that the platform bridge passes on; Tab goes round each page in the
order it reads, without a trap; every focusable element shows where the focus is.

The walks find their subjects themselves: a new step kind or a new dialog class fails
here until it is opened below (and so checked), not silently skipped."""

from __future__ import annotations

import pytest
from accessibility_walk import (
    focus_shows,
    hidden_texts,
    label_not_in_name,
    out_of_reading_order,
    tab_chain,
    unreadable,
    untied_captions,
)
from every_part import OPENERS, dialog_classes, every_page, every_step, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from view_helpers import press

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, designed_as, ini_settings, swedish  # noqa: F401
from tillitverkstad.core.model import StepKind
from tillitverkstad.ui import theme
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
SCREEN = (1366, 768)
APPEARANCES = [theme.Appearance.LIGHT, theme.Appearance.DARK, theme.Appearance.HIGH_CONTRAST]


@pytest.fixture(params=[theme.Appearance.LIGHT])
def designed(request, qapp):
    """The app's own design, as app.py applies it."""
    with designed_as(qapp, request.param, 1.0):
        yield request.param


@pytest.fixture
def window(qtbot, tmp_path, library, workshops, designed):
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(*SCREEN)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    for dialog in w.findChildren(QDialog):
        dialog.close()
    w.close_workshop()


def test_the_workshops_walked_hold_every_kind_of_step(workshops, content_sv):
    """The walks below reach a step kind only through these workshops."""
    from tillitverkstad.core.agenda import step_kind

    kinds = {step_kind(content_sv, step) for ws in workshops for step in ws.steps}
    assert kinds == set(StepKind)


def test_every_focusable_element_on_every_page_and_step_has_a_name_and_a_role(window, workshops):
    problems = [
        f"{where} › {p}" for where in every_page(window, workshops) for p in unreadable(window)
    ]
    assert sorted(set(problems)) == []


def test_labels_are_heard_tied_to_their_fields_and_in_their_buttons_names(window, workshops):
    problems = []
    for where in every_page(window, workshops):
        # The timer's digits tick every second; a screen reader gets whole minutes, as the
        # label's name (test_accessible_values.py).
        ticking = [window.view.timer_widget.time_label] if window.view is not None else []
        problems += [f"{where} › {p}" for p in hidden_texts(window, ticking)]
        problems += [f"{where} › {p}" for p in label_not_in_name(window)]
        problems += [f"{where} › {p}" for p in untied_captions(window)]
    assert sorted(set(problems)) == []


def test_the_welcome_page_names_every_control(qtbot, tmp_path, designed):
    from tillitverkstad.storage.library import Library

    w = MainWindow(Library(tmp_path / "empty"), ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(*SCREEN)
    w.show()
    settle()
    assert w.library_page.welcome_page.isVisible()
    assert unreadable(w) == []


# -- every dialog ------------------------------------------------------------------------


def test_every_dialog_is_walked():
    assert dialog_classes() - OPENERS.keys() == set()


@pytest.fixture(params=sorted(OPENERS))
def dialog(request, window, workshops, tmp_path):
    shown = OPENERS[request.param](window, workshops, tmp_path)
    assert shown is not None and type(shown).__name__ == request.param
    settle()
    return shown


def test_every_focusable_element_in_every_dialog_has_a_name_and_a_role(dialog):
    assert unreadable(dialog) == []
    assert hidden_texts(dialog) + label_not_in_name(dialog) == []
    assert untied_captions(dialog, colons=True) == []


def test_every_dialog_closes_with_esc_and_changes_nothing(qtbot, dialog, library):
    before = {s.id: s for s in library.list()}
    focused = QApplication.focusWidget()
    assert focused is not None and dialog.isAncestorOf(focused), "the dialog has the focus"
    press(focused, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert {s.id: s for s in library.list()} == before


def test_tab_goes_round_every_dialog_in_reading_order_and_out_of_none_of_its_fields(dialog):
    first = QApplication.focusWidget()
    chain = tab_chain(first)
    assert chain[-1] is chain[0], f"Tab is caught at {chain[-1]!r}"
    assert all(dialog.isAncestorOf(w) for w in chain), "Tab left the dialog"
    assert [type(w).__name__ for w in focusable(dialog) if w not in chain] == []
    assert out_of_reading_order(chain, dialog) == []


# -- keyboard alone: order, no trap, a visible focus --------------------------------------


def focusable(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible()
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.focusProxy() is None
    ]


def test_tab_visits_every_control_of_the_library_in_reading_order(window):
    page = window.library_page
    chain = tab_chain(page.search)
    assert chain[-1] is chain[0], f"Tab is caught at {chain[-1]!r}"
    assert set(focusable(page)) <= set(chain)
    assert out_of_reading_order(chain, window) == []


def test_tab_goes_round_every_step_in_reading_order_without_a_trap(window, workshops):
    problems = []
    for where in every_step(window, workshops):
        view = window.view
        chain = tab_chain(view.sidebar.list)
        if chain[-1] is not chain[0]:
            problems.append(f"{where}: Tab is caught at {type(chain[-1]).__name__}")
            continue
        missed = [type(w).__name__ for w in focusable(view) if w not in chain]
        problems += [f"{where}: Tab never reaches {name}" for name in missed]
        problems += [f"{where}: {wrong}" for wrong in out_of_reading_order(chain, view)]
    assert sorted(set(problems)) == []


def _look(widget: QWidget) -> tuple:
    """What decides how a control is drawn: controls alike in it show the focus alike."""
    checked = getattr(widget, "isChecked", lambda: None)()
    default = getattr(widget, "isDefault", lambda: None)()
    return type(widget).__name__, widget.property("role"), checked, default


@pytest.mark.parametrize("designed", APPEARANCES, indirect=True)
def test_the_focus_shows_on_every_control_in_every_appearance(window, workshops, designed):
    hidden, seen = set(), set()
    for where in every_page(window, workshops):
        for widget in focusable(window.stack.currentWidget()):
            if _look(widget) in seen:
                continue
            seen.add(_look(widget))
            if not focus_shows(widget):
                hidden.add(f"{where} › {type(widget).__name__} {widget.accessibleName()!r}")
    assert sorted(hidden) == []


# -- the keyboard's own list and every command by keyboard ---------------------------------


def _mnemonic(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].casefold() if at >= 0 else None


def test_every_menu_command_has_keys_and_no_alt_key_is_taken_twice(window, workshops):
    """A command is reached by its Alt key in the menu, or by a shortcut of its own."""
    assert window.open_workshop(workshops[0].id)  # the shared screen's commands join Visa
    problems = []
    menus = window.commands.menus()
    titles = [_mnemonic(menu.title()) for menu in menus]
    if None in titles or len(set(titles)) != len(titles):
        problems.append(f"menu bar: {[m.title() for m in menus]}")
    todo = list(menus)
    while todo:
        menu = todo.pop()
        items = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        keys = [_mnemonic(a.text()) for a in items]
        problems += [
            f"{menu.title()} › {a.text()}: no Alt key and no shortcut"
            for a, k in zip(items, keys, strict=True)
            if not k and not a.shortcuts()
        ]
        doubled = {k for k in keys if k and keys.count(k) > 1}
        problems += [f"{menu.title()}: Alt+{k} twice" for k in sorted(doubled)]
        todo += [a.menu() for a in items if a.menu() is not None]
    assert problems == []


def test_the_shortcut_list_holds_every_command_with_keys_and_the_keys_of_lists_and_fields(
    qtbot, window, workshops
):
    from tillitverkstad.ui.help_dialog import shortcut_rows

    assert window.open_workshop(workshops[0].id)
    dialog = window.show_help()
    listed = dict(dialog.rows())
    actions = {a for a in window.findChildren(QAction) if a.shortcuts() and a.isVisible()}
    missing = [what for what, keys in shortcut_rows(actions) if listed.get(what) != keys]
    assert missing == []
    inside = " ".join(keys for _, keys in dialog.inside())
    for keys in ("Del", "Alt+Up", "F2", "+", "Esc", "Shift+Tab"):  # as the lists handle them
        assert QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) in inside
