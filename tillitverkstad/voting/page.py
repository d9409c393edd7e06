"""What phones are served: the page's own files, read once at start, and the security
headers every answer carries."""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape

from tillitverkstad.paths import resource_dir
from tillitverkstad.voting.texts import page_texts

# Nothing inline and nothing from elsewhere: a note's text that slipped into the page as
# markup still could not run, load or send anything.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; font-src 'self'; "
    "img-src 'self'; connect-src 'self'; manifest-src 'none'; base-uri 'none'; "
    "form-action 'none'; frame-ancestors 'none'"
)

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


@dataclass(frozen=True)
class StaticFile:
    body: bytes
    content_type: str
    charset: str | None = "utf-8"


def page_files(language: str) -> dict[str, StaticFile]:
    """The page's files by path, read once at start: in the workshop's language, with the
    fonts and the icon it needs, and nothing from outside."""
    folder = resource_dir() / "participant"
    fonts = resource_dir() / "fonts"
    texts = page_texts(language)
    html = (folder / "index.html").read_text(encoding="utf-8")
    html = html.replace("{{lang}}", escape(language)).replace(
        "{{title}}", escape(str(texts["title"]))
    )
    return {
        "/": StaticFile(html.encode("utf-8"), "text/html"),
        "/app.js": StaticFile((folder / "app.js").read_bytes(), "text/javascript"),
        "/app.css": StaticFile((folder / "app.css").read_bytes(), "text/css"),
        "/texts.json": StaticFile(
            json.dumps(texts, ensure_ascii=False).encode("utf-8"),
            "application/json",
        ),
        "/fonts/regular.ttf": StaticFile(
            (fonts / "AtkinsonHyperlegible-Regular.ttf").read_bytes(), "font/ttf", None
        ),
        "/fonts/bold.ttf": StaticFile(
            (fonts / "AtkinsonHyperlegible-Bold.ttf").read_bytes(), "font/ttf", None
        ),
        "/icon.svg": StaticFile(
            (resource_dir() / "icons" / "tillitverkstad.svg").read_bytes(), "image/svg+xml", None
        ),
    }
