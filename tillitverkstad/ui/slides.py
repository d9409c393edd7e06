"""Paints one shared-screen view at any size: type scales with the window and shrinks
until everything fits, so nothing is clipped at 1024x768 or at 4K."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

from tillitverkstad.core import projection as pv

INK = QColor("#111111")
MUTED = QColor("#4a4a4a")
PAPER = QColor("#ffffff")
CURRENT = QColor("#0072B2")  # Okabe-Ito blue: nuläge (same as the radar and the PDF)
DESIRED = QColor("#E69F00")  # Okabe-Ito orange: önskat läge
MIN_PIXELS = 11.0

# Relative type sizes, as a share of the slide height.
SIZES = {"title": 0.085, "lead": 0.05, "body": 0.042, "question": 0.068, "small": 0.03}


@dataclass
class Block:
    text: str
    role: str
    bold: bool = False
    color: QColor | None = None  # None: the ink colour


def font_for(role: str, height: float, scale: float, bold: bool = False) -> QFont:
    font = QFont()
    # The floor keeps a projected slide legible; a thumbnail may go smaller to fit.
    floor = min(MIN_PIXELS, height * 0.04)
    font.setPixelSize(max(int(height * SIZES[role] * scale), int(floor)))
    font.setBold(bold or role in ("title", "question"))
    return font


def fit_blocks(
    blocks: list[Block], rect: QRectF, height: float
) -> tuple[float, list[tuple[Block, QFont, float]]]:
    """The largest scale (<= 1) at which the blocks, wrapped, fit in ``rect``: in height, and
    in width too, since a single long word ("Handlingsutrymme") cannot wrap."""
    scale = 1.0
    while True:
        laid = []
        total = 0.0
        widest = 0.0
        for block in blocks:
            font = font_for(block.role, height, scale, block.bold)
            metrics = QFontMetricsF(font)
            bounds = metrics.boundingRect(
                rect.adjusted(0, 0, 0, 10**6), Qt.TextWordWrap, block.text
            )
            laid.append((block, font, bounds.height()))
            total += bounds.height() + metrics.height() * 0.45
            widest = max(widest, bounds.width())
        if (total <= rect.height() and widest <= rect.width() + 0.5) or scale < 0.2:
            return scale, laid
        scale *= 0.92


def paint_blocks(painter: QPainter, blocks: list[Block], rect: QRectF, height: float) -> float:
    """Paint the blocks top-down in ``rect``; returns the y where they ended."""
    _, laid = fit_blocks(blocks, rect, height)
    y = rect.top()
    for block, font, needed in laid:
        painter.setFont(font)
        painter.setPen(block.color or INK)
        box = QRectF(rect.left(), y, rect.width(), needed)
        painter.drawText(box, Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop, block.text)
        y += needed + QFontMetricsF(font).height() * 0.45
    return y


class Slide(QWidget):
    """Shows exactly one view object; holds nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: pv.View | None = None
        self._timer: pv.TimerView | None = None
        self._blank = ""  # "black" / "white": a blanked screen, shown as such in a preview
        self.radar_painter: Callable[[QPainter, QRectF, pv.SummaryView], None] = paint_radar
        self.setAutoFillBackground(False)

    def set_view(self, view: pv.View | None) -> None:
        self._view = view
        self.setAccessibleName(getattr(view, "title", ""))
        self.setAccessibleDescription(self.spoken_text())
        self.update()

    def set_blank(self, mode: str) -> None:
        self._blank = mode
        self.update()

    def set_timer(self, timer: pv.TimerView | None) -> None:
        self._timer = timer
        self.update()

    def spoken_text(self) -> str:
        """Everything the slide shows, as text (screen readers, and the leak test)."""
        view = self._view
        if view is None:
            return ""
        parts: list[str] = []
        for value in view.__dict__.values():
            parts.extend(_strings(value))
        return " ".join(parts)

    # -- painting ---------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        if self._blank:
            painter.fillRect(self.rect(), INK if self._blank == "black" else PAPER)
            painter.setPen(MUTED)
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            painter.end()
            return
        painter.fillRect(self.rect(), PAPER)
        h = float(self.height())
        margin = min(self.width(), self.height()) * 0.06
        area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
        if self._timer is not None:
            area = self._paint_timer(painter, area, h)
        view = self._view
        if isinstance(view, pv.TitleCard):
            self._paint_title_card(painter, view, area, h)
        elif isinstance(view, pv.IntroView):
            paint_blocks(painter, intro_blocks(view), area, h)
        elif isinstance(view, pv.QuestionView):
            paint_blocks(painter, question_blocks(view), area, h)
        elif isinstance(view, pv.RatingView):
            self._paint_rating(painter, view, area, h)
        elif isinstance(view, pv.SummaryView):
            self._paint_summary(painter, view, area, h)
        elif isinstance(view, pv.ActionsView):
            paint_blocks(painter, actions_blocks(view), area, h)
        painter.end()

    def _paint_timer(self, painter: QPainter, area: QRectF, h: float) -> QRectF:
        timer = self._timer
        assert timer is not None
        font = font_for("lead", h, 1.0, bold=True)
        painter.setFont(font)
        text = timer.text
        if timer.overdue:
            text = self.tr("Time is up") + "  " + text
        metrics = QFontMetricsF(font)
        box = QRectF(
            area.right() - metrics.horizontalAdvance(text) - 4,
            area.top(),
            metrics.horizontalAdvance(text) + 4,
            metrics.height(),
        )
        if timer.overdue:
            painter.fillRect(box.adjusted(-8, -4, 8, 4), QColor("#111111"))
            painter.setPen(PAPER)
        else:
            painter.setPen(MUTED)
        painter.drawText(box, Qt.AlignRight | Qt.AlignVCenter, text)
        return area.adjusted(0, metrics.height() * 1.2, 0, 0)

    def _paint_title_card(self, painter: QPainter, view: pv.TitleCard, area: QRectF, h: float):
        blocks = [Block(view.title, "title"), Block(view.subtitle, "lead", color=MUTED)]
        _, laid = fit_blocks(blocks, area, h * 1.4)
        total = sum(n for _, _, n in laid)
        top = area.top() + (area.height() - total) / 2
        paint_blocks(painter, blocks, QRectF(area.left(), top, area.width(), total * 1.5), h * 1.4)

    def _paint_rating(self, painter: QPainter, view: pv.RatingView, area: QRectF, h: float):
        head = [Block(view.title, "title")]
        if view.consensus:
            head.append(Block(self.tr("Consensus: %1").replace("%1", view.consensus), "lead"))
        top = paint_blocks(
            painter, head, QRectF(area.left(), area.top(), area.width(), area.height() * 0.3), h
        )
        rest = QRectF(area.left(), top, area.width(), area.bottom() - top)
        if not view.revealed:
            lines = [Block(self.tr("Vote by show of hands"), "question")]
            lines += [Block(f"{s.name}: {s.prompt}", "lead") for s in view.scales]
            lines += [Block(f"{value}  {text}", "body") for value, text in view.anchors]
            paint_blocks(painter, lines, rest, h)
            return
        half = rest.width() / 2
        for i, (scale, color) in enumerate(zip(view.scales, (CURRENT, DESIRED), strict=True)):
            box = QRectF(rest.left() + i * half, rest.top(), half * 0.94, rest.height())
            paint_distribution(painter, box, scale, color, h)

    def _paint_summary(self, painter: QPainter, view: pv.SummaryView, area: QRectF, h: float):
        top = paint_blocks(
            painter,
            [Block(view.title, "title")],
            QRectF(area.left(), area.top(), area.width(), area.height() * 0.2),
            h,
        )
        rest = QRectF(area.left(), top, area.width(), area.bottom() - top)
        chart = QRectF(rest.left(), rest.top(), rest.width() * 0.64, rest.height())
        self.radar_painter(painter, chart, view)
        side = QRectF(
            chart.right() + rest.width() * 0.04, rest.top(), rest.width() * 0.32, rest.height()
        )
        blocks = [Block(self.tr("Largest gaps"), "lead", bold=True)]
        blocks += [Block(f"{title}: {gap:+d}", "body") for title, gap in view.gaps]
        if not view.gaps:
            blocks.append(Block(self.tr("No agreed values yet."), "body", color=MUTED))
        paint_blocks(painter, blocks, side, h)


def paint_distribution(
    painter: QPainter,
    box: QRectF,
    scale: pv.ScaleView,
    color: QColor,
    h: float,
) -> None:
    """Bars for the vote counts 1..5, each labelled with its count; agreed value marked."""
    label_font = font_for("body", h, 1.0, bold=True)
    small = font_for("small", h, 1.0)
    lm = QFontMetricsF(label_font)
    painter.setFont(label_font)
    painter.setPen(INK)
    painter.drawText(
        QRectF(box.left(), box.top(), box.width(), lm.height()), Qt.AlignLeft, scale.name
    )
    counts = scale.counts or (0,) * 5
    peak = max(max(counts), 1)
    sm = QFontMetricsF(small)
    footer = sm.height() * 5.8
    bars = QRectF(
        box.left(),
        box.top() + lm.height() * 1.3,
        box.width(),
        box.height() - lm.height() * 1.3 - footer,
    )
    slot = bars.width() / len(counts)
    for i, count in enumerate(counts):
        value = i + 1
        bar_h = (bars.height() - sm.height() * 1.2) * count / peak
        rect = QRectF(
            bars.left() + i * slot + slot * 0.15, bars.bottom() - bar_h, slot * 0.7, bar_h
        )
        painter.fillRect(rect, color)
        if value == scale.agreed:  # marked by a thick outline, not by colour alone
            painter.setPen(QPen(INK, max(2.0, h * 0.004)))
            painter.drawRect(
                rect.adjusted(-3, -3, 3, 3)
                if bar_h
                else QRectF(rect.left(), bars.bottom() - 4, rect.width(), 4)
            )
        painter.setFont(small)
        painter.setPen(INK)
        painter.drawText(
            QRectF(rect.left(), rect.top() - sm.height() * 1.1, rect.width(), sm.height()),
            Qt.AlignCenter,
            str(count),
        )
        painter.drawText(
            QRectF(rect.left(), bars.bottom() + 2, rect.width(), sm.height()),
            Qt.AlignCenter,
            str(value),
        )
    parts = []
    if scale.median is not None:
        parts.append(
            QCoreApplication.translate("Slide", "Median %1").replace("%1", f"{scale.median:g}")
        )
    if scale.low_high:
        parts.append(
            QCoreApplication.translate("Slide", "Range %1\u2013%2")
            .replace("%1", str(scale.low_high[0]))
            .replace("%2", str(scale.low_high[1]))
        )
    painter.setFont(small)
    painter.drawText(
        QRectF(box.left(), bars.bottom() + sm.height() * 1.2, box.width(), sm.height()),
        Qt.AlignLeft,
        "   ".join(parts),
    )
    if scale.agreed:
        painter.setFont(font_for("small", h, 1.0, bold=True))
        painter.drawText(
            QRectF(box.left(), bars.bottom() + sm.height() * 2.3, box.width(), sm.height()),
            Qt.AlignLeft,
            QCoreApplication.translate("Slide", "Agreed: %1").replace("%1", str(scale.agreed)),
        )
    if scale.wide_spread:  # said in words, with a sign: never by colour alone
        painter.setFont(small)
        painter.drawText(
            QRectF(box.left(), bars.bottom() + sm.height() * 3.4, box.width(), sm.height() * 2.3),
            Qt.AlignLeft | Qt.TextWordWrap,
            "\u26a0 " + QCoreApplication.translate("Slide", "Wide spread: talk first"),
        )


def paint_radar(painter: QPainter, rect: QRectF, view: pv.SummaryView) -> None:
    """Draw the facilitator's radar chart into a slide, in the slide's high-contrast colours."""
    from tillitverkstad.ui.widgets.radar import RadarChart  # the same chart, not a copy

    chart = RadarChart()
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, PAPER)
    palette.setColor(QPalette.ColorRole.WindowText, INK)
    palette.setColor(QPalette.ColorRole.Mid, QColor("#9a9a9a"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, MUTED)
    chart.setPalette(palette)
    chart.setMinimumSize(1, 1)
    font = chart.font()
    font.setPixelSize(max(12, int(min(rect.width(), rect.height()) / 30)))  # back-row size
    chart.setFont(font)
    chart.set_data(list(view.labels), list(view.current), list(view.desired))
    chart.set_series_names(*view.series)
    chart.resize(int(rect.width()), int(rect.height()))
    chart.render(painter, QPoint(int(rect.left()), int(rect.top())))
    chart.deleteLater()


def intro_blocks(view: pv.IntroView) -> list[Block]:
    blocks = [
        Block(view.title, "title"),
        Block(view.definition, "lead"),
        Block(view.source, "small", color=MUTED),
    ]
    for name, principles in view.cornerstones:
        blocks.append(Block(f"{name}: {', '.join(principles)}", "body"))
    if view.question:
        blocks.append(Block(view.question, "lead", bold=True))
    return blocks


def question_blocks(view: pv.QuestionView) -> list[Block]:
    blocks = [Block(view.title, "title"), Block(view.meaning, "lead", color=MUTED)]
    if view.question:
        counter = QCoreApplication.translate("Slide", "Question %1 of %2").replace(
            "%1", str(view.number)
        )
        blocks.append(Block(counter.replace("%2", str(view.count)), "small", color=MUTED))
        blocks.append(Block(view.question, "question"))
    return blocks


def actions_blocks(view: pv.ActionsView) -> list[Block]:
    blocks = [Block(view.title, "title")]
    if not view.rows:
        blocks.append(
            Block(QCoreApplication.translate("Slide", "No actions yet."), "body", color=MUTED)
        )
    for what, who, when in view.rows:
        detail = " \u00b7 ".join(part for part in (who, when) if part)
        blocks.append(Block(what + (f"  ({detail})" if detail else ""), "body"))
    return blocks


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for item in value for s in _strings(item)]
    if hasattr(value, "__dict__"):
        return [s for item in value.__dict__.values() for s in _strings(item)]
    return []
