"""Importing a data package from the library page: the file validated and stored by
``operations.packages``, and, when the library holds another version of that workshop, the
user's choice between replacing it, keeping both and importing nothing (the default)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from tillitverkstad.core.identity import occasion_phrase, parts_text
from tillitverkstad.operations import packages
from tillitverkstad.operations.library import Library
from tillitverkstad.operations.packages import Imported, OnConflict, Outcome
from tillitverkstad.ui.errors import show_error, show_notice


class VersionDialog(QMessageBox):
    """The file holds another version of a workshop the library holds: replace it, keep
    both, or import nothing. Enter and Esc import nothing; each choice has its Alt key."""

    chosen = Signal(object)  # an OnConflict, or None for "import nothing"

    def __init__(self, parent: QWidget, result: Imported, language: str) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Another version of this workshop"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # a group name like "<b>" stays literal
        self.setText(
            self.tr(
                "The library already holds {occasion}. The file {file} holds another "
                "version of it, which differs in {parts}."
            ).format(
                occasion=occasion_phrase(result.held).message(language),
                file=result.path.name,
                parts=parts_text(result.differences, language),
            )
        )
        self.setInformativeText(
            self.tr(
                "Replace: the file's version takes the library's place; private notes and "
                "names the file leaves out are kept.\n"
                "Keep both: the file's version is added as a second copy.\n"
                "Import nothing: the library stays as it is."
            )
        )
        role = QMessageBox.ButtonRole
        self.replace_button = self.addButton(
            self.tr("&Replace the library's version"), role.YesRole
        )
        self.keep_both_button = self.addButton(self.tr("&Keep both"), role.YesRole)
        self.nothing_button = self.addButton(self.tr("&Import nothing"), role.RejectRole)
        self.setDefaultButton(self.nothing_button)  # the safe choice: nothing changes
        self.setEscapeButton(self.nothing_button)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QAbstractButton) -> None:
        choices: dict[QAbstractButton, OnConflict] = {
            self.replace_button: OnConflict.REPLACE,
            self.keep_both_button: OnConflict.KEEP_BOTH,
        }
        self.chosen.emit(choices.get(button))


class ImportFlow:
    """Imports a package for a page, asking what to do with another version of a held
    workshop; ``done`` gets the id of the workshop stored or already held. With
    ``say_already`` a package already held is also said to be so."""

    def __init__(
        self,
        parent: QWidget,
        library: Library,
        language: Callable[[], str],
        done: Callable[[str], object],
        *,
        say_already: bool = True,
    ) -> None:
        self._parent = parent
        self._library = library
        self._language = language
        self._done = done
        self._say_already = say_already

    def start(self, path: Path, choice: OnConflict = OnConflict.ASK) -> str | None:
        """Import ``path``; the id stored or held, or None (a bad file, or a choice to ask
        for: it follows when the user has chosen)."""
        return self.handle(packages.import_file(self._library, path, choice))

    def handle(self, result: Imported) -> str | None:
        """Go on from an import made elsewhere (:meth:`start` tells what it returns)."""
        if result.error is not None:
            show_error(self._parent, result.error, self._language())
            return None
        if result.outcome is Outcome.CONFLICT:
            self._ask(result)
            return None
        assert result.workshop is not None
        self._done(result.workshop.id)
        if result.already and self._say_already:
            show_notice(
                self._parent,
                QCoreApplication.translate("ImportFlow", "Already imported"),
                QCoreApplication.translate(
                    "ImportFlow",
                    "The library already holds this workshop ({occasion}) with the same "
                    "content, so no second copy was made. It is selected.",
                ).format(occasion=occasion_phrase(result.workshop).message(self._language())),
            )
        return result.workshop.id

    def _ask(self, result: Imported) -> None:
        dialog = VersionDialog(self._parent, result, self._language())
        dialog.chosen.connect(lambda choice: choice and self.start(result.path, choice))
        dialog.open()
