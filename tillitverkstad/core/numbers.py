"""Numbers as the reader writes them, the same in the window, on the shared screen and in
the report: a decimal comma in Swedish, a real minus sign, a dash for "not agreed"."""

from __future__ import annotations

DASH = "–"  # a value that was not agreed (never shown as zero)
MINUS = "\u2212"


def value(number: int | None) -> str:
    return DASH if number is None else str(number)


def decimal(number: float | None, language: str, decimals: int = 1) -> str:
    if number is None:
        return DASH
    number = round(number, decimals)  # 4.7 - 2.7 is 2.0000000000000004, shown as 2
    if float(number).is_integer():
        shown = str(int(number))
    else:
        shown = f"{number:.{decimals}f}"
        shown = shown.replace(".", ",") if language == "sv" else shown
    return shown.replace("-", MINUS)


def signed(number: float | None, language: str) -> str:
    """A change: "+1", "−1", "0"; a dash when it cannot be worked out."""
    if number is None:
        return DASH
    shown = decimal(number, language)
    return f"+{shown}" if number > 0 else shown
