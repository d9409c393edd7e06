"""All actions in one table: add, edit in place, delete."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.steps.parts import column, scrolling, text_label
from tillitverkstad.ui.widgets.actions_table import ActionForm, ActionsTable


class ActionsStep(StepPage):
    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        body, layout = column()
        layout.addWidget(text_label(body, session.content.fixed_step(step_id).text, 1.1))
        self.form = ActionForm(session, language, None, body)
        self.table = ActionsTable(session, language, editable=True, parent=body)
        layout.addWidget(self.form)
        layout.addWidget(self.table, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Large text on a laptop: the page scrolls.
        outer.addWidget(scrolling(body, session.title(step_id)))

    def refresh(self) -> None:
        self.table.refresh()

    def refresh_actions(self) -> None:
        self.table.refresh()

    def commit_drafts(self) -> int:
        return int(self.form.commit_draft())

    def drafts(self) -> list[str]:
        return self.form.drafts()

    def focus_note_entry(self) -> bool:
        self.form.what.setFocus()
        return True
