"""The facilitator window's commands as actions with their shortcuts, and its menus: built
and worded here (as Qt Designer's setupUi/retranslateUi would), owned by the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from tillitverkstad.ui.lifecycle import Lifecycle
from tillitverkstad.ui.recent_menu import RecentMenu
from tillitverkstad.ui.shortcut_guard import mark_focus_proof

if TYPE_CHECKING:
    from tillitverkstad.ui.main_window import MainWindow


def setup(window: MainWindow) -> None:
    """Give ``window`` its actions (``window.new_action``, ...) and menus."""
    _make_actions(window)
    _make_menus(window)


def _action(
    window: MainWindow, triggered: Callable[[], Any], *keys: str, checkable: bool = False
) -> QAction:
    action = QAction(window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.setCheckable(checkable)
    action.triggered.connect(lambda *_: triggered())
    window.addAction(action)  # shortcuts work even with the menu bar hidden
    return action


def _make_actions(window: MainWindow) -> None:
    def a(triggered: Callable[[], Any], *keys: str, checkable: bool = False) -> QAction:
        return _action(window, triggered, *keys, checkable=checkable)

    window.new_action = a(window.new_workshop, "Ctrl+Shift+N")
    window.import_action = a(window.import_package)
    window.overview_action = a(window.show_overview, "Ctrl+Shift+O")
    window.export_action = a(window.export_report, "Ctrl+E")
    window.back_action = a(window.close_workshop, "Ctrl+W")
    window.settings_action = a(window.show_settings, "Ctrl+,")
    window.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    window.quit_action = a(window.close, "Ctrl+Q")
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    window.undo_action = a(window.undo, "Ctrl+Z")
    window.redo_action = a(window.redo, "Ctrl+Shift+Z", "Ctrl+Y")
    window.new_note_action = a(lambda: window.view_call("new_note"), "Ctrl+N")
    window.next_action = a(lambda: window.view_call("go_next"), "Ctrl+PgDown", "Alt+Right")
    window.previous_action = a(lambda: window.view_call("go_previous"), "Ctrl+PgUp", "Alt+Left")
    window.timer_action = a(lambda: window.view_call("toggle_timer"), "Ctrl+Space")
    window.reset_timer_action = a(lambda: window.view_call("reset_timer"))
    window.add_minute_action = a(lambda: window.view_call("add_minute"))
    window.full_screen_action = a(window.toggle_full_screen, "F11", checkable=True)
    window.lifecycle = Lifecycle(window, window.export_report, lambda: window.language)
    window.help_action = a(window.show_help, "F1")
    window.guide_action = a(window.show_guide, "Shift+F1")
    window.about_action = a(window.show_about)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    mark_focus_proof(
        window.export_action, window.next_action, window.previous_action, window.timer_action
    )
    window._workshop_actions = [
        window.export_action,
        window.back_action,
        window.new_note_action,
        window.next_action,
        window.previous_action,
        window.timer_action,
        window.reset_timer_action,
        window.add_minute_action,
    ]


def _make_menus(window: MainWindow) -> None:
    file_items = (window.new_action, window.import_action, None, window.export_action, None)
    window.file_menu = _menu(window, *file_items)
    window.recent_menu = RecentMenu(lambda: window.library, window.settings, window.file_menu)
    window.recent_menu.open_requested.connect(window.open_workshop)
    window.file_menu.addMenu(window.recent_menu)
    for item in (None, window.back_action, window.settings_action, None, window.quit_action):
        window.file_menu.addSeparator() if item is None else window.file_menu.addAction(item)
    window.edit_menu = _menu(
        window, window.undo_action, window.redo_action, None, window.new_note_action
    )
    window.workshop_menu = _menu(
        window,
        window.next_action,
        window.previous_action,
        None,
        window.timer_action,
        window.reset_timer_action,
        window.add_minute_action,
        None,
        *window.lifecycle.actions(),
    )
    window.view_menu = _menu(window, window.overview_action, None, window.full_screen_action)
    window.help_menu = _menu(window, window.guide_action, window.help_action, window.about_action)


def _menu(window: MainWindow, *items: QAction | None) -> QMenu:
    """A new menu on the menu bar with these actions; None is a separator."""
    menu = window.menuBar().addMenu("")
    for item in items:
        menu.addSeparator() if item is None else menu.addAction(item)
    return menu


def retranslate(window: MainWindow) -> None:
    """The menus' and actions' texts in the current language."""
    window.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
    window.edit_menu.setTitle(QCoreApplication.translate("MainWindow", "&Edit"))
    window.workshop_menu.setTitle(QCoreApplication.translate("MainWindow", "&Workshop"))
    window.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
    window.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
    window.recent_menu.retranslate()
    window.lifecycle.retranslate()
    for action, text in (
        (window.new_action, QCoreApplication.translate("MainWindow", "&New workshop…")),
        (window.import_action, QCoreApplication.translate("MainWindow", "&Import data package…")),
        (
            window.overview_action,
            QCoreApplication.translate("MainWindow", "&Overview across groups"),
        ),
        (window.export_action, QCoreApplication.translate("MainWindow", "&Export report…")),
        (window.back_action, QCoreApplication.translate("MainWindow", "&Back to the library")),
        (window.settings_action, QCoreApplication.translate("MainWindow", "&Settings…")),
        (window.quit_action, QCoreApplication.translate("MainWindow", "&Quit")),
        (window.new_note_action, QCoreApplication.translate("MainWindow", "New &note")),
        (window.next_action, QCoreApplication.translate("MainWindow", "&Next step")),
        (window.previous_action, QCoreApplication.translate("MainWindow", "&Previous step")),
        (
            window.timer_action,
            QCoreApplication.translate("MainWindow", "&Start or pause the timer"),
        ),
        (window.reset_timer_action, QCoreApplication.translate("MainWindow", "&Reset the timer")),
        (window.add_minute_action, QCoreApplication.translate("MainWindow", "&Add a minute")),
        (window.full_screen_action, QCoreApplication.translate("MainWindow", "&Full screen")),
        (window.help_action, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts")),
        (window.guide_action, QCoreApplication.translate("MainWindow", "Facilitator &guide")),
        (window.about_action, QCoreApplication.translate("MainWindow", "&About Tillitverkstad")),
    ):
        action.setText(text)
    window.export_action.setToolTip(
        QCoreApplication.translate("MainWindow", "Export the workshop as a PDF report")
    )
