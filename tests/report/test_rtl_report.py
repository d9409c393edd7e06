"""Right-to-left text in the PDF reads right wherever it is drawn: cover, every page's
footer, headings and contents, tables and chart labels, read back as an archivist's tool
reads it (poppler's pdftotext). Text is put in visual order exactly once; twice (or not
at all) would draw every Hebrew or Arabic word backwards."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import unicodedata

import pytest

from tillitverkstad.core import action_plan as plan
from tillitverkstad.core.content import load_content
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.report import build_pdf

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")

# Each word that must read in order; a number that must keep its digits' order.
GROUP = "קבוצת הנהלה 4815 🦄"  # RTL, digits and an emoji (printed as a marker)
PRINCIPLE = "אמון וּשְׁקִיפוּת"  # a heading, a contents line, a radar label, a table row
ACTION = "Ledningsgrupp مجموعة القيادة 2731 klar"  # LTR around Arabic, with digits
WORDS = ["קבוצת", "הנהלה", "אמון", "مجموعة", "القيادة", "Ledningsgrupp", "klar"]
NUMBERS = ["4815", "2731"]


def _bidi_controls_removed(text: str) -> str:
    # pdftotext wraps the RTL runs it finds in embedding marks (RLE … PDF).
    text = text.translate(dict.fromkeys([0x200E, 0x200F, *range(0x202A, 0x202F)]))
    return unicodedata.normalize("NFKC", text)  # Arabic presentation forms as letters


def _pages(data: bytes, tmp_path) -> list[str]:
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [_bidi_controls_removed(page) for page in text.split("\f") if page.strip()]


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    ws = demo_workshop(load_content("sv"), dt.date(2026, 11, 23))
    ws.group = GROUP
    principles = ws.content["principles"]["principles"]
    next(p for p in principles if p["id"] == "tillit")["name"] = PRINCIPLE
    plan.add_action(ws, ACTION, who="مدير 12", step_id="tillit")
    return _pages(build_pdf(ws), tmp_path_factory.mktemp("rtl"))


def _reversed(word: str) -> str:
    return word[::-1]


def test_no_right_to_left_word_is_drawn_backwards_anywhere(pages):
    text = " ".join(pages)
    for word in WORDS:
        assert word in text, word
        assert _reversed(word) not in text, word
    for number in NUMBERS:
        assert number in text and _reversed(number) not in text, number


def test_every_pages_footer_names_the_group_in_reading_order(pages):
    for index, page in enumerate(pages, start=1):
        footer = next(line for line in reversed(page.splitlines()) if "Sida" in line)
        assert "קבוצת" in footer and "הנהלה" in footer, (index, footer)
        assert "4815" in footer, (index, footer)


def test_the_heading_contents_chart_and_table_read_the_principle_in_order(pages):
    text = " ".join(pages)
    plain = "".join(ch for ch in text if not unicodedata.combining(ch))
    # Contents, the step's heading, the radar's label, the summary table, the action table.
    assert plain.count("אמון") >= 5
    assert "ןומא" not in plain


def test_a_marker_inside_right_to_left_text_is_not_mirrored(pages):
    cover = pages[0]
    assert "U+1F984" in cover
    assert "⟩U+1F984⟨" not in cover
