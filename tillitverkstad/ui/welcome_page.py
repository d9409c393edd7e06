"""The first-run page of an empty library: the method in a few lines, and a way in."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from tillitverkstad.ui import theme
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.scroll_column import ScrollColumn


class WelcomePage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = Card("", self)
        self.heading = QLabel()
        theme.scale_font(self.heading, theme.TYPE.title, bold=True)
        self.intro = QLabel()
        theme.scale_font(self.intro, theme.TYPE.lead)
        self.points = [QLabel() for _ in range(4)]
        column = self.card.body
        column.setContentsMargins(*(theme.SPACE.xxl,) * 4)
        column.setSpacing(theme.SPACE.m)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        column.addSpacing(theme.SPACE.s)
        for label in (self.intro, *self.points):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
        for label in self.points:
            column.addWidget(label)
        self.new_button = QPushButton()
        self.demo_button = QPushButton()
        self.import_button = QPushButton()
        self.new_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.SPACE.s)
        for button in (self.new_button, self.demo_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addSpacing(theme.SPACE.m)
        column.addLayout(buttons)
        row = QHBoxLayout()  # stretches, not an alignment flag: keeps the wrap height
        row.addStretch(1)
        # A line length that reads well; the labels wrap inside the card's width.
        self.card.setMaximumWidth(self.fontMetrics().averageCharWidth() * 84 + 2 * theme.SPACE.xxl)
        row.addWidget(self.card, 4)
        row.addStretch(1)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        # Large text on a laptop makes the card taller than the page: it scrolls. Not a
        # Tab stop of its own: its buttons take the focus, and it scrolls to show them.
        self.column = ScrollColumn(inner, "", self)
        self.column.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.column)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Welcome to Tillitverkstad"))
        self.column.setAccessibleName(self.heading.text())
        self.intro.setText(
            self.tr(
                "Tillitverkstad helps you lead a leadership group through trust-based "
                "governance and leadership, one principle at a time, and gives HR a report "
                "afterwards."
            )
        )
        texts = (
            self.tr(
                "The seven guiding principles (SKR): Trust, Citizen focus, Holistic view, "
                "Room for action, Support, Knowledge and Openness, grouped in three "
                "cornerstones: governance, organisation, and culture and leadership."
            ),
            self.tr(
                "A session: for each principle the group reads its meaning, talks about the "
                "questions and you note how you work today, the obstacles and the ideas."
            ),
            self.tr(
                "Voting by hands: everyone shows 1-5 for the current and the desired state; "
                "you type how many hands each value got. A wide spread is talked through "
                "before the group agrees on one value and on actions."
            ),
            self.tr(
                "Everything is saved on this computer as you type. Nothing is ever sent anywhere."
            ),
        )
        for label, text in zip(self.points, texts, strict=True):
            label.setText("\u2022  " + text)
        for button, text, name in (
            (self.new_button, self.tr("New workshop…"), self.tr("New workshop")),
            (
                self.demo_button,
                self.tr("Try an example workshop"),
                self.tr("Try an example workshop"),
            ),
            (self.import_button, self.tr("Import data package…"), self.tr("Import data package")),
        ):
            button.setText(text)
            button.setAccessibleName(name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
