"""'Starta uppföljning': the group's next occasion, prefilled from the last one. The date
(today unless changed), the facilitator, the participants, the agenda and its minutes are
last time's until changed; last time's open actions come along for review. The core judges
every field (``details.check_follow_up``) and its message is shown beside the field."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core import agenda
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.details import MINUTES_RANGE, check_follow_up
from tillitverkstad.core.display import display_line
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.history import carry_actions, has_actions_to_review
from tillitverkstad.core.model import DetailField, Template, Workshop
from tillitverkstad.core.text import MAX_LINE
from tillitverkstad.ui.new_workshop_dialog import field_cell
from tillitverkstad.ui.wheel_guard import guard_values
from tillitverkstad.ui.widgets.agenda_picker import AgendaPicker
from tillitverkstad.ui.widgets.date_field import DateField
from tillitverkstad.ui.widgets.form_frame import caption, fit_to_screen, frame_form
from tillitverkstad.ui.widgets.message_slot import MessageSlot


class FollowUpDialog(QDialog):
    """After ``accept``, :meth:`choices` are the keyword arguments of
    ``operations.library.start_follow_up``."""

    def __init__(
        self,
        previous: Workshop,
        content: Content,
        language: str,
        occasion: int,
        parent: QWidget | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.previous, self.content, self.language = previous, content, language
        self.setWindowTitle(self.tr("Start a follow-up"))
        today = today or dt.date.today()
        start = max(today, previous.date)
        heading = QLabel(
            self.tr("Occasion {number} of {group}").format(
                number=occasion, group=display_line(previous.group)
            )
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        self.carried = carry_actions(previous)
        intro = QLabel(self._intro_text())
        intro.setWordWrap(True)
        heading.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.date = DateField(start)
        self.date.setAccessibleName(self.tr("Date"))
        self.date.textChanged.connect(self.validate)
        self.facilitator = QLineEdit(previous.facilitator)
        self.facilitator.setMaxLength(MAX_LINE + 1)  # one over, so the core can explain
        self.facilitator.setAccessibleName(self.tr("Facilitator"))
        self.facilitator.textChanged.connect(self.validate)
        self.participants = QSpinBox()
        self.participants.setRange(0, 999)  # 0 or 61 is explained next to the field
        self.participants.setValue(previous.participant_count)
        self.participants.setAccessibleName(self.tr("Number of participants"))
        self.participants.valueChanged.connect(self.validate)
        self.with_names = QCheckBox(self.tr("Write down participant names (optional)"))
        self.names = QPlainTextEdit()
        self.names.setAccessibleName(self.tr("Participant names, one per line"))
        self.names.setPlaceholderText(self.tr("One name per line. Leave empty to stay anonymous."))
        self.names.setTabChangesFocus(True)
        self.names.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.names.hide()
        self.with_names.toggled.connect(self.names.setVisible)
        self.with_names.toggled.connect(self.validate)
        self.names.textChanged.connect(self.validate)
        self.review = QCheckBox(self.tr("Start with \u201cFollow-up of actions\u201d"))
        self.review.setChecked(has_actions_to_review(previous))
        self.review.setEnabled(has_actions_to_review(previous))
        self.review.toggled.connect(self._agenda_changed)
        self.review_note = QLabel(self._review_text())
        self.review_note.setWordWrap(True)
        self.picker = AgendaPicker()
        self.picker.fill(content, agenda.middle_of(previous.steps))
        self.picker.changed.connect(self._agenda_changed)
        self.minutes_box = QWidget()
        self.minutes_grid = QGridLayout(self.minutes_box)
        self.minutes_grid.setContentsMargins(0, 0, 0, 0)
        self.minutes: dict[str, QSpinBox] = {}
        # One line kept per field: two left the form with gaps that pushed it off a laptop.
        self.messages = {field: MessageSlot(lines=1) for field in DetailField}

        form = QFormLayout()
        for text, field, widget in (
            (self.tr("&Date:"), DetailField.DATE, self.date),
            (self.tr("&Facilitator:"), DetailField.FACILITATOR, self.facilitator),
            (self.tr("&Participants:"), DetailField.PARTICIPANTS, self.participants),
        ):
            form.addRow(caption(text, widget), field_cell(self.messages[field], widget))
        names = field_cell(self.messages[DetailField.NAMES], self.with_names, self.names)
        form.addRow(caption(self.tr("Na&mes:"), self.with_names), names)
        review = field_cell(MessageSlot(), self.review, self.review_note)
        form.addRow(caption(self.tr("Last time's &actions:"), self.review), review)
        form.addRow(
            caption(self.tr("A&genda:"), self.picker.list),
            field_cell(self.messages[DetailField.AGENDA], self.picker),
        )
        self.minutes_caption = QLabel(self.tr("Planned minutes:"))  # tied to the first
        form.addRow(
            self.minutes_caption,
            field_cell(self.messages[DetailField.MINUTES], self.minutes_box),
        )
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(heading)
        body_layout.addWidget(intro)
        body_layout.addLayout(form)
        _, self.buttons = frame_form(self, body)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Start follow-up"))
        order = [
            self.date,
            self.facilitator,
            self.participants,
            self.with_names,
            self.names,
            self.review,
            self.picker.list,
            self.picker.move_up,
            self.picker.move_down,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._agenda_changed()
        self.date.setFocus()  # most often the one thing to change
        self._fitted = False  # sized to its form when first shown

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # measured once polished, in the fonts it is shown in
            self._fitted = True
            fit_to_screen(self)
        super().showEvent(event)

    # -- building ---------------------------------------------------------------

    def _intro_text(self) -> str:
        previous = self.previous
        return self.tr(
            "Last time: {date}, {count} participants, facilitator {facilitator}. The group, "
            "its organisation and the content language stay the same; the rest is last "
            "time's until you change it."
        ).format(
            date=previous.date.isoformat(),
            count=previous.participant_count,
            facilitator=display_line(previous.facilitator) or "–",
        )

    def _review_text(self) -> str:
        if not has_actions_to_review(self.previous):
            return self.tr("No actions were decided last time.")
        closed = len(self.previous.actions) + len(self.previous.carried) - len(self.carried)
        return self.tr(
            "{open} open actions come along to be followed up; {closed} were already closed."
        ).format(open=len(self.carried), closed=max(closed, 0))

    def _agenda_changed(self, *_: Any) -> None:
        """One minutes field per step of the agenda, last time's value where it had one."""
        steps = self.agenda()
        kept = {step: spin.value() for step, spin in self.minutes.items()}
        while self.minutes_grid.count():
            item = self.minutes_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.minutes = {}
        defaults = agenda.default_minutes(steps)
        for index, step in enumerate(steps):
            spin = QSpinBox()
            spin.setRange(*MINUTES_RANGE)
            value = kept.get(step, self.previous.minutes.get(step, defaults[step]))
            spin.setValue(min(max(value, MINUTES_RANGE[0]), MINUTES_RANGE[1]))
            spin.setSuffix(self.tr(" min"))
            title = agenda.step_title(self.content, step)
            spin.setAccessibleName(self.tr("Minutes for {step}").format(step=title))
            spin.valueChanged.connect(self.validate)
            label = QLabel(title)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(spin)
            row, column = index // 2, 2 * (index % 2)  # two columns: the list stays short
            self.minutes_grid.addWidget(label, row, column)
            self.minutes_grid.addWidget(spin, row, column + 1)
            self.minutes[step] = spin
        guard_values(self)
        if self.minutes:  # an agenda always has steps; the first field takes the Alt key
            self.minutes_caption.setBuddy(next(iter(self.minutes.values())))
        # Made after OK and Cancel: put back where the form reads, after the agenda.
        for first, second in itertools.pairwise([self.picker.move_down, *self.minutes.values()]):
            QWidget.setTabOrder(first, second)
        self.validate()

    # -- checking ---------------------------------------------------------------

    def agenda(self) -> list[str]:
        """The whole agenda as it would be: intro, (review,) the chosen steps, the end."""
        try:
            return agenda.build_agenda(
                self.content,
                Template.CUSTOM,
                self.picker.steps(),
                review=self.review.isChecked(),
            )
        except ValidationError:  # nothing chosen yet: the check beside the list says so
            return [*agenda.FIRST_STEPS, *agenda.LAST_STEPS]

    def choices(self) -> dict[str, Any]:
        """``date`` is None while the field holds no date (its message says why)."""
        names = self.names.toPlainText().splitlines() if self.with_names.isChecked() else []
        return {
            "date": self.date.reading()[0],
            "facilitator": self.facilitator.text(),
            "participants": self.participants.value(),
            "participant_names": [n for n in names if n.strip()],
            "steps": self.picker.steps(),
            "minutes": {step: spin.value() for step, spin in self.minutes.items()},
            "review": self.review.isChecked(),
        }

    def validate(self, *_: Any) -> bool:
        values = self.choices()
        problems = check_follow_up(
            self.previous,
            self.content,
            date=values["date"],
            participant_count=values["participants"],
            participant_names=values["participant_names"],
            facilitator=values["facilitator"],
            custom_steps=values["steps"],
            minutes=values["minutes"],
        )
        # The field's own reading of what was typed says most about the date.
        typed = self.date.reading()[1]
        if typed is not None:
            problems[DetailField.DATE] = typed
        for field, message in self.messages.items():
            problem = problems.get(field)
            message.set_text(problem.message(self.language) if problem else "")
        self.ok_button.setEnabled(not problems)
        return not problems

    def accept(self) -> None:
        if self.validate():
            super().accept()
