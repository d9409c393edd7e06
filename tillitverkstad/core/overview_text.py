"""How a heatmap cell of HR's overview reads, the same in the window and in the PDF: the
agreed value (or the gap, signed), and a star when it was agreed at an earlier occasion
than the group's latest. An unrated cell has no text here: each place says so in its own
way (a dash in print, "not rated" with a reason in the window), never as a zero."""

from __future__ import annotations

from tillitverkstad.core import numbers
from tillitverkstad.core.overview import Cell, GroupOverview

EARLIER_MARK = "*"


def heat_cell_text(cell: Cell, group: GroupOverview, gap: bool, language: str) -> str | None:
    value = cell.gap if gap else cell.value
    if not cell.rated or value is None:
        return None
    shown = numbers.signed(value, language) if gap else numbers.value(value)
    return shown + (EARLIER_MARK if group.from_earlier(cell) else "")
