"""A date typed as YYYY-MM-DD, or picked from a calendar; an impossible date is refused.

Qt's QDateEdit quietly turns 2026-02-30 into another date while typing, and a
facilitator would not notice. This field keeps exactly what was typed, and the form
says next to it why it is not a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QLineEdit, QWidget

from tillitverkstad.core import dates
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP

GIVE_A_DATE = QT_TRANSLATE_NOOP("errors", "Give the date as YYYY-MM-DD.")


def parse_date(text: str) -> dt.date | None:
    """An empty field means no date; anything else follows the one rule for dates."""
    text = text.strip()
    return dates.parse_date(text) if text else None


def limit_to_accepted_years(widget: QDateEdit | QCalendarWidget) -> None:
    """Keep a Qt date widget within the years the app accepts, so it never offers a date
    that the core would refuse."""
    first, last = dates.EARLIEST, dates.LATEST
    widget.setDateRange(
        QDate(first.year, first.month, first.day), QDate(last.year, last.month, last.day)
    )


def calendar_icon(size: int, color: QColor) -> QIcon:
    """A small calendar sheet drawn in ``color`` (no icon theme needed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.2, size / 12))
    painter.setPen(pen)
    sheet = QRectF(size * 0.14, size * 0.2, size * 0.72, size * 0.66)
    painter.drawRoundedRect(sheet, size * 0.08, size * 0.08)
    painter.fillRect(QRectF(sheet.left(), sheet.top(), sheet.width(), size * 0.16), color)
    for x in (0.34, 0.66):
        painter.drawLine(QPoint(round(size * x), round(size * 0.1)), QPoint(round(size * x), 0))
    for row in range(2):
        for column in range(3):
            painter.fillRect(
                QRectF(
                    size * (0.26 + 0.18 * column), size * (0.5 + 0.16 * row), size * 0.1, size * 0.1
                ),
                color,
            )
    painter.end()
    return QIcon(pixmap)


class DateField(QLineEdit):
    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.setText(value.isoformat() if value else "")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000-00-00") * 2)
        size = self.fontMetrics().height()
        self.calendar_action = QAction(
            calendar_icon(size, self.palette().text().color()), self.tr("Choose a date"), self
        )
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None  # made when first asked for

    def date(self) -> dt.date | None:
        """The typed date, None when empty; raises ValidationError when not a date."""
        return parse_date(self.text())

    def reading(self) -> tuple[dt.date | None, ValidationError | None]:
        """The date, or None and what is wrong with the text (an empty field too), for
        the message beside the field."""
        try:
            date = self.date()
        except ValidationError as exc:
            return None, exc
        return (date, None) if date is not None else (None, ValidationError(GIVE_A_DATE))

    def open_calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            limit_to_accepted_years(self.calendar)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        try:
            shown = self.date() or dt.date.today()
        except ValidationError:
            shown = dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def _picked(self, date: QDate) -> None:
        self.setText(date.toString("yyyy-MM-dd"))
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()
