"""Votes, distribution, agreed values and consensus for one rated step.

The facilitator types how many hands went up for each value; the chart, median and range
follow live. The session refuses more votes than participants: the message shows inline
and the spin box keeps its previous value.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core import numbers
from tillitverkstad.core import rating as rating_maths
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.history import Point
from tillitverkstad.core.model import (
    MAX_PARTICIPANTS,
    SCALE_VALUES,
    Consensus,
    Scale,
    VoteMethod,
)
from tillitverkstad.core.vote_minimum import is_too_few, shown_votes, too_few_text
from tillitverkstad.ui import theme
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.choice_box import ChoiceBox
from tillitverkstad.ui.widgets.distribution_chart import DistributionChart
from tillitverkstad.ui.widgets.message_slot import MessageSlot

SCALES = (Scale.CURRENT, Scale.DESIRED)


class _PlusMinus(QObject):
    """Lets + and - step a spin box, for fast entry with the number pad."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QSpinBox):
            return False
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key == Qt.Key.Key_Plus:
                watched.stepUp()
                return True
            if key == Qt.Key.Key_Minus:
                watched.stepDown()
                return True
        return False


def set_text_if_changed(editor: QPlainTextEdit, text: str) -> None:
    """Show stored text without disturbing the cursor while the facilitator types."""
    if editor.toPlainText() != text:
        editor.blockSignals(True)
        editor.setPlainText(text)
        editor.blockSignals(False)


class RatingPanel(Card):
    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Rating"), parent)
        self.session, self.step_id, self.language = session, step_id, language
        content = session.content
        names = {s.id: s for s in content.rating_scales}
        self.scale_names = {scale: names[scale.value].name for scale in SCALES}
        self._plus_minus = _PlusMinus(self)
        layout = self.body
        self.earlier = self._earlier_box()
        layout.addWidget(self.earlier)

        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Votes"), self), 0, 0)
        for column, value in enumerate(SCALE_VALUES, start=1):
            header = QLabel(str(value), self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setToolTip(content.anchors.get(value, ""))
            grid.addWidget(header, 0, column)
        self.totals: dict[Scale, QLabel] = {}
        self.spins: dict[Scale, list[QSpinBox]] = {}
        for row, scale in enumerate(SCALES, start=1):
            label = QLabel(self.scale_names[scale], self)
            label.setToolTip(names[scale.value].prompt)
            grid.addWidget(label, row, 0)
            spins = []
            for column, value in enumerate(SCALE_VALUES, start=1):
                spin = QSpinBox(self)
                spin.setRange(0, MAX_PARTICIPANTS)
                # Counted on Enter, Tab or an arrow, not per keystroke: typing "12" must
                # never count the "1" on the way (the cell would show what was not meant).
                spin.setKeyboardTracking(False)
                spin.setFixedWidth(spin.fontMetrics().horizontalAdvance("00") + 44)
                spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
                spin.setToolTip(f"{value} = {content.anchors.get(value, '')}")
                spin.setAccessibleDescription(content.anchors.get(value, ""))
                spin.installEventFilter(self._plus_minus)
                spin.valueChanged.connect(
                    lambda count, s=scale, i=column - 1: self._vote(s, i, count)
                )
                grid.addWidget(spin, row, column)
                spins.append(spin)
            self.spins[scale] = spins
            self.totals[scale] = QLabel(self)
            grid.addWidget(self.totals[scale], row, len(SCALE_VALUES) + 1)
        layout.addLayout(grid)
        low, high = min(content.anchors), max(content.anchors)
        anchors = QLabel(
            f"{low} = {content.anchors[low]}   ·   {high} = {content.anchors[high]}", self
        )
        anchors.setWordWrap(True)
        theme.scale_font(anchors, 0.9)
        layout.addWidget(anchors)

        # Too many votes, or a spread to talk through: one kept place for both, above the
        # chart, so the agreed values below never move while counts are typed.
        self.message = MessageSlot(self)
        self._votes_error = ""
        self._refused: tuple[Scale, list[int]] | None = None  # the counts refused
        self._spread = ""
        layout.addWidget(self.message)
        # How the counts came, when not by hands: the report calls only these anonymous.
        self.method = QLabel(self)
        self.method.setWordWrap(True)
        self.method.setProperty("role", "muted")
        layout.addWidget(self.method)
        self.chart = DistributionChart(self)
        self.chart.set_series_names(*self.scale_names.values())
        layout.addWidget(self.chart, 1)
        self.stats: dict[Scale, QLabel] = {}
        for scale in SCALES:
            self.stats[scale] = QLabel(self)
            self.stats[scale].setWordWrap(True)
            layout.addWidget(self.stats[scale])

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.agreed: dict[Scale, QComboBox] = {}
        for scale in SCALES:
            combo = ChoiceBox(self)
            combo.addItem(self.tr("not set"), None)
            for value in SCALE_VALUES:
                combo.addItem(f"{value} = {content.anchors.get(value, '')}", value)
            # As wide as the longest choice: an anchor text cut in half misleads.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setAccessibleName(
                self.tr("Agreed {scale}").format(scale=self.scale_names[scale].lower())
            )
            combo.activated.connect(lambda _i, s=scale: self._agree(s))
            form.addRow(
                self.tr("Agreed {scale}").format(scale=self.scale_names[scale].lower()), combo
            )
            self.agreed[scale] = combo
            combo.setMinimumWidth(combo.sizeHint().width())
        self.consensus = ChoiceBox(self)
        self.consensus.addItem(self.tr("not set"), None)
        for item in content.consensus:
            self.consensus.addItem(item.label, item.id)
            self.consensus.setItemData(
                self.consensus.count() - 1, item.explanation, Qt.ItemDataRole.ToolTipRole
            )
        self.consensus.setAccessibleName(self.tr("Consensus"))
        self.consensus.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.consensus.setMinimumWidth(self.consensus.sizeHint().width())
        self.consensus.activated.connect(self._set_consensus)
        form.addRow(self.tr("Consensus"), self.consensus)
        self.reservations = QPlainTextEdit(self)
        self.reservations.setAccessibleName(self.tr("Reservations"))
        self.reservations.setPlaceholderText(self.tr("Reservations and differing views"))
        self.reservations.setTabChangesFocus(True)
        self.reservations.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.reservations.textChanged.connect(self._reservations_changed)
        form.addRow(self.tr("Reservations"), self.reservations)
        layout.addLayout(form)
        self.refresh()

    def _show_messages(self) -> None:
        self.message.set_text("\n".join(t for t in (self._votes_error, self._spread) if t))

    def _earlier_box(self) -> QFrame:
        """Last time's agreed values beside today's rating (and the baseline's when it
        differs), so the group can see where it stood."""
        box = QFrame(self)
        box.setObjectName("earlierValues")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(theme.SPACE.s, theme.SPACE.xs, theme.SPACE.s, theme.SPACE.xs)
        self.last_time = QLabel(box)
        self.baseline = QLabel(box)
        for label in (self.last_time, self.baseline):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            inner.addWidget(label)
        theme.scale_font(self.last_time, theme.TYPE.lead, bold=True)
        box.setAccessibleName(self.tr("Earlier occasions"))
        box.hide()
        return box

    def _point_text(self, point: Point) -> str:
        if not point.on_agenda:
            return self.tr("not on the agenda")
        if not point.rated:
            return self.tr("not rated")
        consensus = next(
            (c.label for c in self.session.content.consensus if point.consensus == c.id), ""
        )
        parts = [
            f"{self.scale_names[Scale.CURRENT].lower()} {numbers.value(point.current)}",
            f"{self.scale_names[Scale.DESIRED].lower()} {numbers.value(point.desired)}",
        ]
        return " · ".join([*parts, consensus] if consensus else parts)

    def _show_earlier(self) -> None:
        comparison = self.session.comparison()
        row = comparison.row(self.step_id)
        last = comparison.last_time
        if row is None or last is None or row.last_time is None:
            self.earlier.hide()
            return
        self.last_time.setText(
            self.tr("Last time, {date}: {values}").format(
                date=last.date.isoformat(), values=self._point_text(row.last_time)
            )
        )
        differs = len(comparison.occasions) > 2 and row.baseline != row.last_time
        self.baseline.setVisible(differs)
        if differs:
            self.baseline.setText(
                self.tr("At the start, {date}: {values}").format(
                    date=comparison.baseline.date.isoformat(),
                    values=self._point_text(row.baseline),
                )
            )
        self.earlier.show()

    # -- showing ----------------------------------------------------------------

    @property
    def rating(self):
        return self.session.workshop.record(self.step_id).rating

    def refresh(self) -> None:
        self._show_earlier()
        rating = self.rating
        participants = self.session.workshop.participant_count
        if self._refused is not None and sum(self._refused[1]) <= participants:
            self._refused, self._votes_error = None, ""  # the count was corrected
        for scale in SCALES:
            dist = rating.votes(scale)
            shown = shown_votes(rating, scale)
            for value, spin, count in zip(
                SCALE_VALUES, self.spins[scale], shown.counts, strict=True
            ):
                if spin.value() != count:
                    spin.blockSignals(True)
                    spin.setValue(count)
                    spin.blockSignals(False)
                spin.setAccessibleName(self._cell_name(scale, value, count))
            self.totals[scale].setText(
                self.tr("{votes} of {participants}").format(
                    votes=dist.total, participants=participants
                )
            )
            self.stats[scale].setText(self._stats_text(scale))
            combo = self.agreed[scale]
            combo.setCurrentIndex(max(0, combo.findData(rating.agreed(scale))))
        self.method.setText(self.tr("Sent anonymously from the participants' phones."))
        self.method.setVisible(rating.method is VoteMethod.DEVICES)
        self.chart.set_data(*(shown_votes(rating, s).counts for s in SCALES))
        wide = [s for s in SCALES if rating_maths.needs_discussion(shown_votes(rating, s))]
        which = ", ".join(self.scale_names[s] for s in wide)
        self._spread = (
            self.tr("Large spread ({scales}) – talk it through before you agree").format(
                scales=which
            )
            if wide
            else ""
        )
        self._show_messages()
        consensus = rating.consensus.value if rating.consensus else None
        self.consensus.setCurrentIndex(max(0, self.consensus.findData(consensus)))
        set_text_if_changed(self.reservations, rating.reservations)

    def _cell_name(self, scale: Scale, value: int, count: int) -> str:
        """What a screen reader says of a vote cell: "Nuläge, värde 3: 4 röster"."""
        text = (
            self.tr("{scale}, value {value}: 1 vote")
            if count == 1
            else self.tr("{scale}, value {value}: {count} votes")
        )
        return text.format(scale=self.scale_names[scale], value=value, count=count)

    def _stats_text(self, scale: Scale) -> str:
        rating = self.rating
        if is_too_few(rating, rating.votes(scale)):
            return f"{self.scale_names[scale]}: {too_few_text(rating, self.language)}"
        dist = rating.votes(scale)
        middle = rating_maths.median(dist)
        bounds = rating_maths.value_range(dist)
        if middle is None or bounds is None:
            return self.tr("{scale}: no votes yet").format(scale=self.scale_names[scale])
        return self.tr("{scale}: median {median}, range {low}–{high} (spread {spread})").format(
            scale=self.scale_names[scale],
            median=numbers.decimal(middle, self.language),
            low=bounds[0],
            high=bounds[1],
            spread=bounds[1] - bounds[0],
        )

    @property
    def spread_flag_shown(self) -> bool:
        return bool(self._spread) and self._spread in self.message.text()

    @property
    def votes_message_text(self) -> str:
        return self._votes_error

    # -- editing ----------------------------------------------------------------

    def _vote(self, scale: Scale, index: int, count: int) -> None:
        counts = list(shown_votes(self.rating, scale).counts)
        counts[index] = count
        try:
            self.session.set_votes(self.step_id, scale, counts)
        except TillitError as error:
            self._refused = (scale, counts)
            self._votes_error = (
                error.message(self.language)
                + " "
                + self.tr(
                    "If more people are voting, change the number of participants "
                    "(Workshop \u203a Correct the details\u2026)."
                )
            )
            self._show_messages()
            spin = self.spins[scale][index]
            spin.blockSignals(True)
            spin.setValue(shown_votes(self.rating, scale).counts[index])
            spin.blockSignals(False)
            return
        self._votes_error, self._refused = "", None
        self.refresh()

    def _agree(self, scale: Scale) -> None:
        self.session.set_agreed(self.step_id, scale, self.agreed[scale].currentData())
        self.refresh()

    def _set_consensus(self) -> None:
        value = self.consensus.currentData()
        self.session.set_consensus(self.step_id, Consensus(value) if value else None)
        self.refresh()

    def _reservations_changed(self) -> None:
        self.session.set_reservations(self.step_id, self.reservations.toPlainText())
