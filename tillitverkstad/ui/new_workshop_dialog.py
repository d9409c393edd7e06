"""The "New workshop" form. The core (``details.check_new``) is the one judge of valid
input: it names what is wrong with each field, and the message is shown next to it."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.agenda import DEFAULT_MINUTES
from tillitverkstad.core.content import load_content
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.details import check_new
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.languages import content_language, content_languages
from tillitverkstad.core.model import DetailField, Template, Workshop
from tillitverkstad.core.text import MAX_LINE
from tillitverkstad.ui import theme
from tillitverkstad.ui.settings import language_name
from tillitverkstad.ui.wheel_guard import guard_values
from tillitverkstad.ui.widgets.agenda_picker import AgendaPicker
from tillitverkstad.ui.widgets.choice_box import ChoiceBox
from tillitverkstad.ui.widgets.date_field import DateField
from tillitverkstad.ui.widgets.form_frame import frame_form
from tillitverkstad.ui.widgets.message_slot import MessageSlot

DEFAULT_PARTICIPANTS = 8
# Which message line under the form shows the core's problem with which field.
FIELDS = {
    "organisation": DetailField.ORGANISATION,
    "group": DetailField.GROUP,
    "facilitator": DetailField.FACILITATOR,
    "participants": DetailField.PARTICIPANTS,
    "names": DetailField.NAMES,
    "template": DetailField.AGENDA,
    "minutes": DetailField.MINUTES,
}


def field_cell(message: MessageSlot, *widgets: QWidget) -> QWidget:
    """A form field (one or more widgets) with its message below it: a problem with the
    field is said in words beside it, in space kept for it, so nothing jumps."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addWidget(message)
    return cell


class NewWorkshopDialog(QDialog):
    """Ask for the workshop's details; after ``accept`` the new workshop is ``.workshop``.

    ``load`` gives the content of a language (tests may pass their own)."""

    def __init__(
        self,
        ui_language: str,
        default_minutes: int = DEFAULT_MINUTES,
        parent: QWidget | None = None,
        load: Callable[[str], Content] = load_content,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._ui_language = ui_language
        self._load = load
        self._language = content_language(ui_language)
        self._today = today or dt.date.today()
        self.workshop: Workshop | None = None
        self._build(default_minutes)
        self.retranslate()
        self._fill_custom_list()
        self.validate()
        guard_values(self)
        self.organisation.setFocus()  # the cursor where the form starts

    # -- building ---------------------------------------------------------------

    def _line(self) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(MAX_LINE + 1)  # one over, so the core's message can explain
        edit.textChanged.connect(self.validate)
        return edit

    def _build(self, default_minutes: int) -> None:
        self.organisation = self._line()
        self.group = self._line()
        self.date = DateField(self._today)
        self.date.textChanged.connect(self.validate)
        self.facilitator = self._line()
        self.participants = QSpinBox()
        # Wider than allowed on purpose: 0 or 61 is explained next to the field, not clamped.
        self.participants.setRange(0, 999)
        self.participants.setValue(DEFAULT_PARTICIPANTS)
        self.participants.valueChanged.connect(self.validate)
        self.with_names = QCheckBox()
        self.with_names.toggled.connect(self._names_toggled)
        self.names = QPlainTextEdit()
        self.names.setTabChangesFocus(True)
        self.names.setVisible(False)
        self.names.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.names.textChanged.connect(self.validate)
        self.content_language = ChoiceBox()
        for code in content_languages():
            self.content_language.addItem(language_name(code), code)
        self.content_language.setCurrentIndex(self.content_language.findData(self._language))
        self.content_language.currentIndexChanged.connect(self._language_changed)

        self.template_all = QRadioButton()
        self.template_cornerstones = QRadioButton()
        self.template_custom = QRadioButton()
        self.templates = QButtonGroup(self)
        for button, template in (
            (self.template_all, Template.ALL_SEVEN),
            (self.template_cornerstones, Template.CORNERSTONES),
            (self.template_custom, Template.CUSTOM),
        ):
            button.setProperty("template", template.value)
            self.templates.addButton(button)
        self.template_all.setChecked(True)
        self.templates.buttonToggled.connect(self._template_toggled)
        self.picker = AgendaPicker()
        self.picker.changed.connect(self.validate)
        self.custom, self.move_up, self.move_down = (
            self.picker.list,
            self.picker.move_up,
            self.picker.move_down,
        )
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(default_minutes)
        self.minutes.valueChanged.connect(self.validate)

        self.messages: dict[str, MessageSlot] = {
            key: MessageSlot()
            for key in (
                *("organisation", "group", "date", "facilitator", "participants", "names"),
                *("template", "minutes", "form"),
            )
        }
        self.labels: dict[str, QLabel] = {}
        form = QGridLayout()
        form.setHorizontalSpacing(theme.SPACE.m)
        form.setVerticalSpacing(theme.SPACE.s)
        form.setColumnStretch(1, 1)
        wide = self.fontMetrics().averageCharWidth() * 36
        for editor in (self.organisation, self.group, self.facilitator, self.names, self.custom):
            editor.setFixedWidth(wide)  # room for a long name; the message has the rest
        for spin in (self.participants, self.minutes):
            spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("000 min") + 40)
        theme.pad_spin_text(self.participants, self.minutes)
        template_box = QVBoxLayout()
        template_box.setSpacing(theme.SPACE.xs)
        for button in (self.template_all, self.template_cornerstones, self.template_custom):
            template_box.addWidget(button)
        template_box.addWidget(self.picker)
        rows: list[tuple[str, QWidget | QVBoxLayout]] = [
            ("organisation", self.organisation),
            ("group", self.group),
            ("date", self.date),
            ("facilitator", self.facilitator),
            ("participants", self.participants),
            ("names", self.with_names),
            ("", self.names),
            ("content_language", self.content_language),
            ("template", template_box),
            ("minutes", self.minutes),
        ]
        for row, (key, field) in enumerate(rows):
            if key:
                label = QLabel()
                buddy: QWidget | None = {
                    "template": self.template_all,
                    "names": self.with_names,
                }.get(key)
                if buddy is None and isinstance(field, QWidget):
                    buddy = field
                if buddy is not None:
                    label.setBuddy(buddy)
                self.labels[key] = label
                where = (
                    Qt.AlignmentFlag.AlignTop
                    if key == "template"
                    else Qt.AlignmentFlag.AlignVCenter
                )
                form.addWidget(label, row, 0, where)
            cell = QHBoxLayout()  # the field, then its message beside it in kept space
            cell.setSpacing(theme.SPACE.m)
            if isinstance(field, QWidget):
                cell.addWidget(field, 0, Qt.AlignmentFlag.AlignVCenter)
            else:
                cell.addLayout(field)
            message = {"": "names", "names": None}.get(key, key)
            if message in self.messages:
                cell.addWidget(self.messages[message], 1)
            else:
                cell.addStretch(1)
            form.addLayout(cell, row, 1)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(self.messages["form"])
        body_layout.addStretch(1)  # extra height goes below the form, not between its rows
        layout, self.buttons = frame_form(self, body)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.setContentsMargins(theme.SPACE.l, theme.SPACE.l, theme.SPACE.xl, theme.SPACE.l)
        order = [
            self.organisation,
            self.group,
            self.date,
            self.facilitator,
            self.participants,
            self.with_names,
            self.names,
            self.content_language,
            self.template_all,
            self.template_cornerstones,
            self.template_custom,
            self.custom,
            self.move_up,
            self.move_down,
            self.minutes,
            self.buttons,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        self._template_toggled()
        self.messages["names"].setVisible(False)
        self._body = body
        self._sized = False

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:  # measured once polished, so the form fits without empty space
            self._sized = True
            self._body.adjustSize()
            height = self._body.sizeHint().height() + self.buttons.sizeHint().height() + 48
            screen = self.screen().availableGeometry().height() if self.screen() else height
            self.resize(max(760, self._body.sizeHint().width() + 48), min(height, screen - 40))
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New workshop"))
        texts = {
            "organisation": (self.tr("&Organisation / unit:"), self.tr("Organisation or unit")),
            "group": (self.tr("&Group (required):"), self.tr("Group, required")),
            "date": (self.tr("&Date:"), self.tr("Date")),
            "facilitator": (self.tr("&Facilitator:"), self.tr("Facilitator")),
            "participants": (self.tr("&Participants:"), self.tr("Number of participants")),
            "names": (self.tr("Na&mes:"), self.tr("Participant names, one per line")),
            "content_language": (self.tr("&Content language:"), self.tr("Content language")),
            "template": (self.tr("&Agenda:"), self.tr("Agenda")),
            "minutes": (self.tr("M&inutes per step:"), self.tr("Minutes per step")),
        }
        fields = {
            "organisation": self.organisation,
            "group": self.group,
            "date": self.date,
            "facilitator": self.facilitator,
            "participants": self.participants,
            "names": self.names,
            "content_language": self.content_language,
            "template": self.picker.list,
            "minutes": self.minutes,
        }
        for key, (label, accessible) in texts.items():
            self.labels[key].setText(label)
            fields[key].setAccessibleName(accessible)
        self.group.setPlaceholderText(self.tr("e.g. Ledningsgrupp IFO"))
        self.organisation.setPlaceholderText(self.tr("e.g. Socialförvaltningen"))
        self.names.setPlaceholderText(self.tr("One name per line. Leave empty to stay anonymous."))
        self.with_names.setText(self.tr("Write down participant names (optional)"))
        self.template_all.setText(self.tr("All seven principles"))
        self.template_cornerstones.setText(self.tr("The three cornerstones"))
        self.template_custom.setText(self.tr("Custom: choose and order principles and steps"))
        self.picker.retranslate()
        self.minutes.setSuffix(self.tr(" min"))
        self.ok_button.setText(self.tr("Create workshop"))
        self.ok_button.setAccessibleName(self.tr("Create workshop"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the custom agenda ------------------------------------------------------

    def _content(self) -> Content:
        return self._load(self._language)

    def _fill_custom_list(self) -> None:
        """List principles and optional steps; keep what was chosen and its order."""
        self.picker.fill(self._content())

    def custom_steps(self) -> list[str]:
        return self.picker.steps()

    def _template_toggled(self, *_: Any) -> None:
        custom = self.template_custom.isChecked()
        self.picker.setVisible(custom)
        self.validate()

    def _names_toggled(self, on: bool) -> None:
        self.names.setVisible(on)
        self.messages["names"].setVisible(on)
        if on:
            self.names.setFocus()
        self.validate()

    def _language_changed(self) -> None:
        self._language = self.content_language.currentData()
        self._fill_custom_list()
        self.validate()

    # -- validation -------------------------------------------------------------

    def template(self) -> Template:
        checked = self.templates.checkedButton()  # one of three is always checked
        return Template(checked.property("template")) if checked else Template.ALL_SEVEN

    def participant_names(self) -> list[str]:
        if not self.with_names.isChecked():
            return []
        return [line for line in self.names.toPlainText().splitlines() if line.strip()]

    def _date(self) -> tuple[dt.date | None, TillitError | None]:
        return self.date.reading()

    def _values(self) -> dict[str, Any]:
        return {
            "group": self.group.text(),
            "date": self._date()[0] or self._today,
            "organisation": self.organisation.text(),
            "facilitator": self.facilitator.text(),
            "participant_count": self.participants.value(),
            "participant_names": self.participant_names(),
            "template": self.template(),
            "custom_steps": self.custom_steps() if self.template() is Template.CUSTOM else (),
            "minutes_per_step": self.minutes.value(),
        }

    def validate(self) -> bool:
        """Explain every invalid field next to it; OK is enabled only when all are valid."""
        values = self._values()
        date, date_problem = self._date()
        _, problems = check_new(self._content(), **{**values, "date": date})
        for key, message in self.messages.items():
            problem: TillitError | None = problems.get(FIELDS[key]) if key in FIELDS else None
            if key == "date":  # the field's own reading of what was typed says most
                problem = date_problem or problems.get(DetailField.DATE)
            message.set_text(problem.message(self._ui_language) if problem else "")
        valid = not problems
        self.ok_button.setEnabled(valid)
        return valid

    def accept(self) -> None:
        if not self.validate():
            return
        try:
            self.workshop = uc.create_workshop(self._content(), **self._values())
        except TillitError as exc:
            self.messages["form"].set_text(exc.message(self._ui_language))
            self.ok_button.setEnabled(False)
            return
        super().accept()
