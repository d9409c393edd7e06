"""The voting slides: the vote distribution per scale, and the balance between the three
governing logics. Bars use the Okabe-Ito series of the window and the PDF (nuläge solid
blue, önskat läge hatched orange), outlined in the text colour so they show on either
theme; every number is text on the background, never on a coloured bar."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPen

from tillitverkstad.core import projection as pv
from tillitverkstad.core.model import BALANCE_TOTAL
from tillitverkstad.ui import chart_style as series_style
from tillitverkstad.ui.slide_canvas import Block, SlideCanvas, fit_blocks, lay_blocks, slide_font
from tillitverkstad.ui.slide_theme import FLOOR_SCALE, LINE_GAP

CENTER = Qt.AlignmentFlag.AlignCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
SERIES = (series_style.CURRENT, series_style.DESIRED)


def _bar(canvas: SlideCanvas, series: series_style.Series, rect: QRectF) -> None:
    series_style.fill_bar(canvas.painter, series, rect, canvas.color("ink"))


def _series_heading(canvas: SlideCanvas, series, text: str, rect: QRectF, role: str) -> float:
    """A swatch of the series and its name; returns the height used."""
    font = slide_font(role, canvas.height, 1.0, bold=True)
    line = QFontMetricsF(font).height()
    swatch = QRectF(rect.left(), rect.top() + line * 0.2, line * 0.6, line * 0.6)
    _bar(canvas, series, swatch)
    canvas.text(
        QRectF(swatch.right() + line * 0.3, rect.top(), rect.width() - line, line),
        LEFT,
        text,
        font,
    )
    return line


# -- rating ---------------------------------------------------------------------


def paint_rating(canvas: SlideCanvas, view: pv.RatingView, rect: QRectF) -> None:
    rest = canvas.title(view.title, rect)
    if not view.revealed:
        # What "det här" in the prompts is: the statement the group rates.
        blocks = [Block(view.statement, "lead", bold=True)] if view.statement else []
        blocks += [Block(view.vote_prompt, "question")]
        blocks += [Block(f"{s.name}: {s.prompt}", "lead") for s in view.scales]
        blocks += [
            Block(f"{value}\u2002{text}", "body", color="muted") for value, text in view.anchors
        ]
        canvas.fit(blocks, rest)
        return
    gutter = canvas.height * 0.05
    half = (rest.width() - gutter) / 2
    # One footer height for both: a spread warning under one chart must not lift its bars
    # above the other's, or the two scales no longer read side by side.
    footer = max(_footer_height(canvas, scale, half, rest.height()) for scale in view.scales)
    # One scale for both, too: 4 hands must not stand as tall as 6 beside them.
    peak = max(max(scale.counts or (0,)) for scale in view.scales)
    for i, (scale, series) in enumerate(zip(view.scales, SERIES, strict=True)):
        box = QRectF(rest.left() + i * (half + gutter), rest.top(), half, rest.height())
        paint_distribution(canvas, box, scale, series, footer, peak)


def footer_blocks(scale: pv.ScaleView) -> list[Block]:
    """The lines under a scale's bars, with last time's value in a follow-up
    ("Förra gången: 3 → 4")."""
    blocks = [Block(scale.facts, "small", color="muted")]
    if scale.decision:  # if it must wrap, then after the comma: "med reservationer" whole
        value, comma, how = scale.decision.partition(", ")
        blocks.append(Block(value + comma + how.replace(" ", "\u00a0"), "body", bold=True))
    if scale.earlier:
        blocks.append(Block(scale.earlier, "small", bold=True))
    if scale.warning:
        blocks.append(Block(scale.warning, "body"))
    return [b for b in blocks if b.text]


def _footer(canvas: SlideCanvas, scale: pv.ScaleView, width: float, height: float):
    """The footer's laid blocks and the height they take."""
    _, laid = fit_blocks(footer_blocks(scale), QRectF(0, 0, width, height * 0.42), canvas.height)
    return laid, sum(item.height + QFontMetricsF(item.font).height() * LINE_GAP for item in laid)


def _footer_height(canvas: SlideCanvas, scale: pv.ScaleView, width: float, height: float) -> float:
    return _footer(canvas, scale, width, height)[1]


def paint_distribution(
    canvas: SlideCanvas,
    box: QRectF,
    scale: pv.ScaleView,
    series: series_style.Series,
    footer_height: float | None = None,
    peak: int = 0,
) -> None:
    """Bars for the vote counts 1..5, each labelled with its count; the agreed value is
    framed (not marked by colour alone) and said in words below. ``footer_height``: the
    room kept under the bars (the taller of two charts side by side); ``peak``: the count
    the full bar height stands for (the larger of two charts side by side)."""
    h = canvas.height
    top = box.top() + _series_heading(canvas, series, scale.name, box, "lead") * (1 + LINE_GAP)
    laid, own_height = _footer(canvas, scale, box.width(), box.height())
    footer_height = own_height if footer_height is None else footer_height
    small = slide_font("small", h)
    line = QFontMetricsF(small).height()
    bars = QRectF(
        box.left(),
        top + line * 1.1,
        box.width(),
        box.bottom() - footer_height - line * 1.3 - top - line * 1.1,
    )
    counts = scale.counts or (0,) * 5
    peak = max(max(counts), peak, 1)
    slot = bars.width() / len(counts)
    painter = canvas.painter
    painter.setPen(QPen(canvas.color("rule"), max(1.0, h * 0.002)))
    painter.drawLine(QPointF(bars.left(), bars.bottom()), QPointF(bars.right(), bars.bottom()))
    for i, count in enumerate(counts):
        value = i + 1
        bar_h = bars.height() * count / peak
        rect = QRectF(
            bars.left() + i * slot + slot * 0.16, bars.bottom() - bar_h, slot * 0.68, bar_h
        )
        if count:
            _bar(canvas, series, rect)
        if value == scale.agreed:
            frame = rect.adjusted(-h * 0.006, -h * 0.006, h * 0.006, 0)
            if not count:
                frame = QRectF(rect.left(), bars.bottom() - h * 0.012, rect.width(), h * 0.012)
            painter.setPen(QPen(canvas.color("ink"), max(2.0, h * 0.006)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(frame)
        canvas.text(
            QRectF(rect.left() - slot * 0.16, rect.top() - line * 1.05, slot, line),
            CENTER,
            str(count),
            small,
        )
        value_font = slide_font("small", h, bold=value == scale.agreed)
        canvas.text(
            QRectF(rect.left() - slot * 0.16, bars.bottom() + line * 0.15, slot, line),
            CENTER,
            str(value),
            value_font,
        )
    canvas.blocks(
        laid, QRectF(box.left(), box.bottom() - footer_height, box.width(), footer_height)
    )


# -- balance --------------------------------------------------------------------


def paint_balance(canvas: SlideCanvas, view: pv.BalanceView, rect: QRectF) -> None:
    rest = canvas.title(view.title, rect)
    if not view.revealed:
        blocks = [Block(view.prompt, "question")]
        for row in view.rows:
            blocks += [
                Block(row.name, "lead", bold=True, after=0.05),
                Block(row.keywords, "body", color="muted"),
            ]
        canvas.fit(blocks, rest)
        return
    h = canvas.height
    x = rest.left()
    for series, name in zip(SERIES, view.series, strict=True):
        font = slide_font("body", h, 1.0, bold=True)
        width = QFontMetricsF(font).horizontalAdvance(name) + QFontMetricsF(font).height() * 2
        _series_heading(canvas, series, name, QRectF(x, rest.top(), width, rest.height()), "body")
        x += width + h * 0.04
    legend = QFontMetricsF(slide_font("body", h, 1.0, bold=True)).height() * (1 + LINE_GAP * 2)
    area = QRectF(rest.left(), rest.top() + legend, rest.width(), rest.height() - legend)
    scale = _balance_scale(view, area, h)
    name_font = slide_font("lead", h, scale, bold=True)
    value_font = slide_font("body", h, scale)
    names = QFontMetricsF(name_font)
    values = QFontMetricsF(value_font)
    name_width = max(names.horizontalAdvance(row.name) for row in view.rows) + names.height() * 0.6
    number_width = values.horizontalAdvance(str(BALANCE_TOTAL)) + values.height() * 0.5
    row_height = area.height() / max(len(view.rows), 1)
    bar_height = min(values.height() * 1.1, row_height * 0.36)
    track = area.width() - name_width - number_width
    for r, row in enumerate(view.rows):
        top = area.top() + r * row_height
        pair = bar_height * 2 + bar_height * 0.3
        first = top + (row_height - pair) / 2
        canvas.text(QRectF(area.left(), first, name_width, pair), LEFT, row.name, name_font)
        for k, (series, points) in enumerate(zip(SERIES, (row.today, row.desired), strict=True)):
            y = first + k * bar_height * 1.3
            span = track * (points or 0) / BALANCE_TOTAL
            left = area.left() + name_width
            if points:
                _bar(canvas, series, QRectF(left, y, span, bar_height))
            shown = "–" if points is None else str(points)
            canvas.text(
                QRectF(
                    left + span + values.height() * 0.25,
                    y + (bar_height - values.height()) / 2,
                    number_width,
                    values.height(),
                ),
                LEFT,
                shown,
                value_font,
            )


def _balance_scale(view: pv.BalanceView, area: QRectF, height: float) -> float:
    """Shrink the row names (never under the floor) until each row has room for its bars."""
    scale = 1.0
    while scale > FLOOR_SCALE:
        laid = lay_blocks(
            [Block(row.name, "lead", bold=True) for row in view.rows],
            area.width() * 0.4,
            height,
            scale,
        )
        if all(item.width <= area.width() * 0.4 for item in laid):
            return scale
        scale *= 0.93
    return FLOOR_SCALE
