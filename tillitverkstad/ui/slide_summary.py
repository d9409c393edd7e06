"""The summary slide: the radar of agreed values, as large as the slide allows, and the
largest gaps beside it (wide screens) or under the title (4:3 projectors).

Each axis is labelled with its name and its values ("Tillit" / "3 → 5"), so no number
floats next to a marker where it could collide with a name. Every label is a rectangle in
:class:`RadarLayout`; the layout shrinks the radius until no two of them meet and all sit
inside the chart, and tests check exactly that.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPen, QPolygonF

from tillitverkstad.core import projection as pv
from tillitverkstad.core.model import SCALE_MAX, SCALE_MIN
from tillitverkstad.ui import chart_style as series_style
from tillitverkstad.ui.slide_canvas import Block, SlideCanvas, fit_blocks, fits, slide_font
from tillitverkstad.ui.slide_theme import FLOOR_SCALE, LINE_GAP

NBSP = "\u00a0"
CENTER = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTERED_AXIS = 0.25  # |cos| below this: a label sits centred above or below its axis
# Labels of axes nearer the vertical than this |cos| go on one line ("Stöd  2 → 4"), the
# others on two; the layout takes whichever gives the larger radar.
ONE_LINE_CHOICES = (CENTERED_AXIS, 0.5)
MARKER_SHARE = 0.011  # a value marker's radius, as a share of the slide height


@dataclass(frozen=True)
class Label:
    text: str  # may hold a line break: name, then values
    rect: QRectF
    flags: Qt.AlignmentFlag
    kind: str  # "axis" or "legend"


@dataclass(frozen=True)
class RadarLayout:
    center: QPointF
    radius: float
    count: int
    font: QFont
    labels: tuple[Label, ...]
    legend: tuple[tuple[series_style.Series, QRectF], ...]  # line samples

    def point(self, index: int, value: float) -> QPointF:
        angle = -math.pi / 2 + 2 * math.pi * index / max(self.count, 1)
        r = self.radius * value / SCALE_MAX
        return QPointF(self.center.x() + r * math.cos(angle), self.center.y() + r * math.sin(angle))


def _axis_text(view: pv.SummaryView, index: int, one_line: bool) -> str:
    values = view.values[index] if index < len(view.values) else ""
    if not values:
        return view.labels[index]
    return (
        f"{view.labels[index]}{NBSP * 2}{values}" if one_line else f"{view.labels[index]}\n{values}"
    )


def _size(metrics: QFontMetricsF, text: str) -> tuple[float, float]:
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines) + metrics.height() * 0.2
    return width, metrics.height() * len(lines)


def _distance_to(rect: QRectF) -> float:
    """Distance from the origin to the nearest point of ``rect``."""
    dx = max(rect.left(), 0.0, -rect.right())
    dy = max(rect.top(), 0.0, -rect.bottom())
    return math.hypot(dx, dy)


def _axis_labels(
    view: pv.SummaryView, radius: float, metrics: QFontMetricsF, one_line: float, marker: float
) -> list[Label]:
    """Axis labels around the origin, each just outside the outer ring; those nearer the
    vertical than ``one_line`` (|cos| of the axis) put their values on the name's line."""
    count = len(view.labels)
    line = metrics.height()
    clear = radius + max(line * 0.35, marker * 1.5)  # clear of a marker on the outer ring
    labels = []
    for i in range(count):
        angle = -math.pi / 2 + 2 * math.pi * i / count
        dx, dy = math.cos(angle), math.sin(angle)
        centred = abs(dx) < CENTERED_AXIS
        text = _axis_text(view, i, one_line=abs(dx) < one_line)
        width, height = _size(metrics, text)
        reach = clear
        for _ in range(60):  # push outward along the axis until clear of the ring
            at = QPointF(dx * reach, dy * reach)
            if centred:
                left = at.x() - width / 2
                top = at.y() - height if dy < 0 else at.y()
                flags = CENTER
            else:
                left = at.x() if dx > 0 else at.x() - width
                top = at.y() - height / 2 + dy * height / 2
                flags = LEFT if dx > 0 else RIGHT
            rect = QRectF(left, top, width, height)
            if _distance_to(rect) >= clear:
                break
            reach += line * 0.1
        labels.append(Label(text, rect, flags, "axis"))
    return labels


def _collide(labels: list[Label], pad: float) -> bool:
    boxes = [label.rect.adjusted(-pad, -pad, pad, pad) for label in labels]
    return any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def _legend(view: pv.SummaryView, rect: QRectF, font: QFont) -> tuple[list, list[Label], float]:
    metrics = QFontMetricsF(font)
    line = metrics.height()
    x, y = rect.left(), rect.top()
    samples, texts = [], []
    for series, name in zip((series_style.CURRENT, series_style.DESIRED), view.series, strict=True):
        width = line * 1.6 + line * 0.3 + metrics.horizontalAdvance(name) + line * 0.2
        if x > rect.left() and x + width > rect.right():  # no room: the next line
            x, y = rect.left(), y + line * 1.1
        samples.append((series, QRectF(x, y, line * 1.6, line)))
        text_left = x + line * 1.9
        texts.append(Label(name, QRectF(text_left, y, width - line * 1.9, line), LEFT, "legend"))
        x += width + line
    return samples, texts, y + line * (1 + LINE_GAP)


def radar_layout(view: pv.SummaryView, rect: QRectF, height: float) -> RadarLayout:
    """The largest radar (and its labels) that fits ``rect`` with no two labels touching."""
    scale = 1.0
    while True:
        font = slide_font("small", height, scale)
        samples, legend, legend_bottom = _legend(view, rect, font)
        area = QRectF(rect.left(), legend_bottom, rect.width(), rect.bottom() - legend_bottom)
        found = _largest(view, area, font, height * MARKER_SHARE)
        if found is not None or scale * 0.9 < FLOOR_SCALE * 0.5:
            center, radius, labels = found or (area.center(), 1.0, [])
            return RadarLayout(
                center, radius, len(view.labels), font, (*legend, *labels), tuple(samples)
            )
        scale *= 0.9


def _outline(count: int, radius: float) -> QRectF:
    """The bounding box of the outer ring around the origin."""
    if count < 3:
        return QRectF(-radius, -radius, 2 * radius, 2 * radius)
    angles = [-math.pi / 2 + 2 * math.pi * i / count for i in range(count)]
    return QPolygonF(
        [QPointF(radius * math.cos(a), radius * math.sin(a)) for a in angles]
    ).boundingRect()


def _largest(view: pv.SummaryView, area: QRectF, font: QFont, marker: float):
    """The largest radius, over both ways of breaking the labels, at which every label
    fits ``area`` and none touches another: (center, radius, labels) or None."""
    found = [_largest_with(view, area, font, marker, lines) for lines in ONE_LINE_CHOICES]
    found = [f for f in found if f is not None]
    return max(found, key=lambda f: f[1]) if found else None


def _largest_with(view: pv.SummaryView, area: QRectF, font: QFont, marker: float, one_line: float):
    metrics = QFontMetricsF(font)
    line = metrics.height()
    pad = line * 0.08
    radius = min(area.width(), area.height()) / 2
    while radius >= line * 2:
        labels = _axis_labels(view, radius, metrics, one_line, marker)
        boxes = [label.rect for label in labels] + [_outline(len(view.labels), radius)]
        left = -min(b.left() for b in boxes)
        right = max(b.right() for b in boxes)
        top = -min(b.top() for b in boxes)
        bottom = max(b.bottom() for b in boxes)
        fits_area = left + right <= area.width() and top + bottom <= area.height()
        if fits_area and not _collide(labels, pad):
            cx = area.left() + (area.width() - left - right) / 2 + left
            cy = area.top() + (area.height() - top - bottom) / 2 + top
            moved = [Label(lb.text, lb.rect.translated(cx, cy), lb.flags, lb.kind) for lb in labels]
            return QPointF(cx, cy), radius, moved
        radius *= 0.97
    return None


def paint_radar(canvas: SlideCanvas, view: pv.SummaryView, layout: RadarLayout) -> None:
    painter = canvas.painter
    line = QFontMetricsF(layout.font).height()
    count = layout.count
    painter.save()
    painter.setPen(QPen(canvas.color("rule"), max(1.0, canvas.height * 0.0015)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for ring in range(SCALE_MIN, SCALE_MAX + 1):
        if count >= 3:
            painter.drawPolygon(QPolygonF([layout.point(i, ring) for i in range(count)]))
        else:
            r = layout.radius * ring / SCALE_MAX
            painter.drawEllipse(layout.center, r, r)
    for i in range(count):
        painter.drawLine(layout.point(i, 0), layout.point(i, SCALE_MAX))
    painter.restore()
    marker = max(3.0, canvas.height * MARKER_SHARE)
    width = max(2.0, canvas.height * 0.005)
    for series, values in (
        (series_style.CURRENT, view.current),
        (series_style.DESIRED, view.desired),
    ):
        known = [(i, v) for i, v in enumerate(values) if v is not None]
        if series is series_style.CURRENT and count >= 3 and len(known) == count:
            fill = QColor(series.color)  # a light fill shows where the group is today
            fill.setAlphaF(0.16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPolygon(QPolygonF([layout.point(i, v) for i, v in known]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(series_style.series_pen(series, width))
        for i, value in known:  # connect neighbours that both have a value
            j = (i + 1) % count
            following = values[j]
            if j != i and following is not None and (count > 2 or j > i):
                painter.drawLine(layout.point(i, value), layout.point(j, following))
        painter.setPen(canvas.color("ink"))  # the markers' outline
        for i, value in known:
            series_style.draw_marker(painter, series, layout.point(i, value), marker)
    for series, sample in layout.legend:
        middle = sample.center().y()
        painter.save()
        painter.setPen(series_style.series_pen(series, width))
        painter.drawLine(QPointF(sample.left(), middle), QPointF(sample.right(), middle))
        painter.setPen(canvas.color("ink"))
        series_style.draw_marker(painter, series, sample.center(), line / 4)
        painter.restore()
    for label in layout.labels:
        canvas.text(label.rect, label.flags, label.text, layout.font)


def gap_blocks(view: pv.SummaryView) -> list[Block]:
    """The heading and one block per gap; a name never splits from its number or in two."""
    blocks = [Block(view.gaps_heading, "lead", bold=True)]
    for title, gap in view.gaps:
        blocks.append(Block(f"{title.replace(' ', NBSP)}{NBSP}{gap}", "body"))
    if not view.gaps:
        blocks.append(Block(view.empty, "body", color="muted"))
    return blocks


def summary_layout(view: pv.SummaryView, rect: QRectF, height: float):
    """The radar and the gaps side by side or the gaps above, whichever radar is larger.
    Returns (radar layout, gaps rect, laid gap blocks)."""
    candidates = []
    blocks = gap_blocks(view)
    # Side by side: the gaps column takes what its longest line needs.
    for share in (0.3, 0.36):
        side = QRectF(
            rect.right() - rect.width() * share, rect.top(), rect.width() * share, rect.height()
        )
        scale, laid = fit_blocks(blocks, side, height)
        if scale >= FLOOR_SCALE and fits(laid, side):
            chart = QRectF(
                rect.left(), rect.top(), rect.width() * (1 - share) - height * 0.03, rect.height()
            )
            candidates.append((radar_layout(view, chart, height), side, laid))
    # Stacked: the gaps as one wrapped strip above the radar.
    strip_blocks = [
        Block(
            (f"{view.gaps_heading}:{NBSP}" if view.gaps else "")
            + " \u00b7 ".join(b.text for b in blocks[1:]),
            "body",
        )
    ]
    _, laid = fit_blocks(strip_blocks, QRectF(0, 0, rect.width(), rect.height() * 0.2), height)
    strip_height = sum(item.height for item in laid) + height * 0.02
    strip = QRectF(rect.left(), rect.top(), rect.width(), strip_height)
    chart = QRectF(rect.left(), strip.bottom(), rect.width(), rect.bottom() - strip.bottom())
    candidates.append((radar_layout(view, chart, height), strip, laid))
    return max(candidates, key=lambda c: c[0].radius)


def paint_summary(canvas: SlideCanvas, view: pv.SummaryView, rect: QRectF, layout=None) -> None:
    """``layout`` is what :func:`summary_layout` gave for the rect under the title (the
    slide caches it: the search for the largest radar is the costly part)."""
    rest = canvas.title(view.title, rect)
    if not view.labels:
        canvas.fit([Block(view.empty, "lead", color="muted")], rest)
        return
    radar, gaps_rect, gaps = layout or summary_layout(view, rest, canvas.height)
    canvas.blocks(gaps, gaps_rect)
    paint_radar(canvas, view, radar)
