"""Marked content while ReportLab lays out, for a tagged (accessible) PDF.

ReportLab's open-source edition cannot tag, so every flowable that draws something
carries a :class:`Node` (the structure element it belongs to). While it is drawn, the
canvas's :class:`StructureRecorder` wraps its operators in ``/Role <</MCID n>> BDC … EMC``
and notes (page, MCID) on the node; page furniture and table rules are wrapped as
``/Artifact``. After the build, :mod:`tillitverkstad.report.structure` writes the nodes into
the file as the structure tree. Nodes attach themselves to their parent when first drawn,
so the tree's order is the order the reader meets them.

Any report can use this: build its story from :class:`Para`, :class:`DataTable`,
:class:`LayoutTable` and :class:`FigureDrawing` and draw it on a canvas that has a
``structure`` attribute (see :mod:`tillitverkstad.report.document`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from reportlab.graphics.shapes import Drawing
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isAnything
from reportlab.platypus import Paragraph, Table


@dataclass(frozen=True, slots=True)
class Mcr:
    """A marked-content reference: the sequence ``mcid`` on page ``page`` (1-based)."""

    page: int
    mcid: int


@dataclass(frozen=True, slots=True)
class LinkRef:
    """A link annotation drawn at ``rect`` on ``page``; matched to the annotation later."""

    page: int
    rect: tuple[float, float, float, float]
    description: str


@dataclass(eq=False, slots=True)  # a report of a thousand pages has ~200 000 of them
class Node:
    """A structure element (``role`` is a standard PDF structure type such as ``P``)."""

    role: str
    parent: Node | None = None
    alt: str | None = None  # what a screen reader says instead of a figure
    actual_text: str | None = None  # the text as typed, when the glyphs shown differ
    attributes: dict[str, Any] | None = None  # e.g. {"Scope": "Column"}
    kids: list[Node | Mcr | LinkRef] = field(default_factory=list)
    attached: bool = False
    bbox: tuple[float, float, float, float] | None = None

    def child(self, role: str, **kw: Any) -> Node:
        """A new element under this one; it takes its place when first drawn."""
        return Node(role, parent=self, **kw)


ARTIFACT = "Artifact"


class StructureRecorder:
    """Numbers the marked content of each page and remembers which node owns it."""

    def __init__(self, root_role: str = "Document") -> None:
        self.root = Node(root_role, attached=True)
        self.owners: dict[int, list[Node]] = {}  # page -> owner node of each MCID
        self._depth = 0  # nesting of open sequences; content inside belongs to the outer one

    def attach(self, node: Node) -> None:
        if node.attached:
            return
        parent = node.parent or self.root
        self.attach(parent)
        parent.kids.append(node)
        node.attached = True

    def begin(self, canvas: Any, node: Node | None, artifact: str = "") -> None:
        """Open a sequence for ``node``, or an artifact when ``node`` is None."""
        self._depth += 1
        if self._depth > 1:
            return
        if node is None:
            props = f" <</Type /{artifact}>> BDC" if artifact else " BMC"
            canvas.addLiteral(f"/{ARTIFACT}{props}")
            return
        page = canvas.getPageNumber()
        owners = self.owners.setdefault(page, [])
        self.attach(node)
        node.kids.append(Mcr(page, len(owners)))
        canvas.addLiteral(f"/{node.role} <</MCID {len(owners)}>> BDC")
        owners.append(node)

    def end(self, canvas: Any) -> None:
        self._depth -= 1
        if self._depth == 0:
            canvas.addLiteral("EMC")

    def link(self, canvas: Any, node: Node, rect: tuple, description: str) -> None:
        """Note a link annotation (drawn with ``canvas.linkRect``) as a kid of ``node``."""
        x0, y0 = canvas.absolutePosition(rect[0], rect[1])
        x1, y1 = canvas.absolutePosition(rect[2], rect[3])
        node.kids.append(LinkRef(canvas.getPageNumber(), (x0, y0, x1, y1), description))


def recorder(canvas: Any) -> StructureRecorder | None:
    return getattr(canvas, "structure", None)


class Tagged:
    """Mixin for a flowable: its drawing is marked as content of ``self.tag``."""

    tag: Node | None = None
    figure_box = False  # record the drawn box (a Figure's /BBox)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        structure = recorder(canvas)
        if structure is None:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
            return
        if self.figure_box and self.tag is not None and self.tag.bbox is None:
            x0, y0 = canvas.absolutePosition(x, y)
            self.tag.bbox = (x0, y0, x0 + self.width, y0 + self.height)  # type: ignore[attr-defined]
        structure.begin(canvas, self.tag, "" if self.tag else "Layout")
        try:
            super().drawOn(canvas, x, y, _sW)  # type: ignore[misc]
        finally:
            structure.end(canvas)


class Para(Tagged, Paragraph):
    """A Paragraph with a structure element; both halves of a split keep it."""

    def __init__(self, text: str | None, style: Any, *, tag: Node | None = None, **kw: Any) -> None:
        # None: a split half, made from ``frags`` (ReportLab does so; its stubs say str).
        super().__init__(cast(str, text), style, **kw)
        self.tag = tag

    def split(self, availWidth: float, availHeight: float) -> list:
        pieces = cast(list[Para], super().split(availWidth, availHeight))  # made by __class__
        for piece in pieces:
            piece.tag = self.tag
        return pieces


class FigureDrawing(Tagged, Drawing):
    """A chart: one ``Figure`` whose alternative text states what the chart shows."""

    figure_box = True
    _attrMap = AttrMap(BASE=Drawing, tag=AttrMapValue(isAnything, desc="structure element"))

    def describe(self, parent: Node | None, alt: str) -> FigureDrawing:
        self.tag = Node("Figure", parent=parent, alt=alt)
        return self


class LayoutTable(Table):
    """A table used only to place things side by side: its cells tag themselves, its
    rules and backgrounds are artifacts."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        kw.setdefault("renderCB", _render_layout)
        super().__init__(*args, **kw)


def _render_layout(table: Table, event: str, *args: Any) -> None:
    structure = recorder(table.canv)
    if structure is None:
        return
    if event in ("startBG", "startLines"):
        structure.begin(table.canv, None, "Layout")
    elif event in ("endBG", "endLines"):
        structure.end(table.canv)


class DataTable(Table):
    """A table of data: ``Table`` > ``TR`` > ``TH``/``TD``; header rows (and, with
    ``row_headers``, the first column) are ``TH``. A table split over pages stays one
    element, and the header row repeated on the next page is an artifact."""

    def __init__(
        self,
        data: Sequence[list[Any] | tuple[Any, ...]],
        *args: Any,
        tag: Node | None = None,
        header_rows: int | None = None,
        row_headers: bool = False,
        **kw: Any,
    ) -> None:
        kw["renderCB"] = _render_data
        super().__init__(data, *args, **kw)
        self.tag = tag or Node("Table")
        repeat = self.repeatRows if isinstance(self.repeatRows, int) else 0
        self.header_rows = repeat if header_rows is None else header_rows
        self.row_headers = row_headers
        # Counted from the data it is given (ReportLab makes each piece of a split with
        # the piece's rows, through this class), not read from ReportLab's own fields.
        self.row_count = len(data)
        self.row_ids: list[int] = list(range(self.row_count))
        self.repeated = 0  # leading rows that repeat the header of an earlier piece
        self._rows: dict[int, Node] = {}
        self._cells: dict[tuple[int, int], Node] = {}

    def split(self, availWidth: float, availHeight: float) -> list:
        pieces = cast(list[DataTable], super().split(availWidth, availHeight))
        if len(pieces) != 2:
            return pieces
        first, rest = pieces
        header = self.repeatRows if isinstance(self.repeatRows, int) else 0
        in_row = first.row_count + rest.row_count - header > len(self.row_ids)
        cut = first.row_count - (1 if in_row else 0)
        first.row_ids, rest.row_ids = (
            self.row_ids[: first.row_count],
            [
                *self.row_ids[:header],
                *self.row_ids[cut:],
            ],
        )
        first.repeated, rest.repeated = self.repeated, header
        for piece in pieces:
            piece.tag, piece.header_rows, piece.row_headers = (
                self.tag,
                self.header_rows,
                self.row_headers,
            )
            piece._rows, piece._cells = self._rows, self._cells  # shared across the pieces
        return pieces

    def _cell_node(self, row: int, col: int) -> Node | None:
        if row < self.repeated:
            return None
        logical = self.row_ids[row]
        key = (logical, col)
        if key not in self._cells:
            if logical not in self._rows:
                self._rows[logical] = self.tag.child("TR")
            if logical < self.header_rows:
                self._cells[key] = self._rows[logical].child("TH", attributes={"Scope": "Column"})
            elif self.row_headers and col == 0:
                self._cells[key] = self._rows[logical].child("TH", attributes={"Scope": "Row"})
            else:
                self._cells[key] = self._rows[logical].child("TD")
        return self._cells[key]


def _render_data(table: DataTable, event: str, *args: Any) -> None:
    structure = recorder(table.canv)
    if structure is None:
        return
    if event in ("startBG", "startLines"):
        structure.begin(table.canv, None, "Layout")
    elif event in ("endBG", "endLines", "endCell"):
        structure.end(table.canv)
    elif event == "startCell":
        row, col = args[0], args[1]
        node = table._cell_node(row, col)
        structure.begin(table.canv, node, "" if node else "Pagination")
