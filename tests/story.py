"""A leadership group's story for tests: a baseline with actions, a follow-up that reviews
them and rates again, and a third occasion. Built with the core alone, so the core, the
report and the window tests share one story."""

from __future__ import annotations

import datetime as dt

from tillitverkstad.core import review
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.core.model import ActionStatus, Consensus, Workshop

BASELINE_DATE = dt.date(2026, 3, 10)
FOLLOW_UP_DATE = dt.date(2026, 9, 15)
THIRD_DATE = dt.date(2027, 3, 16)

# The demo (the baseline) agrees tillit 3 -> 5 (enighet), medborgarfokus 2 -> 4 (samtycke
# med reservation), handlingsutrymme 2 -> 4 (oenighet); the follow-up rates only these three.
FOLLOW_UP_RATINGS = {
    "tillit": (3, 4, Consensus.AGREEMENT),
    "medborgarfokus": (3, 5, Consensus.AGREEMENT),
    "handlingsutrymme": (2, 4, Consensus.CONSENT_WITH_RESERVATION),
}
THIRD_RATINGS = {
    "tillit": (4, 5, Consensus.AGREEMENT),
    "medborgarfokus": (4, 5, Consensus.AGREEMENT),
}


def baseline(content) -> Workshop:
    """The demo on the baseline date: seven principles rated, seven actions (the last one
    ongoing); the first action already done, the second cancelled."""
    ws = demo_workshop(content, BASELINE_DATE)
    ws.created = "2026-03-10T08:00:00+00:00"
    ws.actions[0].status = ActionStatus.DONE
    ws.actions[1].status = ActionStatus.CANCELLED
    uc.finish_workshop(ws, dt.datetime(2026, 3, 10, 16))
    return ws


def rate(ws: Workshop, ratings: dict) -> None:
    for step, (current, desired, consensus) in ratings.items():
        uc.agree_rating(ws, step, current=current, desired=desired, consensus=consensus)


def follow_up(previous: Workshop, content, date=FOLLOW_UP_DATE, ratings=None, earlier=()):
    """A follow-up of ``previous`` that reviews every carried action and rates again."""
    ws = uc.start_follow_up(previous, content, date, earlier=earlier)
    ws.created = f"{date.isoformat()}T08:00:00+00:00"
    statuses = [ActionStatus.DONE, ActionStatus.ONGOING, ActionStatus.NOT_STARTED]
    for index, item in enumerate(ws.carried):
        review.set_review_status(ws, item.id, statuses[index % len(statuses)])
        review.set_review_comment(ws, item.id, f"Kommentar {index + 1}")
    rate(ws, FOLLOW_UP_RATINGS if ratings is None else ratings)
    return ws
