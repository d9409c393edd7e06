"""The join slide of *Deltagarröstning*: the QR code painted crisply from its modules (whole
pixels per module, inside its quiet zone, dark on white in either theme: not every phone
camera reads a code in reverse), and beside it the address, the join code and one line of
what it is, in type the back row can read."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from tillitverkstad.core.projection_join import QUIET_ZONE, JoinView
from tillitverkstad.ui.slide_canvas import Block, SlideCanvas, fit_blocks, stack_height

QR_SHARE = 0.46  # of the slide's width, on a landscape screen: the rest is for the words


def join_blocks(view: JoinView) -> list[Block]:
    return [
        Block(view.title, "title"),
        Block(view.how, "lead", color="muted"),
        Block(view.address, "question", bold=True),
        Block(f"{view.code_label} {view.code}", "title", color="accent"),
        Block(view.about, "small", color="muted"),
    ]


def qr_rect(view: JoinView, area: QRectF) -> QRectF:
    """Where the code goes, quiet zone included: the largest square of whole pixels per
    module at the left of a landscape slide, or at the top of a portrait one."""
    wide = area.width() >= area.height() * 1.2
    room = min(area.height(), area.width() * QR_SHARE) if wide else area.width() * 0.6
    modules = len(view.modules) + 2 * QUIET_ZONE
    side = max(1, int(room // modules)) * modules
    top = area.top() + (area.height() - side) / 2 if wide else area.top()
    return QRectF(round(area.left()), round(top), side, side)


def paint_join(canvas: SlideCanvas, view: JoinView, area: QRectF) -> None:
    code = qr_rect(view, area)
    paint_qr(canvas.painter, view.modules, code)
    gap = canvas.height * 0.05
    if area.width() >= area.height() * 1.2:
        words = QRectF(code.right() + gap, area.top(), area.right() - code.right() - gap, 0)
        words.setHeight(area.height())
    else:
        words = QRectF(area.left(), code.bottom() + gap, area.width(), 0)
        words.setBottom(area.bottom())
    _, laid = fit_blocks(join_blocks(view), words, canvas.height)
    used = stack_height(laid)
    top = words.top() + max(0.0, (words.height() - used) / 2)
    canvas.blocks(laid, QRectF(words.left(), top, words.width(), used))


def paint_qr(painter: QPainter, modules: tuple[tuple[bool, ...], ...], rect: QRectF) -> None:
    """Whole pixels per module and no antialiasing: a blurred edge between modules is what
    makes a projected code hard to read."""
    count = len(modules) + 2 * QUIET_ZONE
    size = int(rect.width()) // count
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.fillRect(rect, QColor("#FFFFFF"))
    dark = QColor("#000000")
    left, top = int(rect.left()), int(rect.top())
    for row, cells in enumerate(modules):
        y = top + (row + QUIET_ZONE) * size
        column = 0
        while column < len(cells):  # one rectangle per run of dark modules
            if not cells[column]:
                column += 1
                continue
            start = column
            while column < len(cells) and cells[column]:
                column += 1
            x = left + (start + QUIET_ZONE) * size
            painter.fillRect(x, y, (column - start) * size, size, dark)
    painter.restore()
