"""User text for the PDF: right-to-left scripts in order, missing glyphs made visible."""

from __future__ import annotations

import unicodedata

from tillitverkstad.report.fonts import REGULAR
from tillitverkstad.report.text import (
    glyph_safe,
    missing_characters,
    needs_actual_text,
    shaped,
    visual_lines,
)


def _names(text: str) -> list[str]:
    return [unicodedata.name(ch).split()[-1] for ch in text if ch != " "]


def test_hebrew_is_drawn_right_to_left_word_by_word():
    # "shalom olam": the first word read (rightmost) is drawn last.
    assert _names(shaped("שלום עולם")) == _names("םלוע םולש")


def test_hebrew_inside_swedish_keeps_the_swedish_order():
    shown = shaped("Hon sa שלום till alla")
    assert shown.startswith("Hon sa ") and shown.endswith(" till alla")
    assert shown[7:11] == "םולש"


def test_arabic_letters_are_joined_and_in_order():
    shown = shaped("مرحبا")
    assert all(0xFE70 <= ord(ch) <= 0xFEFF for ch in shown)  # contextual forms
    assert unicodedata.name(shown[-1]).startswith("ARABIC LETTER MEEM")  # first letter, rightmost


def test_a_long_right_to_left_paragraph_starts_on_its_first_line():
    words = ["אחת", "שתיים", "שלוש"] * 20 + ["סוף"]
    lines, rtl = visual_lines(" ".join(words), REGULAR, 10, 120)
    assert rtl and len(lines) > 3
    assert lines[0].endswith("תחא")  # the first word, at the right end of the first line
    assert lines[-1].startswith("ףוס")  # the last word, at the left end of the last line


def test_left_to_right_text_is_left_alone():
    assert shaped("Öppenhet & tillit") == "Öppenhet & tillit"
    assert not needs_actual_text("Öppenhet & tillit")
    lines, rtl = visual_lines("ett två tre", REGULAR, 10, 500)
    assert (lines, rtl) == (["ett två tre"], False)


def test_missing_characters_become_markers_and_are_listed_once():
    assert glyph_safe("Hej 🦄 och 🦄👍!") == "Hej ⟨U+1F984⟩ och ⟨U+1F984⟩⟨U+1F44D⟩!"
    assert missing_characters(["Hej 🦄", "🦄 名", "Å ä ö"]) == ["名", "🦄"]
    assert needs_actual_text("🦄")
