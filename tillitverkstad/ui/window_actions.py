"""The facilitator window's commands as actions with their shortcuts, and its menu bar,
built and worded here (as Qt Designer's setupUi/retranslateUi would).

``WindowActions`` knows nothing of the window: it makes the actions and the menus, and
the window connects each action's ``triggered`` to what it does. A new command is an
action here (made in ``__init__``, placed in a menu, worded in ``retranslate``) and one
``connect`` in ``main_window``; see docs/architecture.md."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from tillitverkstad.ui.shortcut_guard import mark_focus_proof

if TYPE_CHECKING:
    from PySide6.QtGui import QUndoStack


class WindowActions(QObject):
    """Every command of the window's menus. ``recent`` (File › Open recent) and
    ``lifecycle`` (finish, reopen, correct) are made by their owners and placed here."""

    def __init__(
        self,
        window: QWidget,
        menu_bar: QMenuBar,
        recent: QMenu,
        lifecycle: Sequence[QAction],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._recent = recent
        a = self._action
        self.new = a("Ctrl+Shift+N")
        self.import_package = a()
        self.overview = a("Ctrl+Shift+O")
        self.export = a("Ctrl+E")
        self.back = a("Ctrl+W")
        self.settings = a("Ctrl+,")
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = a("Ctrl+Q")
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = a("Ctrl+Z")
        self.redo = a("Ctrl+Shift+Z", "Ctrl+Y")
        self.new_note = a("Ctrl+N")
        self.next_step = a("Ctrl+PgDown", "Alt+Right")
        self.previous_step = a("Ctrl+PgUp", "Alt+Left")
        self.skip_step = a("Ctrl+Shift+PgDown")
        self.timer = a("Ctrl+Space")
        self.reset_timer = a()
        self.add_minute = a()
        self.participants = a("Ctrl+Shift+D", checkable=True)  # Deltagarröstning
        self.phone_vote = a("Ctrl+Shift+V")  # open or close the vote on the phones
        self.full_screen = a("F11", checkable=True)
        self.help = a("F1")
        self.guide = a("Shift+F1")
        self.about = a()
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        # In front of a group these must work mid-sentence, from inside a note.
        mark_focus_proof(
            self.export, self.next_step, self.previous_step, self.timer, self.phone_vote
        )
        self._is_open = False
        self._workshop_only = (
            self.export,
            self.back,
            self.new_note,
            self.next_step,
            self.previous_step,
            self.skip_step,
            self.timer,
            self.reset_timer,
            self.add_minute,
            self.participants,
        )

        self.file_menu = self._menu(menu_bar, self.new, self.import_package, None, self.export)
        self.file_menu.addSeparator()
        self.file_menu.addMenu(recent)
        for item in (None, self.back, self.settings, None, self.quit):
            self._add(self.file_menu, item)
        self.edit_menu = self._menu(menu_bar, self.undo, self.redo, None, self.new_note)
        self.workshop_menu = self._menu(
            menu_bar,
            self.next_step,
            self.previous_step,
            self.skip_step,
            None,
            self.timer,
            self.reset_timer,
            self.add_minute,
            None,
            self.participants,
            self.phone_vote,
            None,
            *lifecycle,
        )
        # The shared screen's commands join this menu while a workshop is open (Presenting).
        self.view_menu = self._menu(menu_bar, self.overview, None, self.full_screen)
        self.help_menu = self._menu(menu_bar, self.guide, self.help, self.about)

    def _action(self, *keys: str, checkable: bool = False) -> QAction:
        action = QAction(self._window)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setCheckable(checkable)
        self._window.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    @staticmethod
    def _add(menu: QMenu, item: QAction | None) -> None:
        if item is None:
            menu.addSeparator()
        else:
            menu.addAction(item)

    def _menu(self, menu_bar: QMenuBar, *items: QAction | None) -> QMenu:
        """A new menu on the menu bar with these actions; None is a separator."""
        menu = menu_bar.addMenu("")
        for item in items:
            self._add(menu, item)
        return menu

    def menus(self) -> tuple[QMenu, ...]:
        return (self.file_menu, self.edit_menu, self.workshop_menu, self.view_menu, self.help_menu)

    def shortcut_actions(self) -> list[QAction]:
        """Every command that has a shortcut, in menu order (for the help dialog)."""
        actions = [a for menu in self.menus() for a in menu.actions()]
        return [a for a in actions if not a.isSeparator() and a.shortcuts()]

    def set_workshop_open(self, is_open: bool, finished: bool = False) -> None:
        self._is_open = is_open
        for action in self._workshop_only:
            action.setEnabled(is_open)
        self.show_finished(finished)
        # Ctrl+N is "new note" in a workshop; without one (the library, the welcome
        # page) it is what a facilitator expects it to be: a new workshop.
        keys = ["Ctrl+Shift+N"] if is_open else ["Ctrl+Shift+N", "Ctrl+N"]
        self.new.setShortcuts([QKeySequence(k) for k in keys])

    def show_finished(self, finished: bool) -> None:
        """Skipping marks the step dealt with: a finished workshop's record stays as it
        is. Only this action: the others keep what their owners set (participant voting
        is turned off by its mode when the workshop finishes)."""
        self.skip_step.setEnabled(self._is_open and not finished)

    def show_undo(self, stack: QUndoStack | None) -> None:
        """Undo and redo as the open workshop's undo stack allows, named for the edit."""
        for action, can, what, plain, named in (
            (
                self.undo,
                bool(stack and stack.canUndo()),
                stack.undoText() if stack else "",
                QCoreApplication.translate("MainWindow", "&Undo"),
                QCoreApplication.translate("MainWindow", "&Undo {what}"),
            ),
            (
                self.redo,
                bool(stack and stack.canRedo()),
                stack.redoText() if stack else "",
                QCoreApplication.translate("MainWindow", "&Redo"),
                QCoreApplication.translate("MainWindow", "&Redo {what}"),
            ),
        ):
            action.setEnabled(can)
            action.setText(named.format(what=what) if can and what else plain)

    def retranslate(self) -> None:
        """The menus' and actions' texts in the current language (undo and redo are
        worded by :meth:`show_undo`)."""
        for menu, title in zip(
            self.menus(),
            (
                QCoreApplication.translate("MainWindow", "&File"),
                QCoreApplication.translate("MainWindow", "&Edit"),
                QCoreApplication.translate("MainWindow", "&Workshop"),
                QCoreApplication.translate("MainWindow", "&View"),
                QCoreApplication.translate("MainWindow", "&Help"),
            ),
            strict=True,
        ):
            menu.setTitle(title)
        for action, text in (
            (self.new, QCoreApplication.translate("MainWindow", "&New workshop…")),
            (
                self.import_package,
                QCoreApplication.translate("MainWindow", "&Import data package…"),
            ),
            (self.overview, QCoreApplication.translate("MainWindow", "&Overview across groups")),
            (self.export, QCoreApplication.translate("MainWindow", "&Export report…")),
            (self.back, QCoreApplication.translate("MainWindow", "&Back to the library")),
            (self.settings, QCoreApplication.translate("MainWindow", "&Settings…")),
            (self.quit, QCoreApplication.translate("MainWindow", "&Quit")),
            (self.new_note, QCoreApplication.translate("MainWindow", "New &note")),
            (self.next_step, QCoreApplication.translate("MainWindow", "&Next step")),
            (self.previous_step, QCoreApplication.translate("MainWindow", "&Previous step")),
            (
                self.skip_step,
                QCoreApplication.translate("MainWindow", "S&kip this step (nothing to record)"),
            ),
            (self.timer, QCoreApplication.translate("MainWindow", "&Start or pause the timer")),
            (self.reset_timer, QCoreApplication.translate("MainWindow", "&Reset the timer")),
            (self.add_minute, QCoreApplication.translate("MainWindow", "&Add a minute")),
            (
                self.participants,
                QCoreApplication.translate("MainWindow", "Participant &voting…"),
            ),
            (
                self.phone_vote,
                QCoreApplication.translate("MainWindow", "Open or close the vote on the &phones"),
            ),
            (self.full_screen, QCoreApplication.translate("MainWindow", "&Full screen")),
            (self.help, QCoreApplication.translate("MainWindow", "&Keyboard shortcuts")),
            (self.guide, QCoreApplication.translate("MainWindow", "Facilitator &guide")),
            (self.about, QCoreApplication.translate("MainWindow", "&About Tillitverkstad")),
        ):
            action.setText(text)
        self.export.setToolTip(
            QCoreApplication.translate("MainWindow", "Export the workshop as a PDF report")
        )
