"""The balance between three governing logics: 100 points for today and for desired."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.steps.parts import (
    FreeNotes,
    PrivateNotes,
    QuestionsBox,
    column,
    scrolling,
    text_label,
)
from tillitverkstad.ui.widgets.balance import BalancePanel


class BalanceStep(StepPage):
    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        step = session.content.optional_step(step_id)
        body, layout = column()
        layout.addWidget(text_label(body, step.meaning, 1.2, bold=True))
        layout.addWidget(text_label(body, step.text))
        self.balance = BalancePanel(session, step_id, step, language, body)
        self.questions = QuestionsBox(session, step_id, step.questions, body)
        self.questions.question_changed.connect(self._emit_question)
        self.free_notes = FreeNotes(session, step_id, body)
        self.private_notes = PrivateNotes(session, step_id, body)
        for widget in (self.balance, self.questions, self.free_notes, self.private_notes):
            layout.addWidget(widget)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, session.title(step_id)))

    def refresh(self) -> None:
        self.balance.refresh()
        self.questions.refresh()
        self.free_notes.refresh()
        self.private_notes.refresh()

    def focus_note_entry(self) -> bool:
        self.free_notes.editor.setFocus()
        return True
