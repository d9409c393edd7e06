"""The shared screen's join slide for *Deltagarröstning*: how the participants' phones
reach the facilitator's computer. Kept beside :mod:`tillitverkstad.core.projection`, whose
``View`` includes it; like every view it is worded in the workshop's content language and
carries nothing private (the join token in the code is meant for the room)."""

from __future__ import annotations

from dataclasses import dataclass

from tillitverkstad.core import slide_text as st
from tillitverkstad.core.model import Workshop

QUIET_ZONE = 4  # modules of light margin every QR reader expects around the code


@dataclass(frozen=True)
class JoinView:
    title: str  # "Rösta från din telefon"
    how: str  # scan the code, or open the address and type the code
    address: str  # 192.168.137.1:8123, as typed into a phone's browser
    code_label: str  # "Kod"
    code: str  # "1234 5678": in two groups, easy to read aloud
    about: str  # one line of what it is: anonymous, nothing stored with a vote
    modules: tuple[tuple[bool, ...], ...]  # the QR code's rows, True for dark, no quiet zone


def join_view(
    ws: Workshop, address: str, code: str, modules: tuple[tuple[bool, ...], ...]
) -> JoinView:
    language = ws.language
    return JoinView(
        title=st.say(language, st.JOIN_TITLE),
        how=st.say(language, st.JOIN_HOW),
        # Every phone browser opens an address and port typed without the scheme; the
        # scheme would only make the line too long to read (the code carries all of it).
        address=address.removeprefix("http://"),
        code_label=st.say(language, st.JOIN_CODE),
        code=code,
        about=st.say(language, st.JOIN_ABOUT),
        modules=modules,
    )
