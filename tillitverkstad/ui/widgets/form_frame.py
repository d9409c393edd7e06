"""The frame the form dialogs share: the form scrolls when the screen is short, while OK
and Cancel stay in view below it, and no field ever hides under the scroll bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def caption(text: str, field: QWidget) -> QLabel:
    """A form row's caption tied to its field: a screen reader reads it with the field, and
    its Alt key (the letter after "&") puts the cursor there."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


SCREEN_MARGIN = 40  # kept free around a dialog: the window manager's frame and title


class _FormScroll(QScrollArea):
    """As wide as the form needs beside its scroll bar (Qt's default hint is narrower, so
    the bar covered the fields' right edge). Scrolling sideways, it may be narrower than
    the form on a small screen: the horizontal bar then reaches the rest."""

    def __init__(self, sideways: bool) -> None:
        super().__init__()
        self._sideways = sideways
        if not sideways:
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _room(self, inner: QSize) -> QSize:
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar + 2 * self.frameWidth(), inner.height())

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None or self._sideways:
            return super().minimumSizeHint()
        return QSize(self._room(body.minimumSizeHint()).width(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        body = self.widget()
        return self._room(body.sizeHint()) if body is not None else super().sizeHint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the form grew (a row, a font): the hints above follow
        return super().eventFilter(watched, event)


def frame_form(
    dialog: QDialog, body: QWidget, scroll_sideways: bool = True
) -> tuple[QVBoxLayout, QDialogButtonBox]:
    """Lay ``body`` out in ``dialog`` above OK and Cancel (wired to accept and reject);
    returns the dialog's layout and the button box."""
    scroll = _FormScroll(scroll_sideways)
    # Not a Tab stop of its own: the form's fields are, and it scrolls to the one in focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    return layout, buttons


def fit_to_screen(dialog: QDialog) -> None:
    """Size ``dialog`` to its form, within the screen it is on (what does not fit in
    height scrolls; the buttons stay in view)."""
    hint = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    screen = dialog.screen()
    if screen is not None:
        available = screen.availableGeometry()
        hint = hint.boundedTo(
            QSize(available.width() - SCREEN_MARGIN, available.height() - SCREEN_MARGIN)
        )
    dialog.resize(hint)
