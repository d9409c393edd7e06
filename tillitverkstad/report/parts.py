"""Long content made as the layout reaches it: a report of a thousand pages (HR's
overview of 10 000 packages) holds a few pages' worth of flowables at a time, not all of
them. A :class:`Later` stands in the story for the flowables its ``make`` returns; the
document (``document._Document``) puts them in its place just before laying it out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TypeVar

from reportlab.platypus import Flowable

T = TypeVar("T")


class Later(Flowable):
    """The flowables ``make()`` returns, made when the layout comes to them. Any heading
    made inside is too late for the contents: make headings first, bodies later."""

    def __init__(self, make: Callable[[], list[Flowable]]) -> None:
        super().__init__()
        self.make = make

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0  # expanded before it is laid out; never drawn itself

    def draw(self) -> None:
        pass


def in_parts(
    items: Sequence[T], size: int, make: Callable[[Sequence[T]], list[Flowable]]
) -> list[Flowable]:
    """``make`` of ``size`` items at a time, each part made when it is reached."""
    return [
        Later(partial(make, items[start : start + size])) for start in range(0, len(items), size)
    ]
