"""The phone page's own files: readable colours in light and dark (WCAG 2.1 AA), nothing
inline or from elsewhere, and every word it shows in the catalogue in Swedish."""

from __future__ import annotations

import re

import pytest

from tillitverkstad.paths import resource_dir
from tillitverkstad.voting.texts import PAGE, page_texts

PAGE_DIR = resource_dir() / "participant"


def _palettes() -> dict[str, dict[str, str]]:
    css = (PAGE_DIR / "app.css").read_text(encoding="utf-8")
    light = css.split("@media (prefers-color-scheme: dark)")[0]
    dark = css.split("@media (prefers-color-scheme: dark)")[1].split("}\n}")[0]

    def colours(block: str) -> dict[str, str]:
        return dict(re.findall(r"--([a-z-]+):\s*(#[0-9a-fA-F]{6})", block))

    return {"light": colours(light), "dark": colours(dark)}


def _luminance(colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_text_and_controls_meet_wcag_aa_contrast(scheme):
    c = _palettes()[scheme]
    for text in ("text", "muted", "error", "ok"):
        for ground in ("card", "bg"):
            assert _contrast(c[text], c[ground]) >= 4.5, (scheme, text, ground)
    assert _contrast(c["on-accent"], c["accent"]) >= 4.5, scheme
    for line in ("border", "focus", "accent"):  # outlines of controls, the focus ring
        assert _contrast(c[line], c["card"]) >= 3, (scheme, line)


def test_the_page_has_no_inline_script_or_style_and_loads_nothing_from_elsewhere():
    html = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
    assert "<style" not in html and " style=" not in html
    assert re.findall(r"<script[^>]*>", html) == ['<script src="/app.js" defer>']
    assert not re.search(r"\son[a-z]+\s*=", html)  # no inline event handlers
    for name in ("index.html", "app.js", "app.css"):
        text = (PAGE_DIR / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text, name
    js = (PAGE_DIR / "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js and "eval(" not in js and "document.write" not in js


def test_zooming_is_never_disabled():
    html = (PAGE_DIR / "index.html").read_text(encoding="utf-8")
    assert "user-scalable" not in html and "maximum-scale" not in html


def test_every_word_on_the_page_is_translated_to_swedish():
    swedish, english = page_texts("sv"), page_texts("en")
    assert [key for key in PAGE if swedish[key] == english[key]] == []
    assert swedish["closed_voted"] == "Tack – din röst är räknad."


def test_every_text_the_page_asks_for_exists():
    keys = set(re.findall(r'say\("([a-z_]+)"', (PAGE_DIR / "app.js").read_text(encoding="utf-8")))
    keys |= set(re.findall(r'data-text="([a-z_]+)"', (PAGE_DIR / "index.html").read_text()))
    assert keys <= set(PAGE)
