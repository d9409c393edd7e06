"""Writing the recorded structure into the PDF: StructTreeRoot, ParentTree, MarkInfo.

The content streams already hold the marked content (see :mod:`tagging`); this adds the
tree that gives it meaning, in the order the nodes were first drawn, and ties each link
annotation to its ``Link`` element.
"""

from __future__ import annotations

import re

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from tillitverkstad.report.tagging import LinkRef, Mcr, Node, StructureRecorder

_HEADING = re.compile(r"^H([1-6])$")


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


def write_structure(pdf: pikepdf.Pdf, structure: StructureRecorder, language: str) -> None:
    _even_headings(structure.root)
    pages = list(pdf.pages)
    tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    made: dict[int, pikepdf.Object] = {}
    extra: list[tuple[int, pikepdf.Object]] = []  # annotations' StructParent keys
    next_key = len(pages)

    def build(node: Node, parent: pikepdf.Object) -> pikepdf.Object:
        nonlocal next_key
        elem = pdf.make_indirect(
            Dictionary(Type=Name.StructElem, S=Name("/" + node.role), P=parent)
        )
        made[id(node)] = elem
        first_page = next((k.page for k in node.kids if isinstance(k, Mcr)), None)
        if first_page is not None:
            elem.Pg = pages[first_page - 1].obj
        kids = Array()
        for kid in node.kids:
            if isinstance(kid, Node):
                kids.append(build(kid, elem))
            elif isinstance(kid, Mcr):
                if kid.page == first_page:
                    kids.append(kid.mcid)
                else:
                    page = pages[kid.page - 1].obj
                    kids.append(Dictionary(Type=Name.MCR, Pg=page, MCID=kid.mcid))
            elif isinstance(kid, LinkRef):
                page = pages[kid.page - 1]
                annot = _find_annotation(page, kid.rect)
                if annot is None:
                    continue
                annot.StructParent = next_key
                annot.Contents = String(kid.description)
                extra.append((next_key, elem))
                next_key += 1
                kids.append(Dictionary(Type=Name.OBJR, Obj=annot, Pg=page.obj))
        elem.K = kids
        if node.alt is not None:
            elem.Alt = String(node.alt)
        if node.actual_text is not None:
            elem.ActualText = String(node.actual_text)
        attributes = dict(node.attributes)
        if node.bbox is not None:
            owner = "/Layout"
            attributes.update(BBox=Array([round(v, 2) for v in node.bbox]), Placement="/Block")
        elif attributes:
            owner = "/Table"
        if attributes:
            a = Dictionary(O=Name(owner))
            for key, value in attributes.items():
                is_name = isinstance(value, str)
                a[f"/{key}"] = Name("/" + value.lstrip("/")) if is_name else value
            elem.A = a
        return elem

    document = build(structure.root, tree_root)
    tree_root.K = document
    nums = Array()
    for index, page in enumerate(pages):
        page.obj.StructParents = index
        page.obj.Tabs = Name.S  # tab through links in structure order
        owners = structure.owners.get(index + 1, [])
        nums.extend([index, Array([made[id(node)] for node in owners])])
    for key, elem in extra:
        nums.extend([key, elem])
    tree_root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
    tree_root.ParentTreeNextKey = next_key
    pdf.Root.StructTreeRoot = tree_root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(language)
    prefs = pdf.Root.get("/ViewerPreferences", Dictionary())
    prefs.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = prefs
