"""Slides that list what the group wrote: the notes board (three columns of cards, one
per category) and the actions. A long list first shrinks to fit, down to the type floor,
then is split into pages; a note longer than a page continues on the next one. Nothing
is ever clipped.

Layout is done line by line with ``QTextLayout``, the engine ``drawText`` wraps with, and
cached per view and size by the caller (a board can hold a pasted document)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPen, QTextLayout, QTextOption

from tillitverkstad.core import projection as pv
from tillitverkstad.ui.slide_canvas import Block, SlideCanvas, slide_font
from tillitverkstad.ui.slide_theme import FLOOR_SCALE, LINE_GAP

TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
BOTTOM_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom
GUTTER = 0.035  # between columns, as a share of the height
QUICK_FIT_CHARS = 6000  # more text than this: go straight to the floor and page


@dataclass(frozen=True)
class Line:
    text: str
    font: QFont
    color: str
    height: float
    aside: Line | None = None  # shown at the right end of the same line (who and when)


@dataclass
class Card:
    """One note (or one part of it, when it runs over a page)."""

    item: int  # index of the note in its column
    lines: list[Line]


@dataclass
class Column:
    heading: str
    pages: list[list[Card]] = field(default_factory=list)


@dataclass
class ListLayout:
    heading_font: QFont
    columns: list[Column]
    pad: float  # inside a card
    gap: float  # between cards
    slots: int = 1  # a column flows on into this many slots side by side (wide screens)

    @property
    def page_count(self) -> int:
        most = max((len(c.pages) for c in self.columns), default=1)
        return max(1, -(-most // self.slots))

    def page_of(self, column: int, item: int) -> int:
        """The slide page on which the ``item``-th entry of ``column`` starts."""
        for number, page in enumerate(self.columns[column].pages):
            if any(card.item == item for card in page):
                return number // self.slots
        return 0


Item = tuple[Block, ...]  # an entry: its text, and for an action who and when


def _wrap(block: Block, font: QFont, width: float) -> list[Line]:
    text = block.text.replace("\n", "\u2028")
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
    layout.endLayout()
    height = QFontMetricsF(font).height()
    lines = []
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        piece = text[line.textStart() : line.textStart() + line.textLength()]
        lines.append(Line(piece.rstrip("\u2028 "), font, block.color, height))
    return lines


def _cards(items: list[Item], width: float, height: float, scale: float) -> list[list[Line]]:
    fonts = [[slide_font(b.role, height, scale, b.bold) for b in item] for item in items]
    if items and all(_one_line(item, f, width) for item, f in zip(items, fonts, strict=True)):
        # Every action has room for who and when beside what: one line each, as a table.
        return [
            [
                dataclasses.replace(
                    _wrap(item[0], f[0], width)[0], aside=_wrap(item[1], f[1], width)[0]
                )
            ]
            for item, f in zip(items, fonts, strict=True)
        ]
    return [
        [line for b, font in zip(item, f, strict=True) for line in _wrap(b, font, width)]
        for item, f in zip(items, fonts, strict=True)
    ]


def _one_line(item: Item, fonts: list[QFont], width: float) -> bool:
    if len(item) != 2 or "\n" in item[0].text:
        return False
    need = sum(QFontMetricsF(f).horizontalAdvance(b.text) for b, f in zip(item, fonts, strict=True))
    return need + QFontMetricsF(fonts[0]).height() <= width


def _paginate(cards: list[list[Line]], room: float, pad: float, gap: float) -> list[list[Card]]:
    """Cards top-down into pages of height ``room``. A card that fits a page is never
    split; a longer one continues on the next page."""
    pages: list[list[Card]] = [[]]
    used = 0.0
    for index, lines in enumerate(cards):
        need = sum(line.height for line in lines) + 2 * pad
        if used and used + need > room and need <= room:
            pages.append([])
            used = 0.0
        remaining = list(lines)
        while remaining:
            space = room - used - 2 * pad
            take: list[Line] = []
            # On an empty page the first line always goes in, however tall: shown, not lost.
            while remaining and (space >= remaining[0].height or not (take or used)):
                space -= remaining[0].height
                take.append(remaining.pop(0))
            if take:
                pages[-1].append(Card(index, take))
                used += sum(line.height for line in take) + 2 * pad + gap
            if remaining:
                pages.append([])
                used = 0.0
    return pages


def _words_fit(items: list[Item], width: float, height: float, scale: float) -> bool:
    """No word is wider than a card: words break mid-way only at the type floor."""
    for item in items:
        for block in item:
            metrics = QFontMetricsF(slide_font(block.role, height, scale, block.bold))
            if any(metrics.horizontalAdvance(word) > width for word in block.text.split()):
                return False
    return True


def flow_slots(rect: QRectF, height: float) -> int:
    """How many slots a single list may flow into: two when each is still wide enough
    for a line of a dozen words (16:9 screens), else one."""
    gutter = height * GUTTER
    return 2 if (rect.width() - gutter) / 2 >= height * 0.75 else 1


def layout_lists(
    headings: list[str], columns: list[list[Item]], rect: QRectF, height: float, slots: int = 1
) -> ListLayout:
    """Columns side by side in ``rect``: the largest scale at which everything fits on
    one page, or pages at the type floor."""
    width = _slot_width(rect, height, len(columns) * slots)
    chars = sum(len(b.text) for column in columns for item in column for b in item)
    scale = 1.0 if chars <= QUICK_FIT_CHARS else FLOOR_SCALE
    while True:
        heading_font = slide_font("lead", height, scale, bold=True)
        body = QFontMetricsF(slide_font("body", height, scale)).height()
        pad, gap = body * 0.3, body * 0.3
        head = QFontMetricsF(heading_font).height() * (1 + LINE_GAP) if any(headings) else 0.0
        room = rect.height() - head
        laid = [
            Column(h, _paginate(_cards(items, width - 2 * pad, height, scale), room, pad, gap))
            for h, items in zip(headings, columns, strict=True)
        ]
        result = ListLayout(heading_font, laid, pad, gap, slots)
        whole = _words_fit([i for c in columns for i in c], width - 2 * pad, height, scale)
        if (result.page_count == 1 and whole) or scale <= FLOOR_SCALE:
            return result
        scale = max(scale * 0.93, FLOOR_SCALE)


def _slot_width(rect: QRectF, height: float, count: int) -> float:
    return (rect.width() - height * GUTTER * (count - 1)) / max(count, 1)


def paint_lists(
    canvas: SlideCanvas, layout: ListLayout, rect: QRectF, page: int, page_label: str
) -> None:
    painter = canvas.painter
    width = _slot_width(rect, canvas.height, len(layout.columns) * layout.slots)
    gutter = canvas.height * GUTTER
    head_metrics = QFontMetricsF(layout.heading_font)
    for c, column in enumerate(layout.columns):
        for slot in range(layout.slots):
            left = rect.left() + (c * layout.slots + slot) * (width + gutter)
            y = rect.top()
            if column.heading:
                canvas.text(
                    QRectF(left, y, width, head_metrics.height()),
                    TOP_LEFT,
                    column.heading,
                    layout.heading_font,
                )
                rule_y = y + head_metrics.height() * 1.05
                painter.setPen(QPen(canvas.color("accent"), max(2.0, canvas.height * 0.004)))
                painter.drawLine(int(left), int(rule_y), int(left + width), int(rule_y))
                y += head_metrics.height() * (1 + LINE_GAP)
            index = page * layout.slots + slot
            cards = column.pages[index] if index < len(column.pages) else []
            _paint_cards(canvas, layout, cards, left, y, width)
    if layout.page_count > 1 and page_label:
        font = slide_font("small", canvas.height)
        line = QFontMetricsF(font).height()
        text = page_label.format(page=page + 1, count=layout.page_count)
        canvas.text(
            QRectF(rect.left(), rect.bottom() + line * 0.2, rect.width(), line),
            RIGHT,
            text,
            font,
            "muted",
        )


def _paint_cards(
    canvas: SlideCanvas, layout: ListLayout, cards: list[Card], left: float, y: float, width: float
) -> None:
    painter = canvas.painter
    for card in cards:
        inner = sum(line.height for line in card.lines)
        box = QRectF(left, y, width, inner + 2 * layout.pad)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(canvas.color("panel"))
        painter.drawRoundedRect(box, layout.pad * 0.6, layout.pad * 0.6)
        ty = y + layout.pad
        for line in card.lines:
            row = QRectF(left + layout.pad, ty, width - 2 * layout.pad, line.height)
            canvas.text(row, TOP_LEFT, line.text, line.font, line.color, background="panel")
            if line.aside is not None:
                aside = line.aside
                canvas.text(row, BOTTOM_RIGHT, aside.text, aside.font, aside.color, "panel")
            ty += line.height
        y = box.bottom() + layout.gap


def page_footer(height: float) -> float:
    """Room to keep free at the bottom for "Sida 1 av 2"."""
    return QFontMetricsF(slide_font("small", height)).height() * 1.3


def board_columns(view: pv.NotesBoardView) -> tuple[list[str], list[list[Item]]]:
    headings = [column.label for column in view.columns]
    items: list[list[Item]] = [
        [(Block(text, "body"),) for text in column.items] for column in view.columns
    ]
    return headings, items


def actions_columns(view: pv.ActionsView | pv.ReviewView) -> tuple[list[str], list[list[Item]]]:
    items: list[Item] = []
    for what, who, when in view.rows:
        detail = " \u00b7 ".join(part for part in (who, when) if part)
        item = (Block(what, "body"),) + ((Block(detail, "small", color="muted"),) if detail else ())
        items.append(item)
    return [""], [items]
