"""Reading a report back as an archive or accessibility checker would: with pikepdf."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

import pikepdf

PAINTING = {"Tj", "TJ", "'", '"', "Do", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "BI"}
TEXT = {"Tj", "TJ", "'", '"'}


def open_pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


@dataclass
class Painted:
    """One painting operator and the state it was drawn in."""

    page: int  # 0-based
    operator: str
    marked: tuple[str, ...]  # open marked-content tags, outermost first
    mcid: int | None  # of the innermost sequence that has one
    fill: tuple[float, ...]
    stroke: tuple[float, ...]
    line_width: float

    @property
    def artifact(self) -> bool:
        return "Artifact" in self.marked


def painted(pdf: pikepdf.Pdf) -> Iterator[Painted]:
    """Every painting operator of every page, with its marked content and colours."""
    for index, page in enumerate(pdf.pages):
        stack: list[tuple[str, int | None]] = []
        state = [((0.0,), (0.0,), 1.0)]
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            fill, stroke, width = state[-1]
            if op in ("BDC", "BMC"):
                mcid = None
                if op == "BDC" and isinstance(operands[1], pikepdf.Dictionary):
                    mcid = int(operands[1].get("/MCID")) if "/MCID" in operands[1] else None
                stack.append((str(operands[0]).lstrip("/"), mcid))
            elif op == "EMC":
                stack.pop()
            elif op == "q":
                state.append(state[-1])
            elif op == "Q":
                state.pop()
            elif op == "rg":
                state[-1] = (tuple(float(v) for v in operands), stroke, width)
            elif op == "RG":
                state[-1] = (fill, tuple(float(v) for v in operands), width)
            elif op == "w":
                state[-1] = (fill, stroke, float(operands[0]))
            elif op in PAINTING:
                mcids = [m for _, m in stack if m is not None]
                yield Painted(
                    index,
                    op,
                    tuple(tag for tag, _ in stack),
                    mcids[-1] if mcids else None,
                    fill,
                    stroke,
                    width,
                )


def elements(pdf: pikepdf.Pdf) -> Iterator[pikepdf.Dictionary]:
    """Every structure element, in document (reading) order."""

    def walk(node: pikepdf.Object) -> Iterator[pikepdf.Dictionary]:
        kids = node.get("/K")
        if kids is None:
            return
        if not isinstance(kids, pikepdf.Array):
            kids = [kids]
        for kid in kids:
            # A structure element is known by its /S; its /Type is optional (ISO 32000-1).
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                yield kid
                yield from walk(kid)

    yield from walk(pdf.Root.StructTreeRoot)


def role(element: pikepdf.Dictionary) -> str:
    return str(element.S).lstrip("/")


def text_of(element: pikepdf.Dictionary) -> str:
    """What a screen reader gets for an element: its ActualText or Alt, if any."""
    for key in ("/ActualText", "/Alt"):
        if key in element:
            return str(element[key])
    return ""


def luminance(rgb: tuple[float, ...]) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (rgb * 3)[:3] if len(rgb) == 1 else rgb[:3]
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_on_white(rgb: tuple[float, ...]) -> float:
    return 1.05 / (luminance(rgb) + 0.05)
