"""What is left to do before a workshop is finished: the rated steps without an agreed
value and the actions without an owner. Finishing locks the record that goes to HR, so
the window lists these and asks before it finishes (text typed but not yet entered is
the window's to add)."""

from __future__ import annotations

from dataclasses import dataclass

from tillitverkstad.core.agenda import rated_steps
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.model import Action, Scale, Workshop


@dataclass(frozen=True)
class Unfinished:
    unagreed: tuple[str, ...]  # rated step ids lacking an agreed nuläge or önskat läge
    ownerless: tuple[Action, ...]

    def __bool__(self) -> bool:
        return bool(self.unagreed or self.ownerless)


def unfinished(ws: Workshop, content: Content) -> Unfinished:
    def agreed(step: str) -> bool:
        rating = ws.record(step).rating
        return all(rating.agreed(scale) is not None for scale in Scale)

    return Unfinished(
        unagreed=tuple(s for s in rated_steps(content, ws.steps) if not agreed(s)),
        ownerless=tuple(a for a in ws.actions if not a.who.strip()),
    )
