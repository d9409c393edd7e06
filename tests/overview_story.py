"""A library with several leadership groups for the overview's tests: the IFO group's
three occasions (tests/story.py), a school group met twice with other values, a care
group met once without the balance step, in two organisations. ``TODAY`` is when HR reads
it: some actions are past their date by then."""

from __future__ import annotations

import datetime as dt

from story import THIRD_RATINGS, baseline, follow_up, rate

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.core.model import Consensus, NoteCategory, Template, Workshop

TODAY = dt.date(2027, 6, 1)
SOCIAL = "Exempelkommunen, socialförvaltningen"
SCHOOL = "Exempelkommunen, utbildningsförvaltningen"


def ifo(content) -> list[Workshop]:
    first = baseline(content)
    second = follow_up(first, content)
    third = follow_up(second, content, date=dt.date(2027, 3, 16), ratings=THIRD_RATINGS)
    third.created = "2027-03-16T08:00:00+00:00"
    return [first, second, third]


def school(content) -> list[Workshop]:
    first = demo_workshop(content, dt.date(2026, 4, 20))
    first.group, first.organisation = "Ledningsgrupp Skola", SCHOOL
    first.created = "2026-04-20T08:00:00+00:00"
    rate(first, {"tillit": (2, 4, Consensus.AGREEMENT), "kunskap": (4, 4, Consensus.AGREEMENT)})
    uc.add_note(first, "kunskap", NoteCategory.IDEAS, "Kollegial handledning varje månad")
    uc.finish_workshop(first, dt.datetime(2026, 4, 20, 16))
    second = uc.start_follow_up(first, content, dt.date(2027, 1, 12))
    second.created = "2027-01-12T08:00:00+00:00"
    rate(second, {"tillit": (3, 4, Consensus.AGREEMENT), "kunskap": (3, 5, Consensus.AGREEMENT)})
    return [first, second]


def care(content) -> Workshop:
    """Met once, the three cornerstones, nothing agreed on Organisering."""
    ws = uc.create_workshop(
        content,
        group="Ledningsgrupp Vård",
        organisation=SOCIAL,
        date=dt.date(2027, 2, 2),
        participant_count=7,
        template=Template.CORNERSTONES,
    )
    ws.created = "2027-02-02T08:00:00+00:00"
    rate(ws, {"styrning": (2, 4, Consensus.DISAGREEMENT)})
    uc.add_note(ws, "styrning", NoteCategory.TODAY, "Vi följer upp med färre mått än förr")
    uc.add_note(ws, "styrning", NoteCategory.OBSTACLES, "Hinder som inte är ett exempel")
    uc.set_private_notes(ws, "styrning", "Privat: ska aldrig synas i översikten")
    return ws


def groups(content) -> dict[str, list[Workshop]]:
    return {"ifo": ifo(content), "school": school(content), "care": [care(content)]}


def fill(library, content) -> dict[str, list[Workshop]]:
    made = groups(content)
    for chain in made.values():
        for ws in chain:
            library.add(ws)
    return made
