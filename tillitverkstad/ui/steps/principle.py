"""A principle step (also a cornerstone step, same layout): the text and questions on the
left with the group's notes; the rating and the step's actions on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from tillitverkstad.core.content_model import Cornerstone, Principle
from tillitverkstad.core.model import NoteCategory, StepKind
from tillitverkstad.core.notes import note_categories
from tillitverkstad.ui import theme
from tillitverkstad.ui.drafts import draft_text
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.steps.parts import (
    ExamplesBox,
    FreeNotes,
    PrivateNotes,
    QuestionsBox,
    text_label,
)
from tillitverkstad.ui.steps.side_panels import SidePanels, part
from tillitverkstad.ui.widgets.actions_table import ActionForm, ActionsOverview
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.message_slot import MessageSlot
from tillitverkstad.ui.widgets.notes_list import NotesList
from tillitverkstad.ui.widgets.rating_panel import RatingPanel


class NotesSection(Card):
    """One list per note category side by side, like columns on a whiteboard."""

    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Notes"), parent)
        outer = self.body
        layout = QHBoxLayout()
        layout.setSpacing(theme.SPACE.m)
        # One line for all three columns: the hint, or what is wrong with a note.
        self.message = MessageSlot(
            self,
            idle=self.tr(
                "Enter adds a note. Text left in a field is added as a note when you leave "
                "the step."
            ),
        )
        self.lists: dict[NoteCategory, NotesList] = {}
        for category in note_categories(session.content):
            notes = NotesList(
                session,
                step_id,
                category.category,
                category.label,
                category.hint,
                language,
                message=self.message,
            )
            layout.addWidget(notes, 1)
            self.lists[category.category] = notes
        outer.addLayout(layout)
        outer.addWidget(self.message)

    def refresh(self) -> None:
        for notes in self.lists.values():
            notes.refresh()

    def focus_entry(self) -> None:
        next(iter(self.lists.values())).entry.setFocus()

    def commit_drafts(self) -> int:
        return sum(notes.commit_draft() for notes in self.lists.values())

    def drafts(self) -> list[str]:
        return [draft_text(n.label, n.entry.text()) for n in self.lists.values() if n.has_draft]


class StepActions(Card):
    """ "Lägg till åtgärd" for this step, and the actions it already has."""

    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Actions for this step"), parent)
        layout = self.body
        self.form = ActionForm(session, language, step_id, self)
        self.overview = ActionsOverview(session, step_id=step_id, parent=self)
        layout.addWidget(self.form)
        layout.addWidget(self.overview)

    def refresh(self) -> None:
        self.overview.refresh()

    def commit_drafts(self) -> int:
        return int(self.form.commit_draft())

    def drafts(self) -> list[str]:
        return self.form.drafts()


class PrincipleStep(StepPage):
    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        content = session.content
        item: Cornerstone | Principle
        if session.kind(step_id) is StepKind.CORNERSTONE:
            item = content.cornerstone(step_id)
            meaning, explanation = item.description, ""
        else:
            item = principle = content.principle(step_id)
            meaning, explanation = principle.meaning, principle.explanation
        top, top_layout = part()
        top_layout.addWidget(text_label(top, meaning, 1.2, bold=True))
        self.questions = QuestionsBox(session, step_id, item.questions, top)
        self.questions.question_changed.connect(self._emit_question)
        top_layout.addWidget(self.questions)
        # The notes right under the question being talked about: their inputs are in
        # view on a 1366×768 laptop; the longer explanation is read before, below them.
        self.notes = NotesSection(session, step_id, language, top)
        top_layout.addWidget(self.notes)
        rest, rest_layout = part()
        if explanation:
            rest_layout.addWidget(text_label(rest, explanation))
        self.examples = ExamplesBox(item.examples, rest)
        rest_layout.addWidget(self.examples)
        self.free_notes = FreeNotes(session, step_id, rest)
        self.private_notes = PrivateNotes(session, step_id, rest)
        rest_layout.addWidget(self.free_notes)
        rest_layout.addWidget(self.private_notes)

        right, right_layout = part()
        self.rating = RatingPanel(session, step_id, language, right)
        self.action_box = StepActions(session, step_id, language, right)
        right_layout.addWidget(self.rating)
        right_layout.addWidget(self.action_box)

        # Stacked on a narrow window, the rating comes right after the notes.
        names = (session.title(step_id), self.tr("Rating and actions"))
        self.panels = SidePanels([top, rest], right, names, (3, 2), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panels)

    def refresh(self) -> None:
        self.questions.refresh()
        self.notes.refresh()
        self.free_notes.refresh()
        self.private_notes.refresh()
        self.rating.refresh()

    def refresh_actions(self) -> None:
        self.action_box.refresh()

    def commit_drafts(self) -> int:
        return self.notes.commit_drafts() + self.action_box.commit_drafts()

    def drafts(self) -> list[str]:
        return self.notes.drafts() + self.action_box.drafts()

    def focus_note_entry(self) -> bool:
        self.notes.focus_entry()
        return True
