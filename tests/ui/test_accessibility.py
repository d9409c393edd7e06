"""The window as a screen reader and a keyboard-only user meet it (EN 301 549 chapter 11,
WCAG 2.1 AA): every page, every step kind and every dialog is walked through the
``QAccessible`` tree that the platform bridge passes on; Tab goes round each page in the
order it reads, without a trap; every focusable element shows where the focus is.

The walks find their subjects themselves: a new step kind or a new dialog class fails
here until it is opened below (and so checked), not silently skipped."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import pkgutil
from collections.abc import Callable, Iterator

import pytest
from accessibility_walk import (
    focus_shows,
    hidden_texts,
    out_of_reading_order,
    tab_chain,
    unreadable,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from view_helpers import press

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, swedish  # noqa: F401
from tillitverkstad import ui
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.model import StepKind, Template
from tillitverkstad.core.package import dumps, to_package
from tillitverkstad.ui import design, theme
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
SCREEN = (1366, 768)
APPEARANCES = [theme.Appearance.LIGHT, theme.Appearance.DARK, theme.Appearance.HIGH_CONTRAST]


@pytest.fixture(params=[theme.Appearance.LIGHT])
def designed(request, qapp):
    """The app's own design, as app.py applies it."""
    font, palette = qapp.font(), qapp.palette()
    design.apply(qapp, request.param, 1.0)
    yield request.param
    qapp.setStyleSheet("")
    qapp.setPalette(palette)
    qapp.setFont(font)


@pytest.fixture
def workshops(library, demo, content_sv):
    """A library whose workshops hold every kind of step: the demo (the seven principles
    and the balance), its follow-up with every optional step and the review of last
    time's actions, and a workshop on the three cornerstones."""
    library.add(demo)
    optional = [s.id for s in content_sv.optional_steps]
    follow_up = uc.start_follow_up(
        demo,
        content_sv,
        dt.date(2027, 5, 3),
        custom_steps=[*demo.steps[1:3], *optional],
        earlier=(),
    )
    library.add(follow_up)
    cornerstones = uc.create_workshop(
        content_sv,
        group="Ledningsgrupp Hörnstenar",
        date=dt.date(2026, 12, 1),
        template=Template.CORNERSTONES,
    )
    library.add(cornerstones)
    return [demo, follow_up, cornerstones]


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
    settle()
    yield "overview"
    window.overview_page.back_requested.emit()
    yield from every_step(window, workshops)


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


def test_no_label_on_any_page_or_step_hides_its_text_behind_a_name(window, workshops):
    problems = []
    for where in every_page(window, workshops):
        # The timer's digits tick every second; a screen reader gets whole minutes, as the
        # label's name (test_accessible_values.py).
        ticking = [window.view.timer_widget.time_label] if window.view is not None else []
        problems += [f"{where} › {p}" for p in hidden_texts(window, ticking)]
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
    assert hidden_texts(dialog) == []


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


@pytest.mark.parametrize("designed", APPEARANCES, indirect=True)
def test_the_focus_shows_on_every_control_in_every_appearance(window, workshops, designed):
    hidden = set()
    for where in every_page(window, workshops):
        page = window.stack.currentWidget()
        hidden |= {
            f"{where} › {type(w).__name__} {w.accessibleName()!r}"
            for w in focusable(page)
            if not focus_shows(w)
        }
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
