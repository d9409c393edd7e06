"""The session's edits of the action plan and of last time's actions (the review of a
follow-up): undoable like every edit. Mixed into :class:`WorkshopSession`, whose
``_edit``/``_plain`` apply, record and save them; split out only to keep the session's
module small."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication

from tillitverkstad.core import action_plan as plan
from tillitverkstad.core import agenda, review
from tillitverkstad.core.model import Action, ActionStatus, ChangeKey

if TYPE_CHECKING:
    from tillitverkstad.core.model import Workshop

T = TypeVar("T")


class PlanEdits:
    """What the group decided to do, and what became of last time's decisions."""

    _edit: Callable[..., Any]
    _plain: Callable[..., Any]

    @property
    def workshop(self) -> Workshop:
        raise NotImplementedError  # the session's open workshop

    # -- actions ----------------------------------------------------------------

    def add_action(
        self,
        what: str,
        who: str = "",
        when: dt.date | None = None,
        step_id: str | None = None,
        status: ActionStatus = ActionStatus.NOT_STARTED,
    ) -> Action:
        ws = self.workshop
        holder: list[Action] = []

        def do() -> Action:
            holder[:] = [plan.add_action(ws, what, who, when, step_id, status)]
            return holder[0]

        return self._edit(
            ChangeKey.ACTIONS,
            QCoreApplication.translate("WorkshopSession", "Add action"),
            do,
            lambda: plan.delete_action(ws, holder[0].id),
            lambda: plan.restore_action(ws, len(ws.actions), holder[0]),
        )

    def edit_action(
        self,
        action_id: str,
        *,
        what: str,
        who: str,
        when: dt.date | None,
        step_id: str | None,
        status: ActionStatus,
    ) -> None:
        ws = self.workshop
        before: list[Action] = []

        def do() -> None:
            before[:] = [
                plan.edit_action(
                    ws, action_id, what=what, who=who, when=when, step_id=step_id, status=status
                )
            ]

        def undo() -> None:
            b = before[0]
            plan.edit_action(
                ws,
                action_id,
                what=b.what,
                who=b.who,
                when=b.when,
                step_id=b.step_id,
                status=b.status,
            )

        self._edit(
            ChangeKey.ACTIONS,
            QCoreApplication.translate("WorkshopSession", "Edit action"),
            do,
            undo,
        )

    def delete_action(self, action_id: str) -> None:
        ws = self.workshop
        removed: list = []

        def do() -> None:
            removed[:] = [plan.delete_action(ws, action_id)]

        self._edit(
            ChangeKey.ACTIONS,
            QCoreApplication.translate("WorkshopSession", "Delete action"),
            do,
            lambda: plan.restore_action(ws, *removed[0]),
        )

    # -- last time's actions ----------------------------------------------------

    def set_review_status(self, carried_id: str, status: ActionStatus | None) -> None:
        ws = self.workshop
        previous = next(c.status for c in ws.carried if c.id == carried_id)
        if status == previous:
            return
        self._edit(
            agenda.REVIEW_STEP,
            QCoreApplication.translate("WorkshopSession", "Follow up an action"),
            lambda: review.set_review_status(ws, carried_id, status),
            lambda: review.set_review_status(ws, carried_id, previous),
        )

    def set_review_comment(self, carried_id: str, text: str) -> None:
        self._plain(
            agenda.REVIEW_STEP, lambda: review.set_review_comment(self.workshop, carried_id, text)
        )
