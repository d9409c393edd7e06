"""The presenting bar of the workshop view: what the group sees, one click away, with the
shortcut that does the same from anywhere printed on each button."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tillitverkstad.core.model import BlankMode
from tillitverkstad.ui import theme
from tillitverkstad.ui.shortcut_guard import survives_text_fields
from tillitverkstad.ui.widgets.flow_layout import FlowLayout


@dataclass(frozen=True)
class BarControl:
    """One button of the bar: the presenter's action it triggers, with its label.

    A ``blank`` control needs a shared screen and is checked while the screen shows that
    blank (a state of the screen, not of the action)."""

    name: str  # the button's object name is f"{name}Button"
    label: str
    action: QAction
    blank: BlankMode | None = None
    keycap: bool = True  # False: the shortcut only in the tooltip, where the bar lacks room


def shortcut_text(action: QAction) -> str:
    """The shortcut that works from a text field too (Ctrl+B rather than B), as the
    platform writes it; the first one when none does."""
    keys = action.shortcuts()
    key = next((k for k in keys if survives_text_fields(k)), keys[0] if keys else QKeySequence())
    return key.toString(QKeySequence.SequenceFormat.NativeText)


class KeyButton(QPushButton):
    """A button that triggers ``action`` and shows its shortcut as a key cap."""

    def __init__(self, action: QAction, parent: QWidget | None = None, keycap: bool = True) -> None:
        super().__init__(parent)
        self.action = action
        self.keycap = keycap
        self.setProperty("role", "presenting")
        self.name = QLabel(self)
        self.key = QLabel(self)
        self.key.setProperty("role", "keycap")
        row = self._row = QHBoxLayout(self)
        row.setContentsMargins(theme.SPACE.m, theme.SPACE.xs, theme.SPACE.s, theme.SPACE.xs)
        row.setSpacing(theme.SPACE.s)
        for label in (self.name, self.key):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            row.addWidget(label)
        theme.scale_font(self.key, theme.TYPE.caption)
        self.setCheckable(action.isCheckable())
        self.clicked.connect(lambda *_: action.trigger())
        action.changed.connect(self.sync)
        self.label = ""
        self.allowed = True  # the bar's own say, on top of the action's
        self.compact = False  # the key cap left to the tooltip, where room is short

    def set_label(self, text: str) -> None:
        self.label = text
        self.sync()

    def sync(self) -> None:
        key = shortcut_text(self.action)
        self.name.setText(self.label)
        self.key.setText(key)
        self.key.setVisible(self.keycap and bool(key) and not self.compact)
        self.setAccessibleName(self.label)
        self.setToolTip(f"{self.action.text().replace('&', '')} ({key})" if key else "")
        self.setEnabled(self.allowed and self.action.isEnabled())
        if self.action.isCheckable():
            self.setChecked(self.action.isChecked())
        self.updateGeometry()

    def set_compact(self, compact: bool) -> None:
        if compact != self.compact:
            self.compact = compact
            self.sync()

    def full_width(self) -> int:
        """As wide as it is with its key cap shown."""
        if not (self.keycap and self.key.text()):
            return self.minimumSizeHint().width()
        return self.minimumSizeHint().width() + self._row.spacing() + self.key.sizeHint().width()

    def sizeHint(self) -> QSize:
        return self._row.sizeHint().expandedTo(QSize(0, super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        """Its name whole; the key cap may go (the tooltip says the key)."""
        margins = self._row.contentsMargins()
        width = self.name.sizeHint().width() + margins.left() + margins.right()
        return QSize(width, self.sizeHint().height())


class PresentingBar(QFrame):
    """Show to the group, the voting view, reveal, black and white. Empty until a
    presenter's actions are attached (when a workshop is open)."""

    attached = Signal()  # its buttons are made: the view puts them in its Tab order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentingBar")
        self.setAccessibleName(self.tr("Shared screen"))
        # Short of room the buttons first leave their keys to the tooltip, then wrap.
        self.row = FlowLayout(self, theme.SPACE.s)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Shared screen:"), self)
        self.heading.setProperty("role", "muted")
        self.row.addWidget(self.heading)
        self.buttons: dict[str, KeyButton] = {}
        self._controls: dict[str, BarControl] = {}
        self.hide()

    def attach(self, controls: Sequence[BarControl]) -> None:
        for control in controls:
            button = KeyButton(control.action, self, control.keycap)
            button.setObjectName(f"{control.name}Button")
            button.set_label(control.label)
            if control.blank is not None:
                button.setCheckable(True)
            self.row.addWidget(button)
            self.buttons[control.name] = button
            self._controls[control.name] = control
        self.show_presenting(False)
        self._fit()
        self.show()
        self.attached.emit()

    def _full_width(self) -> int:
        shown = [self.heading.sizeHint().width()]
        shown += [button.full_width() for button in self.buttons.values()]
        return sum(shown) + self.row.spacing() * len(self.buttons)

    def _fit(self) -> None:
        """Short of room (large text on a laptop), the buttons keep their names and show
        their keys in the tooltip only; shorter still, they wrap onto a second line."""
        compact = self.width() < self._full_width()
        for button in self.buttons.values():
            button.set_compact(compact)

    def resizeEvent(self, event) -> None:
        self._fit()
        super().resizeEvent(event)

    def show_presenting(self, presenting: bool, blank: BlankMode = BlankMode.NONE) -> None:
        """Blanking needs a shared screen; the other buttons work on the preview too."""
        for name, control in self._controls.items():
            if control.blank is not None:
                button = self.buttons[name]
                button.allowed = presenting
                button.setChecked(presenting and blank == control.blank)
                button.sync()
