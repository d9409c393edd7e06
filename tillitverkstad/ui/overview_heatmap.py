"""The Översikt page's heatmap: principles × groups, each cell the group's latest agreed
nuläge (or the gap) written out and tinted, "not rated" never a zero. A cell opens the
workshop its value came from; a click on a row shows that group's development."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from tillitverkstad.core.overview import Overview
from tillitverkstad.ui.overview_cards import Table
from tillitverkstad.ui.overview_models import heatmap_row
from tillitverkstad.ui.widgets.card import Card


class HeatmapCard(Card):
    open_requested = Signal(str)  # the workshop a cell's value came from
    group_chosen = Signal(str)  # a group's id, its row clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.overview: Overview | None = None
        self.language = ""
        self.now_button, self.gap_button = QPushButton(), QPushButton()
        self.mode_buttons = QButtonGroup(self)
        for button in (self.now_button, self.gap_button):
            button.setCheckable(True)
            self.mode_buttons.addButton(button)
            button.clicked.connect(self._fill)
        self.now_button.setChecked(True)
        self.legend = QLabel(wordWrap=True)
        self.legend.setProperty("role", "muted")
        self.table = Table("")
        self.table.open_requested.connect(self.open_requested)
        self.table.clicked.connect(self._clicked)
        modes = QHBoxLayout()
        modes.addWidget(self.now_button)
        modes.addWidget(self.gap_button)
        modes.addStretch(1)
        self.body.addLayout(modes)
        self.body.addWidget(self.legend)
        self.body.addWidget(self.table)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Principles and groups"))
        self.table.setAccessibleName(self.tr("Heatmap of principles and groups"))
        self.now_button.setText(self.tr("&Current state"))
        self.gap_button.setText(self.tr("G&ap (desired − current)"))
        self.legend.setText(
            self.tr(
                "Each group's latest agreed value in the period, written in the cell; darker "
                "means higher. \u201cnot rated\u201d: no value was agreed (it is not a zero). "
                "*: agreed at an earlier occasion than the group's latest. Enter or a double "
                "click opens the workshop."
            )
        )
        self._fill()

    def set_overview(self, overview: Overview, language: str) -> None:
        self.overview, self.language = overview, language
        self._fill()

    def _texts(self) -> dict[str, str]:
        return {
            "not_rated": self.tr("not rated"),
            "not_rated_long": self.tr("on the agenda, but no value was agreed"),
            "not_on_agenda": self.tr("not on the group's agenda in the period"),
            "occasions_tip": self.tr("{count} occasions in the period"),
            "occasion_tip": self.tr("1 occasion in the period"),
            "cell_tip": self.tr(
                "{group} · {principle}: current state {current}, gap {gap}; agreed at "
                "occasion {number} ({date})"
            ),
        }

    def _fill(self) -> None:
        overview = self.overview
        if overview is None:
            return
        gap = self.gap_button.isChecked()
        headers = [self.tr("Group"), self.tr("Occasions")] + [p.title for p in overview.principles]
        texts, language = self._texts(), self.language
        self.table.fill(
            headers,
            overview.groups,
            stretch=0,
            make=lambda group: heatmap_row(group, overview, gap, texts, language),
        )

    def _clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if self.overview is not None:
            self.group_chosen.emit(self.overview.groups[index.row()].id)
