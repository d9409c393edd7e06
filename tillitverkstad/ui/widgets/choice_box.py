"""A combo box whose open list shows every choice whole.

Qt opens a combo box's list exactly as wide as its field (the stylesheet's
``combobox-popup: 0``, which shows every choice of a short list), so a choice longer
than the field would be cut in the list too. Here the list is as wide as the longest
choice, within the screen. A field listing names people typed (groups, organisations)
may be narrower than its longest name: :func:`names_box` shortens it there, and its
tooltip says the chosen one whole."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

SHORTENED = QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon


class ChoiceBox(QComboBox):
    def sizeHint(self) -> QSize:
        return self._whole(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._whole(super().minimumSizeHint())

    def _whole(self, hint: QSize) -> QSize:
        """``hint`` widened until the field holds its longest choice: Qt measures the
        choices a pixel short at some text sizes, and the field then cuts the chosen
        one. A list of typed names is left to be shortened (:func:`names_box`)."""
        if self.sizeAdjustPolicy() == SHORTENED or not self.count():
            return hint
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count()))
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(QPoint(0, 0), hint)
        field = QStyle.SubControl.SC_ComboBoxEditField
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, self)
        return hint + QSize(max(0, widest - room.width()), 0)

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
    box.setSizeAdjustPolicy(SHORTENED)
    box.setMinimumContentsLength(shown_letters)
    box.currentTextChanged.connect(box.setToolTip)
    return box
