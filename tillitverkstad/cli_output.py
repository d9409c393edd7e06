"""How the command line says things: every command's messages and output lines go through
these two, in the UI language, with the control characters of text from a file shown."""

from __future__ import annotations

from tillitverkstad.core.display import display_line
from tillitverkstad.core.i18n import translate


def say(text: str, language: str, **params: object) -> str:
    """A CLI message; text from a file (a group's name) has its control characters shown."""
    shown = {k: display_line(v) if isinstance(v, str) else v for k, v in params.items()}
    return translate("cli", text, language).format(**shown)


def out(line: str) -> None:
    print(line, flush=True)
