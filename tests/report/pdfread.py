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
