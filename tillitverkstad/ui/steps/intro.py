"""The intro: welcome, the cited definition, and the three cornerstones with their
principles."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.steps.parts import (
    FreeNotes,
    PrivateNotes,
    QuestionsBox,
    text_label,
)
from tillitverkstad.ui.steps.side_panels import SidePanels, part
from tillitverkstad.ui.widgets.card import Card


class IntroStep(StepPage):
    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        content = session.content
        fixed = content.fixed_step(step_id)
        left, left_layout = part()
        left_layout.addWidget(text_label(left, fixed.text, 1.1))
        definition = Card("", left, tone="accent")
        definition.setObjectName("definition")
        box = definition.body
        box.addWidget(text_label(definition, content.definition.title, 1.15, bold=True))
        quote = text_label(definition, f"”{content.definition.text}”", 1.1)
        quote.setStyleSheet("font-style: italic;")
        box.addWidget(quote)
        try:
            citation = content.source(content.definition.source).citation
        except KeyError:
            citation = content.definition.source
        box.addWidget(text_label(definition, f"— {citation}", 0.9))
        left_layout.addWidget(definition)
        self.questions = QuestionsBox(session, step_id, fixed.questions, left)
        self.questions.question_changed.connect(self._emit_question)
        left_layout.addWidget(self.questions)
        notes, notes_layout = part()
        self.free_notes = FreeNotes(session, step_id, notes)
        self.private_notes = PrivateNotes(session, step_id, notes)
        notes_layout.addWidget(self.free_notes)
        notes_layout.addWidget(self.private_notes)

        right, right_layout = part()
        heading = text_label(right, self.tr("The three cornerstones"), 1.15, bold=True)
        right_layout.addWidget(heading)
        for cornerstone in content.cornerstones:
            group = Card(cornerstone.name, right)
            inner = group.body
            inner.addWidget(text_label(group, cornerstone.description))
            for principle in content.principles_of(cornerstone.id):
                if principle.optional and principle.id not in session.workshop.steps:
                    continue  # e.g. Långsiktighet, unless this workshop takes it up
                inner.addWidget(text_label(group, f"• {principle.name}", bold=True))
                inner.addWidget(text_label(group, principle.meaning, 0.95))
            right_layout.addWidget(group)

        # Stacked on a narrow window, the cornerstones come before the notes.
        names = (session.title(step_id), self.tr("The three cornerstones"))
        self.panels = SidePanels([left, notes], right, names, (1, 1), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panels)

    def refresh(self) -> None:
        self.questions.refresh()
        self.free_notes.refresh()
        self.private_notes.refresh()

    def focus_note_entry(self) -> bool:
        self.free_notes.editor.setFocus()
        return True
