"""A combo box whose open list shows every choice whole.

Qt opens a combo box's list exactly as wide as its field (the stylesheet's
``combobox-popup: 0``, which shows every choice of a short list), so a choice longer
than the field would be cut in the list too. Here the list is as wide as the longest
choice, within the screen. A field listing names people typed (groups, organisations)
may be narrower than its longest name: :func:`names_box` shortens it there, and its
tooltip says the chosen one whole."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


class ChoiceBox(QComboBox):
    def showPopup(self) -> None:
        super().showPopup()
        view = self.view()
        popup = view.window()
        needed = view.sizeHintForColumn(0) + popup.width() - view.viewport().width()
        if popup.width() >= needed:
            return
        screen = self.screen().availableGeometry()
        width = min(needed, screen.width())
        left = max(screen.left(), min(popup.x(), screen.right() + 1 - width))
        popup.setGeometry(left, popup.y(), width, popup.height())


def names_box(shown_letters: int, parent: QWidget | None = None) -> ChoiceBox:
    """A list of names people typed: the field shows at least ``shown_letters`` of the
    chosen one, and the rest of a longer one in its tooltip; the list shows them whole."""
    box = ChoiceBox(parent)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(shown_letters)
    box.currentTextChanged.connect(box.setToolTip)
    return box
