"""Bookmarks and the contents: each one lands on the page of its own heading."""

from __future__ import annotations

from pdfread import page_texts, read


def _heading_page(pages: list[str], title: str) -> int:
    """The page a section heading starts (each section starts at the top of a page)."""
    found = [n for n, text in enumerate(pages) if text.startswith(title)]
    assert len(found) == 1, (title, found)
    return found[0]


def _destination_page(reader, dest) -> int:
    return reader.get_page_number(dest[0].get_object().indirect_reference)


def test_every_bookmark_lands_on_its_headings_page(demo_pdf):
    _, data = demo_pdf
    reader, pages = read(data), page_texts(data)
    outline = reader.outline
    assert len(outline) == 12
    landed = [(item.title, reader.get_destination_page_number(item)) for item in outline]
    assert landed == [(title, _heading_page(pages, title)) for title, _ in landed]
    assert len({page for _, page in landed}) == len(landed)


def test_a_bookmark_opens_at_its_heading_not_just_its_page(demo_pdf):
    _, data = demo_pdf
    reader = read(data)
    for item in reader.outline:
        assert item["/Type"] == "/XYZ"
        top = float(item["/Top"])
        assert 700 < top < 842  # the page's top margin; every section starts a page


def test_every_contents_link_lands_on_its_headings_page_and_says_so(demo_pdf):
    _, data = demo_pdf
    reader, pages = read(data), page_texts(data)
    cover = reader.pages[0]
    links = [a.get_object() for a in cover["/Annots"] if a.get_object()["/Subtype"] == "/Link"]
    assert len(links) == 12
    printed = []
    for link, item in zip(links, reader.outline, strict=True):
        page = _destination_page(reader, link["/Dest"])
        assert page == _heading_page(pages, item.title)
        assert link["/Contents"] == item.title
        printed.append(str(page + 1))
    # The numbers printed in the contents (written in last) are those pages, from 1.
    assert " ".join(printed) in pages[0]
