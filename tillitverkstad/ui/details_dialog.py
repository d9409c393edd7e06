"""Correct a workshop's details after it was created: every header field and the planned
minutes per step. The core judges each field (``details.check_correction``) and keeps the
change log; the dialog shows its messages beside the fields and the log below them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.details import MINUTES_RANGE, check_correction
from tillitverkstad.core.model import DetailField
from tillitverkstad.core.text import MAX_LINE
from tillitverkstad.ui.new_workshop_dialog import field_cell
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.wheel_guard import guard_values
from tillitverkstad.ui.widgets.date_field import DateField
from tillitverkstad.ui.widgets.form_frame import caption, fit_to_screen, frame_form
from tillitverkstad.ui.widgets.message_slot import MessageSlot


class DetailsDialog(QDialog):
    """On OK the changed fields go to ``session.correct_details`` (one undoable edit)."""

    def __init__(self, session: WorkshopSession, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.language = session, language
        ws = session.workshop
        self.setWindowTitle(self.tr("Correct the details"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.organisation = self._line(ws.organisation, self.tr("Organisation or unit"))
        self.group = self._line(ws.group, self.tr("Group"))
        # As stored, also a year an old version let through: shown, explained, and kept
        # unless the facilitator corrects it (a QDateEdit would quietly clamp it).
        self.date = DateField(ws.date)
        self.date.setAccessibleName(self.tr("Date"))
        self.date.textChanged.connect(self.validate)
        self._shown_date = self.date.text()
        self.facilitator = self._line(ws.facilitator, self.tr("Facilitator"))
        self.participants = QSpinBox()
        self.participants.setRange(0, 999)  # 0 or 61 is explained next to the field
        self.participants.setValue(ws.participant_count)
        self.participants.setAccessibleName(self.tr("Number of participants"))
        self.participants.valueChanged.connect(self.validate)
        self.with_names = QCheckBox(self.tr("Participant names (optional)"))
        self.with_names.setChecked(bool(ws.participant_names))
        self.names = QPlainTextEdit("\n".join(ws.participant_names))
        self.names.setAccessibleName(self.tr("Participant names, one per line"))
        self.names.setTabChangesFocus(True)
        self.names.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.names.setVisible(self.with_names.isChecked())
        self.with_names.toggled.connect(self.names.setVisible)
        self.with_names.toggled.connect(self.validate)
        self.names.textChanged.connect(self.validate)
        self.messages: dict[DetailField, MessageSlot] = {
            f: MessageSlot(lines=1) for f in DetailField if f is not DetailField.AGENDA
        }
        self.minutes: dict[str, QSpinBox] = {}
        self._shown_minutes: dict[str, int] = {}

        form = QFormLayout()
        for label, field, widget in (
            (self.tr("&Organisation / unit:"), DetailField.ORGANISATION, self.organisation),
            (self.tr("&Group:"), DetailField.GROUP, self.group),
            (self.tr("&Date:"), DetailField.DATE, self.date),
            (self.tr("&Facilitator:"), DetailField.FACILITATOR, self.facilitator),
            (self.tr("&Participants:"), DetailField.PARTICIPANTS, self.participants),
        ):
            form.addRow(caption(label, widget), field_cell(self.messages[field], widget))
        names_cell = field_cell(self.messages[DetailField.NAMES], self.with_names, self.names)
        form.addRow(caption(self.tr("Na&mes:"), self.with_names), names_cell)
        minutes = self._minutes_box()
        form.addRow(
            caption(self.tr("Planned minutes:"), next(iter(self.minutes.values()))), minutes
        )
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(self._log())
        _, self.buttons = frame_form(self, body)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save the correction"))
        self._fitted = False  # sized to its form when first shown
        self.validate()
        guard_values(self)
        self.organisation.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        if not self._fitted:  # measured once polished, in the fonts it is shown in
            self._fitted = True
            fit_to_screen(self)
        super().showEvent(event)

    # -- building ---------------------------------------------------------------

    def _line(self, text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(MAX_LINE + 1)  # one over, so the core's message can explain
        edit.setAccessibleName(accessible)
        edit.textChanged.connect(self.validate)
        return edit

    def _minutes_box(self) -> QWidget:
        box = QWidget()
        grid = QFormLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        ws = self.session.workshop
        for step in ws.steps:
            spin = QSpinBox()
            spin.setRange(*MINUTES_RANGE)
            spin.setValue(min(max(ws.minutes.get(step, MINUTES_RANGE[0]), 1), MINUTES_RANGE[1]))
            spin.setSuffix(self.tr(" min"))
            title = self.session.title(step)
            spin.setAccessibleName(self.tr("Minutes for {step}").format(step=title))
            spin.valueChanged.connect(self.validate)
            self.minutes[step] = spin
            self._shown_minutes[step] = spin.value()
            label = caption(title, spin)
            label.setTextFormat(Qt.TextFormat.PlainText)
            grid.addRow(label, spin)
        grid.addRow(self.messages[DetailField.MINUTES])
        return box

    def _log(self) -> QWidget:
        """The corrections made so far (the report prints them too)."""
        box = QGroupBox(self.tr("Corrections so far"))
        layout = QVBoxLayout(box)
        changes = self.session.workshop.changes
        lines = [
            f"{c.at.replace('T', ' ')[:16]}  {self._field_name(c.field)}"
            + (f": {c.before} \u2192 {c.after}" if c.before or c.after else "")
            for c in changes
        ]
        label = QLabel("\n".join(lines) or self.tr("None yet."))
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout.addWidget(label)
        note = QLabel(
            self.tr("Once the workshop has started, every correction is listed in the report.")
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        return box

    def _field_name(self, field: DetailField) -> str:
        return {
            DetailField.GROUP: self.tr("Group"),
            DetailField.ORGANISATION: self.tr("Organisation or unit"),
            DetailField.DATE: self.tr("Date"),
            DetailField.FACILITATOR: self.tr("Facilitator"),
            DetailField.PARTICIPANTS: self.tr("Number of participants"),
            DetailField.NAMES: self.tr("Participant names"),
            DetailField.MINUTES: self.tr("Planned minutes"),
        }.get(field, field.value)

    # -- checking ---------------------------------------------------------------

    def changes(self) -> dict[DetailField, Any]:
        """The fields whose value differs from the stored one."""
        ws = self.session.workshop
        names = (
            [n for n in self.names.toPlainText().splitlines() if n.strip()]
            if self.with_names.isChecked()
            else []
        )
        values: dict[DetailField, Any] = {
            DetailField.ORGANISATION: self.organisation.text(),
            DetailField.GROUP: self.group.text(),
            DetailField.FACILITATOR: self.facilitator.text(),
            DetailField.PARTICIPANTS: self.participants.value(),
            DetailField.NAMES: names,
        }
        changed = {
            field: value for field, value in values.items() if value != getattr(ws, field.value)
        }
        if self.date.text() != self._shown_date:  # None: typed, not a date (explained)
            changed[DetailField.DATE] = self.date.reading()[0]
        # Against what the box first showed: a stored value outside the range the box can
        # show (an old file) is not changed unless the facilitator changes it.
        minutes = {
            step: spin.value()
            for step, spin in self.minutes.items()
            if spin.value() != self._shown_minutes[step]
        }
        if minutes:
            changed[DetailField.MINUTES] = minutes
        return changed

    def validate(self) -> bool:
        changes = self.changes()
        _, problems = check_correction(
            self.session.workshop,
            self.session.content,
            changes,
            next_occasion=self.session.next_occasion,
        )
        date_problem = self.date.reading()[1]  # also a stored year it would not take now
        for field, message in self.messages.items():
            problem = problems.get(field)
            if field is DetailField.DATE and date_problem is not None:
                problem = date_problem
            message.set_text(problem.message(self.language) if problem else "")
        valid = bool(changes) and not problems
        self.ok_button.setEnabled(valid)
        return valid

    def accept(self) -> None:
        if not self.validate():
            return
        self.session.correct_details(self.changes())
        super().accept()
