"""'Uppföljning av åtgärder': the first step of a follow-up after the intro. Each action
last time left open comes with what, who, when and how it stood; the group says what
became of it (genomförd / pågår / inte påbörjad / avbruten) with a short comment. What last
time had already closed is listed below, read-only."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.display import display_line, display_text
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import ActionStatus, CarriedAction
from tillitverkstad.core.review import MAX_COMMENT
from tillitverkstad.ui import theme
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.steps.parts import (
    FreeNotes,
    PrivateNotes,
    QuestionsBox,
    text_label,
)
from tillitverkstad.ui.steps.side_panels import SidePanels, part
from tillitverkstad.ui.widgets.actions_table import status_label
from tillitverkstad.ui.widgets.choice_box import ChoiceBox
from tillitverkstad.ui.widgets.long_text import long_line_edit

# The order the group goes through them: the hoped-for answer first.
REVIEW_CHOICES = (
    ActionStatus.DONE,
    ActionStatus.ONGOING,
    ActionStatus.NOT_STARTED,
    ActionStatus.CANCELLED,
)


class ReviewCard(QFrame):
    """One carried action: what it was, and what the group says became of it."""

    def __init__(
        self, session: WorkshopSession, item: CarriedAction, language: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.session, self.item_id, self.language = session, item.id, language
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.what = text_label(self, display_text(item.what), 1.1, bold=True)
        self.facts = text_label(self, self._facts(item), 0.95)
        self.status = ChoiceBox(self)
        self.status.addItem(self.tr("Choose what became of it…"), None)
        for status in REVIEW_CHOICES:
            self.status.addItem(status_label(status), status.value)
        self.status.setAccessibleName(self.tr("What became of: {what}").format(what=item.what[:80]))
        self.status.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status.setMinimumWidth(self.status.sizeHint().width())  # never cut the choice
        self.status.activated.connect(self._status_chosen)
        self.comment = long_line_edit(self)
        self.comment.setMaxLength(MAX_COMMENT + 1)  # one over, so the core can explain
        self.comment.setPlaceholderText(self.tr("A short comment"))
        self.comment.setAccessibleName(self.tr("Comment on: {what}").format(what=item.what[:80]))
        self.comment.textEdited.connect(self._comment_edited)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        status_label_widget = QLabel(self.tr("&Status:"), self)
        status_label_widget.setBuddy(self.status)
        row.addWidget(status_label_widget)
        row.addWidget(self.status)
        row.addWidget(self.comment, 1)
        layout.addWidget(self.what)
        layout.addWidget(self.facts)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.refresh()

    def _facts(self, item: CarriedAction) -> str:
        parts = [self.tr("Decided {date}").format(date=item.decided_on.isoformat())]
        if item.who:
            parts.append(self.tr("who: {who}").format(who=display_line(item.who)))
        if item.when:
            parts.append(self.tr("by {date}").format(date=item.when.isoformat()))
        if item.step_id:
            parts.append(self._title(item.step_id))
        then = status_label(item.status_then).lower()
        parts.append(self.tr("last time: {status}").format(status=then))
        return " · ".join(parts)

    def _title(self, step_id: str) -> str:
        try:
            return self.session.title(step_id)
        except (TillitError, KeyError):
            return step_id

    @property
    def item(self) -> CarriedAction:
        return next(c for c in self.session.workshop.carried if c.id == self.item_id)

    def refresh(self) -> None:
        item = self.item
        value = item.status.value if item.status else None
        self.status.setCurrentIndex(max(0, self.status.findData(value)))
        if self.comment.text() != item.comment:
            self.comment.setText(item.comment)

    def _status_chosen(self) -> None:
        value = self.status.currentData()
        self._apply(
            lambda: self.session.set_review_status(
                self.item_id, ActionStatus(value) if value else None
            )
        )

    def _comment_edited(self, text: str) -> None:
        self._apply(lambda: self.session.set_review_comment(self.item_id, text))

    def _apply(self, edit) -> None:
        try:
            edit()
        except TillitError as error:
            self.message.setText(f"{theme.WARNING_MARK} {error.message(self.language)}")
            self.message.show()
            return
        self.message.hide()


class ReviewStep(StepPage):
    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        fixed = session.content.fixed_step(step_id)
        top, top_layout = part()
        top_layout.addWidget(text_label(top, fixed.text, 1.1))
        self.questions = QuestionsBox(session, step_id, fixed.questions, top)
        self.questions.question_changed.connect(self._emit_question)
        top_layout.addWidget(self.questions)
        notes, notes_layout = part()
        self.free_notes = FreeNotes(session, step_id, notes)
        self.private_notes = PrivateNotes(session, step_id, notes)
        notes_layout.addWidget(self.free_notes)
        notes_layout.addWidget(self.private_notes)

        right, right_layout = part()
        self.progress = text_label(right, "", 1.15, bold=True)
        right_layout.addWidget(self.progress)
        carried = session.workshop.carried
        self.cards = [ReviewCard(session, item, language, right) for item in carried]
        for card in self.cards:
            right_layout.addWidget(card)
        if not self.cards:
            right_layout.addWidget(
                text_label(right, self.tr("No actions were left open last time."))
            )
        closed = session.closed_last_time()
        self.closed = QGroupBox(self.tr("Already done or cancelled last time"), right)
        box = QVBoxLayout(self.closed)
        self.closed_list = text_label(
            self.closed,
            "\n".join(
                f"• {display_text(a.what)}\n   "
                + " · ".join(
                    p
                    for p in (display_line(a.who), status_label(a.status), display_text(a.comment))
                    if p
                )
                for a in closed
            ),
        )
        self.closed_list.setAccessibleDescription(self.tr("Already done or cancelled last time"))
        box.addWidget(self.closed_list)
        self.closed.setVisible(bool(closed))
        right_layout.addWidget(self.closed)

        # Stacked on a narrow window, last time's actions come right after the question.
        names = (session.title(step_id), self.tr("Last time's actions"))
        self.panels = SidePanels([top, notes], right, names, (2, 3), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panels)
        self.refresh()

    def refresh(self) -> None:
        self.questions.refresh()
        self.free_notes.refresh()
        self.private_notes.refresh()
        for card in self.cards:
            card.refresh()
        carried = self.session.workshop.carried
        done = sum(1 for c in carried if c.status is not None)
        self.progress.setText(
            self.tr("From last time: {done} of {count} actions followed up").format(
                done=done, count=len(carried)
            )
        )

    def focus_note_entry(self) -> bool:
        target = next((c.status for c in self.cards if c.item.status is None), None)
        (target or self.free_notes.editor).setFocus()
        return True
