"""Writing the recorded structure into the PDF: StructTreeRoot, ParentTree, MarkInfo.

The content streams already hold the marked content (see :mod:`tagging`); this adds the
tree that gives it meaning, in the order the nodes were first drawn, and ties each link
annotation to its ``Link`` element.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from tillitverkstad.report.tagging import Mcr, Node, StructureRecorder

_HEADING = re.compile(r"^H([1-6])$")
TICK_EVERY = 2000  # elements written between two ticks (a few milliseconds)


def _even_headings(root: Node) -> None:
    """No heading level is skipped (H1 then H3 becomes H1 then H2), whatever the style."""
    last = 0

    def walk(node: Node) -> None:
        nonlocal last
        match = _HEADING.match(node.role)
        if match:
            level = min(int(match.group(1)), last + 1)
            node.role, last = f"H{level}", level
        for kid in node.kids:
            if isinstance(kid, Node):
                walk(kid)

    walk(root)


def _find_annotation(page: pikepdf.Page, rect: tuple[float, ...]) -> pikepdf.Object | None:
    for annot in page.obj.get("/Annots", []):
        if annot.get("/Subtype") != Name.Link or "/StructParent" in annot:
            continue
        if all(abs(float(a) - b) < 0.5 for a, b in zip(annot.Rect, rect, strict=True)):
            return annot
    return None


def write_structure(
    pdf: pikepdf.Pdf,
    structure: StructureRecorder,
    language: str,
    tick: Callable[[float], None] | None = None,
) -> None:
    """The structure tree. A report of a thousand pages has some 200 000 elements, and
    QPDF holds each as an object of its own, so each is kept lean: no optional /Type, a
    lone marked-content sequence as a bare MCID, no handle kept once it is placed in the
    parent tree, and the recorded tree let go as it is written. ``tick(share)`` hears
    every few thousand elements how much of the tree is written."""
    _even_headings(structure.root)
    elements, made = _count(structure.root), 0
    pages = list(pdf.pages)
    page_objs = [page.obj for page in pages]
    tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    # Per page, the element owning each MCID (the parent tree), filled in as they are made.
    owned = [Array([None] * len(structure.owners.get(n + 1, ()))) for n in range(len(pages))]
    structure.owners.clear()
    extra: list[tuple[int, pikepdf.Object]] = []  # annotations' StructParent keys
    next_key = len(pages)
    roles: dict[str, Name] = {}
    mcr_type, objr_type = Name.MCR, Name.OBJR

    def build(node: Node, parent: pikepdf.Object) -> pikepdf.Object:
        nonlocal next_key, made
        made += 1
        if tick is not None and made % TICK_EVERY == 0:
            tick(made / elements)
        role = roles.get(node.role) or roles.setdefault(node.role, Name("/" + node.role))
        first_page = next((k.page for k in node.kids if isinstance(k, Mcr)), None)
        fields: dict[str, object] = {"/S": role, "/P": parent}
        if first_page is not None:
            fields["/Pg"] = page_objs[first_page - 1]
        if node.alt is not None:
            fields["/Alt"] = String(node.alt)
        if node.actual_text is not None:
            fields["/ActualText"] = String(node.actual_text)
        attributes = _attributes(node)
        if attributes is not None:
            fields["/A"] = attributes
        elem = pdf.make_indirect(Dictionary(fields))
        kids: list[object] = []
        for kid in node.kids:
            if isinstance(kid, Mcr):
                owned[kid.page - 1][kid.mcid] = elem
                if kid.page == first_page:
                    kids.append(kid.mcid)
                else:
                    kids.append(
                        Dictionary(Type=mcr_type, Pg=page_objs[kid.page - 1], MCID=kid.mcid)
                    )
            elif isinstance(kid, Node):
                kids.append(build(kid, elem))
            else:
                annot = _find_annotation(pages[kid.page - 1], kid.rect)
                if annot is None:
                    continue
                annot.StructParent = next_key
                annot.Contents = String(kid.description)
                extra.append((next_key, elem))
                next_key += 1
                kids.append(Dictionary(Type=objr_type, Obj=annot, Pg=page_objs[kid.page - 1]))
        node.kids = []  # written: the recorded tree goes as the PDF's grows
        lone_mcid = len(kids) == 1 and isinstance(kids[0], int)
        elem.K = kids[0] if lone_mcid else Array(kids)
        return elem

    tree_root.K = build(structure.root, tree_root)
    nums: list[object] = []
    for index, page in enumerate(page_objs):
        page.StructParents = index
        page.Tabs = Name.S  # tab through links in structure order
        nums += [index, owned[index]]
    for key, elem in extra:
        nums += [key, elem]
    tree_root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(nums)))
    tree_root.ParentTreeNextKey = next_key
    pdf.Root.StructTreeRoot = tree_root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(language)
    prefs = pdf.Root.get("/ViewerPreferences", Dictionary())
    prefs.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = prefs


def _count(root: Node) -> int:
    count, waiting = 0, [root]
    while waiting:
        node = waiting.pop()
        count += 1
        waiting.extend(kid for kid in node.kids if isinstance(kid, Node))
    return count


def _attributes(node: Node) -> Dictionary | None:
    """The element's /A: a table header's scope, a figure's box."""
    if node.bbox is not None:
        box = Array([round(v, 2) for v in node.bbox])
        return Dictionary(O=Name.Layout, BBox=box, Placement=Name.Block)
    if node.attributes:
        fields: dict[str, object] = {"/O": Name.Table}
        for key, value in node.attributes.items():
            fields[f"/{key}"] = Name("/" + value) if isinstance(value, str) else value
        return Dictionary(fields)
    return None
