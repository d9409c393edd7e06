"""Optional discussion steps ("Det goda mötet", critical reflection): text, questions,
notes by category, free and private notes, and actions."""

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
from tillitverkstad.ui.steps.principle import NotesSection, StepActions


class DiscussionStep(StepPage):
    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        step = session.content.optional_step(step_id)
        body, layout = column()
        layout.addWidget(text_label(body, step.meaning, 1.2, bold=True))
        layout.addWidget(text_label(body, step.text))
        self.questions = QuestionsBox(session, step_id, step.questions, body)
        self.questions.question_changed.connect(self._emit_question)
        self.notes = NotesSection(session, step_id, language, body)
        self.free_notes = FreeNotes(session, step_id, body)
        self.private_notes = PrivateNotes(session, step_id, body)
        self.action_box = StepActions(session, step_id, language, body)
        for widget in (
            self.questions,
            self.notes,
            self.free_notes,
            self.private_notes,
            self.action_box,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, session.title(step_id)))

    def refresh(self) -> None:
        self.questions.refresh()
        self.notes.refresh()
        self.free_notes.refresh()
        self.private_notes.refresh()

    def refresh_actions(self) -> None:
        self.action_box.refresh()

    def commit_drafts(self) -> int:
        return self.notes.commit_drafts() + self.action_box.commit_drafts()

    def drafts(self) -> list[str]:
        return self.notes.drafts() + self.action_box.drafts()

    def focus_note_entry(self) -> bool:
        self.notes.focus_entry()
        return True
