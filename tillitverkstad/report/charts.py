"""The report's charts, drawn with reportlab.graphics in the report's own embedded font.

Nuläge (current) is always blue with a solid line and round markers, önskat läge (desired)
orange with a dashed line and square markers, and every chart carries its words and
numbers, so nothing is told by colour alone. Each chart is a tagged ``Figure``; the caller
gives it its alternative text (``FigureDrawing.describe``), stating the values.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal

from reportlab.graphics.shapes import Circle, Group, Line, Polygon, Rect, String
from reportlab.lib import colors

from tillitverkstad.core.model import SCALE_MAX, SCALE_VALUES, VoteDistribution
from tillitverkstad.report.fonts import BOLD, REGULAR, placed
from tillitverkstad.report.layout import CURRENT, DESIRED, DESIRED_LINE, INK, MUTED, RULE
from tillitverkstad.report.tagging import FigureDrawing
from tillitverkstad.report.text import laid_line

DASH = (4.0, 2.5)
# Earlier occasions on the radar: thin and grey, the baseline solid, last time dotted.
OUTLINE_DASHES: tuple[tuple[float, float] | None, ...] = (None, (1.0, 2.0))


def _drawing(width: float, height: float) -> FigureDrawing:
    # Without an initial font the renderer selects Helvetica first, which would put an
    # unembedded font into the PDF even though no text uses it.
    return FigureDrawing(width, height, initialFontName=REGULAR, initialFontSize=8)


def _text(
    x: float,
    y: float,
    text: str,
    size: float = 8,
    *,
    bold: bool = False,
    anchor: Literal["start", "middle", "end"] = "start",
    room: float | None = None,
) -> String | Group:
    """A label (as typed) at ``x``, ``y``, shortened to ``room`` points when given; a
    piece per face when part of it is drawn by the fallback face."""
    pieces = laid_line(text, BOLD if bold else REGULAR, size, room)
    if len(pieces) == 1:
        face, shown = pieces[0]
        return String(x, y, shown, fontName=face, fontSize=size, fillColor=INK, textAnchor=anchor)
    group = Group()
    for face, shown, left in placed(pieces, x, size, anchor):
        group.add(String(left, y, shown, fontName=face, fontSize=size, fillColor=INK))
    return group


Dash = tuple[float, float]


def _dashed(shape: Line | Rect, dash: Dash | None) -> None:
    # ReportLab's default is a solid stroke (strokeDashArray None): set only a dash.
    if dash is not None:
        shape.strokeDashArray = dash


def _rect(
    x: float,
    y: float,
    width: float,
    height: float,
    *,
    fill: colors.Color | None,
    stroke: colors.Color | None,
    stroke_width: float,
    dash: Dash | None = None,
) -> Rect:
    """A rectangle with its colours set as attributes (the stubs type Rect's keywords
    wrongly, the attributes rightly)."""
    rect = Rect(x, y, width, height)
    rect.fillColor, rect.strokeColor, rect.strokeWidth = fill, stroke, stroke_width
    _dashed(rect, dash)
    return rect


def marker(x: float, y: float, current: bool, size: float = 3.6) -> Circle | Rect:
    """The series' marker: a blue circle for nuläge, an orange square for önskat läge."""
    if current:
        return Circle(x, y, size, fillColor=CURRENT, strokeColor=colors.white, strokeWidth=0.8)
    return _rect(
        x - size,
        y - size,
        2 * size,
        2 * size,
        fill=DESIRED_LINE,
        stroke=colors.white,
        stroke_width=0.8,
    )


def legend(
    drawing: FigureDrawing, x: float, y: float, current_label: str, desired_label: str
) -> None:
    """A key showing line style, marker and colour for both series."""
    for index, (label, is_current) in enumerate(((current_label, True), (desired_label, False))):
        left = x + index * (drawing.width - x) / 2
        colour = CURRENT if is_current else DESIRED_LINE
        line = Line(left, y + 3, left + 26, y + 3, strokeColor=colour)
        line.strokeWidth = 2
        _dashed(line, None if is_current else DASH)
        drawing.add(line)
        drawing.add(marker(left + 13, y + 3, is_current))
        drawing.add(_text(left + 32, y, label, 8.5))


def radar(
    labels: Sequence[str],
    current: Sequence[int | None],
    desired: Sequence[int | None],
    *,
    width: float,
    height: float,
    current_label: str,
    desired_label: str,
    outlines: Sequence[tuple[str, Sequence[int | None]]] = (),
) -> FigureDrawing:
    """Agreed nuläge and önskat läge per step on spokes 1..5; unagreed values leave gaps.

    ``outlines`` (name, values): earlier occasions drawn as thin grey lines behind today's
    values, the first solid, the second dotted, each with a line in the key."""
    drawing = _drawing(width, height)
    legend_height = 20 + 12 * len(outlines[:2])
    cx, cy = width / 2, legend_height + (height - legend_height) / 2
    radius = min(width * 0.26, (height - legend_height) / 2 - 18)
    count = len(labels)

    def point(index: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        r = radius * value / SCALE_MAX
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for value in SCALE_VALUES:
        ring = [c for i in range(count) for c in point(i, value)]
        drawing.add(Polygon(ring, fillColor=None, strokeColor=RULE, strokeWidth=0.5))
        x, y = point(0, value)
        drawing.add(_text(x - 5, y - 8, str(value), 6.5, anchor="end"))
    for index, label in enumerate(labels):
        x, y = point(index, SCALE_MAX)
        drawing.add(Line(cx, cy, x, y, strokeColor=RULE, strokeWidth=0.5))
        lx, ly = point(index, SCALE_MAX * 1.12)
        anchor: Literal["start", "middle", "end"] = (
            "middle" if abs(lx - cx) < 4 else ("start" if lx > cx else "end")
        )
        if anchor == "middle":  # keep clear of the marker on the spoke's tip
            ly += 4 if ly > cy else -6
        room = width / 2 - radius * 1.12 - 4 if anchor != "middle" else width * 0.4
        drawing.add(_text(lx, ly - 3, label, 8.5, anchor=anchor, room=room))

    def connect(values: Sequence[int | None], colour, width: float, dash) -> None:
        """Neighbouring spokes that both have a value; a missing one leaves a gap."""
        for index in range(count):
            following = (index + 1) % count
            a, b = values[index], values[following]
            if a is None or b is None or count < 2 or (count == 2 and index == 1):
                continue
            line = Line(*point(index, a), *point(following, b), strokeColor=colour)
            line.strokeWidth = width
            _dashed(line, dash)
            drawing.add(line)

    for (_, values), dash in zip(outlines, OUTLINE_DASHES, strict=False):
        connect(values, MUTED, 0.9, dash)
    for values, is_current in ((desired, False), (current, True)):
        colour = CURRENT if is_current else DESIRED_LINE
        connect(values, colour, 2, None if is_current else DASH)
        for index, given in enumerate(values):
            if given is not None:
                drawing.add(marker(*point(index, given), is_current))
    for row, ((name, _), dash) in enumerate(zip(outlines, OUTLINE_DASHES, strict=False)):
        y = 2 + 12 * (len(outlines[:2]) - row)
        line = Line(width * 0.18, y + 3, width * 0.18 + 26, y + 3, strokeColor=MUTED)
        line.strokeWidth = 0.9
        _dashed(line, dash)
        drawing.add(line)
        drawing.add(_text(width * 0.18 + 32, y, name, 8.5))
    legend(drawing, width * 0.18, 2, current_label, desired_label)
    return drawing


def distribution(
    votes: VoteDistribution,
    agreed: int | None,
    *,
    title: str,
    current: bool,
    width: float,
    height: float = 95,
) -> FigureDrawing:
    """Votes per value as small bars, each labelled with its count; a triangle marks the
    agreed value."""
    drawing = _drawing(width, height)
    colour = CURRENT if current else DESIRED
    drawing.add(_text(0, height - 10, title, 9, bold=True))
    base, top = 24, height - 26
    slot = width / len(SCALE_VALUES)
    biggest = max(votes.counts) or 1
    drawing.add(Line(0, base, width, base, strokeColor=MUTED, strokeWidth=0.6))
    for index, value in enumerate(SCALE_VALUES):
        count = votes.count(value)
        middle = slot * index + slot / 2
        bar = (top - base) * count / biggest
        if count:
            drawing.add(
                _rect(
                    middle - slot * 0.3,
                    base,
                    slot * 0.6,
                    bar,
                    fill=colour,
                    stroke=None if current else INK,
                    stroke_width=0.6,
                    dash=None if current else (2, 1.5),
                )
            )
        drawing.add(_text(middle, base + bar + 3, str(count), 8, bold=bool(count), anchor="middle"))
        is_agreed = value == agreed
        drawing.add(_text(middle, base - 10, str(value), 8.5, bold=is_agreed, anchor="middle"))
        if is_agreed:
            drawing.add(
                Polygon(
                    [middle - 4, base - 21, middle + 4, base - 21, middle, base - 14],
                    fillColor=INK,
                    strokeColor=None,
                )
            )
    return drawing


def balance(
    rows: Sequence[tuple[str, int | None, int | None]],
    *,
    width: float,
    today_label: str,
    desired_label: str,
) -> FigureDrawing:
    """Per logic (name, points today, points desired): two labelled bars out of 100."""
    row_height, bar = 40, 12
    height = row_height * len(rows) + 6
    drawing = _drawing(width, height)
    name_width, tag_width, number_width = 110, 52, 26
    span = width - name_width - tag_width - number_width
    for index, (name, today, desired) in enumerate(rows):
        y = height - (index + 1) * row_height
        drawing.add(_text(0, y + bar + 2, name, 9.5, bold=True, room=name_width - 6))
        for offset, (tag, points, is_current) in enumerate(
            ((today_label, today, True), (desired_label, desired, False))
        ):
            by = y + bar + 2 - offset * (bar + 4) - 3
            drawing.add(_text(name_width, by + 2, tag, 8, room=tag_width - 4))
            left = name_width + tag_width
            drawing.add(_rect(left, by, span, bar, fill=None, stroke=RULE, stroke_width=0.4))
            if points:
                drawing.add(
                    _rect(
                        left,
                        by,
                        span * points / 100,
                        bar,
                        fill=CURRENT if is_current else DESIRED,
                        stroke=None if is_current else INK,
                        stroke_width=0.6,
                        dash=None if is_current else (2, 1.5),
                    )
                )
            shown = "–" if points is None else str(points)
            drawing.add(_text(width, by + 2, shown, 9, bold=True, anchor="end"))
    return drawing
