"""A realistic, fully filled example workshop: for trying the app, the docs and the tests."""

from __future__ import annotations

import datetime as dt

from tillitverkstad.core import action_plan as plan
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.model import (
    ActionStatus,
    Consensus,
    NoteCategory,
    Scale,
    Template,
    Workshop,
)

TODAY, OBSTACLES, IDEAS = NoteCategory.TODAY, NoteCategory.OBSTACLES, NoteCategory.IDEAS

# step: (notes, votes now, votes desired, agreed now, agreed desired, consensus, reservation,
#        action (what, who, weeks from the workshop))
DEMO: dict[str, tuple] = {
    "tillit": (
        [
            (
                TODAY,
                "Vi utgår från att kollegor gör sitt bästa, men det skiftar mellan enheterna.",
            ),
            (TODAY, "Nya medarbetare får en fadder under första månaden."),
            (OBSTACLES, "Rapporteringskrav uppifrån signalerar misstro mot första linjens chefer."),
            (OBSTACLES, "Misstag lyfts sällan öppet – man är rädd att bli utpekad."),
            (IDEAS, "Börja varje ledningsgrupp med en lärdom från ett misstag."),
            (IDEAS, "Ta bort dubbelrapporteringen av sjukfrånvaro."),
        ],
        (0, 2, 4, 3, 0),
        (0, 0, 0, 4, 5),
        3,
        5,
        Consensus.AGREEMENT,
        "",
        ("Ta fram förslag på vilka rapporter som kan tas bort", "Avdelningschef", 6),
    ),
    "medborgarfokus": (
        [
            (TODAY, "Brukarundersökningen görs årligen men resultatet når sällan medarbetarna."),
            (TODAY, "Handläggarna ringer upp inom två dagar efter en orosanmälan."),
            (OBSTACLES, "Svårt att veta vad medborgarna faktiskt värdesätter hos oss."),
            (IDEAS, "Bjud in två brukarrepresentanter till en arbetsplatsträff per termin."),
            (IDEAS, "Följ en ärendekedja från medborgarens perspektiv, steg för steg."),
        ],
        (1, 3, 3, 2, 0),
        (0, 0, 1, 3, 5),
        2,
        4,
        Consensus.CONSENT_WITH_RESERVATION,
        "En enhetschef anser att nuläget är 3: enheten har redan brukarråd.",
        ("Pröva brukarrepresentanter på APT under våren", "Enhetschef barn och unga", 10),
    ),
    "helhetssyn": (
        [
            (TODAY, "Samverkan med skolan fungerar bra i enskilda ärenden."),
            (OBSTACLES, "Budgeten följs upp per enhet, vilket gör att ingen äger helheten."),
            (OBSTACLES, "Olika journalsystem mellan förvaltningarna."),
            (IDEAS, "Gemensam kunskapsdag med skola och elevhälsa en gång per termin."),
            (IDEAS, "Morgonmöten där alla kan sätta upp en punkt på tavlan."),
        ],
        (0, 1, 5, 3, 0),
        (0, 0, 2, 5, 2),
        3,
        4,
        Consensus.AGREEMENT,
        "",
        ("Boka en gemensam kunskapsdag med elevhälsan", "Verksamhetsutvecklare", 8),
    ),
    "handlingsutrymme": (
        [
            (TODAY, "Delegationsordningen är tydlig men upplevs som snäv."),
            (TODAY, "Enhetscheferna äger sina egna scheman."),
            (OBSTACLES, "Beslut över 20 000 kr måste lyftas två nivåer."),
            (OBSTACLES, "Medarbetare vågar inte alltid fatta beslut utan att fråga chefen."),
            (IDEAS, "Fråga ”vad föreslår du?” innan vi ger svar."),
            (IDEAS, "Se över beloppsgränserna i delegationsordningen."),
        ],
        (1, 4, 1, 3, 0),
        (0, 0, 0, 6, 3),
        2,
        4,
        Consensus.DISAGREEMENT,
        "Två deltagare vill inte ändra beloppsgränserna förrän revisionen är klar.",
        ("Se över beloppsgränserna i delegationsordningen", "Förvaltningschef", 12),
    ),
    "stod": (
        [
            (TODAY, "HR-partner finns på plats varannan vecka."),
            (OBSTACLES, "IT-stödet är långt borta och ärenden tar lång tid."),
            (OBSTACLES, "Administrativa uppgifter har flyttats till cheferna."),
            (IDEAS, "Kartlägg vilket administrativt stöd cheferna saknar mest."),
        ],
        (0, 3, 4, 2, 0),
        (0, 0, 1, 5, 3),
        2,
        4,
        Consensus.AGREEMENT,
        "",
        ("Kartlägg chefernas administrativa stödbehov", "HR-partner", 4),
    ),
    "kunskap": (
        [
            (TODAY, "Återkoppling i gruppen när någon varit på utbildning."),
            (TODAY, "Metodstöd enligt BBIC finns i varje team."),
            (OBSTACLES, "Ingen tid avsatt för kollegialt lärande."),
            (IDEAS, "En timme i månaden för ärendedragning och lärande."),
            (IDEAS, "Bjud in forskare från högskolan till en temadag."),
        ],
        (0, 1, 3, 4, 1),
        (0, 0, 0, 4, 5),
        3,
        5,
        Consensus.AGREEMENT,
        "",
        ("Avsätt en timme i månaden för kollegialt lärande", "Enhetschefer", 3),
    ),
    "oppenhet": (
        [
            (TODAY, "Protokoll från ledningsgruppen läggs på intranätet."),
            (OBSTACLES, "Kritik framförs i korridoren snarare än på mötet."),
            (IDEAS, "Avsluta varje möte med ”vad har vi inte pratat om?”."),
            (IDEAS, "Fira framgångar öppet, även små."),
        ],
        (0, 2, 3, 3, 1),
        (0, 0, 0, 3, 6),
        3,
        5,
        Consensus.CONSENT_WITH_RESERVATION,
        "Förvaltningschefen vill först diskutera vad som ska vara konfidentiellt.",
        ("Inför en öppen frågestund efter varje ledningsgruppsmöte", "Förvaltningschef", 2),
    ),
}

PRIVATE = {
    "tillit": "Lägg märke till att Johan var tyst – fråga honom i pausen.",
    "handlingsutrymme": "Känsligt ämne efter omorganisationen; håll tiden.",
}


def demo_workshop(content: Content, date: dt.date | None = None) -> Workshop:
    """Seven principles and the balance exercise, filled in as after a real session."""
    date = date or dt.date.today()
    principles = [p.id for p in content.core_principles()]
    ws = uc.create_workshop(
        content,
        group="Ledningsgrupp IFO",
        organisation="Exempelkommunen, socialförvaltningen",
        date=date,
        facilitator="Sara Lind, HR",
        participant_count=9,
        template=Template.CUSTOM,
        custom_steps=[*principles, "balans"],
    )
    ws.template = Template.ALL_SEVEN
    uc.set_free_notes(ws, "intro", "Syfte: gemensam bild av nuläget inför verksamhetsplanen.")
    for step in principles:
        notes, now, wanted, agreed_now, agreed_wanted, consensus, reservation, action = DEMO[step]
        for category, text in notes:
            uc.add_note(ws, step, category, text)
        uc.set_votes(ws, step, Scale.CURRENT, now)
        uc.set_votes(ws, step, Scale.DESIRED, wanted)
        uc.agree_rating(
            ws,
            step,
            current=agreed_now,
            desired=agreed_wanted,
            consensus=consensus,
            reservations=reservation,
        )
        uc.set_private_notes(ws, step, PRIVATE.get(step, ""))
        what, who, weeks = action
        plan.add_action(ws, what, who, date + dt.timedelta(weeks=weeks), step)
        uc.record_time(ws, step, 60 * ws.minutes[step] - 90)
        uc.set_step_done(ws, step, True)
    ws.actions[-1].status = ActionStatus.ONGOING
    for step in ("intro", "balans"):
        uc.set_step_done(ws, step, True)
    uc.set_balance(ws, "balans", "today", {"marknad": 25, "hierarki": 50, "tillit": 25})
    uc.set_balance(ws, "balans", "desired", {"marknad": 15, "hierarki": 35, "tillit": 50})
    for text in (
        "Att vi är mer eniga än jag trodde om vart vi vill.",
        "Handlingsutrymme behöver vi fortsätta prata om.",
        "Jag tar med mig frågan ”vad föreslår du?” till mitt team.",
    ):
        uc.add_reflection(ws, "closing", text)
    uc.go_to_step(ws, "closing")
    return ws
