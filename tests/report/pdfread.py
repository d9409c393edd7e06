"""Helpers for reading the PDFs back as an archivist's tools would."""

from __future__ import annotations

import io

from pypdf import PdfReader


def read(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def flat(text: str) -> str:
    """Whitespace collapsed, so text wrapped over lines still matches."""
    return " ".join(text.split())


def pdf_text(data: bytes) -> str:
    return flat(" ".join(page.extract_text() for page in read(data).pages))


def page_texts(data: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in read(data).pages]


def page_fill(data: bytes, top: float, bottom: float) -> list[float]:
    """How far down each page its text reaches, as a share of the frame from ``top`` to
    ``bottom`` (in points from the page's foot; the footer below ``bottom`` not counted)."""
    fill = []
    for page in read(data).pages:
        lowest = [top]

        def seen(text, cm, tm, font, size, lowest=lowest):
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and bottom <= y <= top:
                lowest[0] = min(lowest[0], y)

        page.extract_text(visitor_text=seen)
        fill.append((top - lowest[0]) / (top - bottom))
    return fill
