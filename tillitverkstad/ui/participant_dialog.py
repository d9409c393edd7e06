"""Turning participant voting (*Deltagarröstning*) on: the promise to the participants in
plain words, the network the phones will use (the likeliest one chosen), the fewest votes
whose distribution may be shown, and *Starta*. A start that fails says why here and keeps
the dialog open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.model import MAX_PARTICIPANTS
from tillitverkstad.core.votes import DEFAULT_MINIMUM_VOTES
from tillitverkstad.ui import theme
from tillitverkstad.ui.widgets.message_slot import MessageSlot
from tillitverkstad.voting.network import Candidate, NetworkKind

WIDTH_EM = 38  # a comfortable line for the promise, in widths of "M"


class StartDialog(QDialog):
    """Emits ``start_requested(address, minimum)``; the caller starts the server and then
    calls :meth:`done_starting` (or :meth:`show_problem`)."""

    start_requested = Signal(str, int)

    def __init__(
        self,
        language: str,
        candidates: Callable[[], list[Candidate]],
        parent: QWidget | None = None,
        minimum: int = DEFAULT_MINIMUM_VOTES,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Participant voting"))
        self._language, self._candidates = language, candidates
        self.intro = self._label(
            self.tr(
                "The participants vote and send notes from their own phones, in the browser. "
                "The shared screen shows them a QR code and an address to join."
            )
        )
        self.promise_heading = self._label(self.tr("What you can promise the participants"))
        theme.scale_font(self.promise_heading, theme.TYPE.lead, bold=True)
        self.promise = self._label("")
        self.network = QComboBox(self)
        self.network.setAccessibleName(self.tr("Network the phones use"))
        self.network.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reload = QPushButton(self.tr("Look again"), self)
        self.reload.setToolTip(
            self.tr("Read this computer's networks again (after starting a hotspot)")
        )
        self.reload.clicked.connect(self._fill_networks)
        self.hint = self._label("")
        self.hint.setProperty("role", "muted")
        self.minimum = QSpinBox(self)
        self.minimum.setRange(DEFAULT_MINIMUM_VOTES, MAX_PARTICIPANTS)
        self.minimum.setValue(max(minimum, DEFAULT_MINIMUM_VOTES))
        self.minimum.setAccessibleName(self.tr("Fewest votes before a distribution is shown"))
        self.minimum.valueChanged.connect(self._word_promise)
        self.problem = MessageSlot(self, lines=2)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._start)
        self.buttons.rejected.connect(self.reject)
        self.network.currentIndexChanged.connect(self._explain_network)

        self.network_label = QLabel(self.tr("&Network the phones use"), self)
        self.network_label.setBuddy(self.network)
        theme.scale_font(self.network_label, 1.0, bold=True)
        network_row = QHBoxLayout()
        network_row.addWidget(self.network, 1)
        network_row.addWidget(self.reload)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.SPACE.s)
        for widget in (self.intro, self.promise_heading, self.promise, self.network_label):
            layout.addWidget(widget)
        layout.addLayout(network_row)
        layout.addWidget(self.hint)
        layout.addLayout(self._minimum_row())
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * WIDTH_EM)
        self._word_promise()
        self._fill_networks()

    def showEvent(self, event: QShowEvent) -> None:
        # Tall enough for its wrapped paragraphs at its width: a dialog's size hint alone
        # does not ask a word-wrapped label how tall it needs to be.
        width = max(self.width(), self.sizeHint().width())
        self.setMinimumHeight(self.heightForWidth(width))
        self.resize(width, self.heightForWidth(width))
        super().showEvent(event)

    def _label(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _minimum_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        shown_from = QLabel(self.tr("Show a distribution from"), self)
        shown_from.setBuddy(self.minimum)
        row.addWidget(shown_from)
        row.addWidget(self.minimum)
        row.addWidget(QLabel(self.tr("votes on a question"), self), 1)
        return row

    def _word_promise(self) -> None:
        self.promise.setText(
            self.tr(
                "Participant voting runs through this computer and the room's own network – "
                "no cloud, no account. The computer takes votes only while participant voting "
                "is on. No vote is stored with a name, phone, address or time: the workshop "
                "file gets how many votes each value got, as with a show of hands. When "
                "fewer than {minimum} have voted, only how many voted is kept, and no "
                "distribution is shown. A note from "
                "a phone goes to the facilitator first and reaches the shared screen and the "
                "file only if the facilitator accepts it."
            ).format(minimum=self.minimum.value())
        )

    def _fill_networks(self) -> None:
        chosen = self.network.currentData()
        self.network.clear()
        for candidate in self._candidates():
            self.network.addItem(candidate.label(self._language), candidate)
        found = [self.network.itemData(i).address for i in range(self.network.count())]
        # The likeliest first (hotspot, Wi-Fi, wired, ...): keep what was chosen if still there.
        index = found.index(chosen.address) if chosen is not None and chosen.address in found else 0
        self.network.setCurrentIndex(index)
        self._explain_network()

    def _explain_network(self) -> None:
        candidate = self.network.currentData()
        kind = candidate.kind if isinstance(candidate, Candidate) else None
        self.hint.setText(self._hint(kind))
        self.start_button.setEnabled(kind is not None)

    def _hint(self, kind: NetworkKind | None) -> str:
        if kind is None:
            return self.tr(
                "This computer has no network address. Start its hotspot (see the guide)."
            )
        if kind in (NetworkKind.WINDOWS_HOTSPOT, NetworkKind.MAC_SHARING):
            return self.tr("Ask the participants to join this computer's hotspot on their phones.")
        if kind is NetworkKind.PHONE_HOTSPOT:
            return self.tr("Ask the participants to join the same phone's hotspot.")
        if kind is NetworkKind.THIS_COMPUTER:
            return self.tr(
                "Only this computer reaches the voting page: for trying it out. Phones cannot."
            )
        if kind in (NetworkKind.VIRTUAL, NetworkKind.NO_NETWORK):
            return self.tr(
                "Phones cannot reach this network. Start this computer's hotspot or join the "
                "room's Wi-Fi, then choose Look again."
            )
        return self.tr(
            "The phones must join this network too. A guest Wi-Fi often keeps devices apart: "
            "then this computer's own hotspot or a travel router works better."
        )

    def _start(self) -> None:
        candidate = self.network.currentData()
        if isinstance(candidate, Candidate):
            self.problem.set_text("")
            self.start_requested.emit(candidate.address, self.minimum.value())

    def show_problem(self, text: str) -> None:
        """The start failed: say why, and stay open for another try."""
        self.problem.set_text(text)

    def done_starting(self) -> None:
        self.accept()
