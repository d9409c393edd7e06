"""Deltagarröstning under load, with the real facilitator window: 60 phones voting at once
on loopback.

    python benchmarks/bench_voting.py

The real ``MainWindow`` (offscreen) opens a workshop of sixty participants on a principle,
shows it to the group (the shared screen and its preview repaint too) and turns
participant voting on at 127.0.0.1. Sixty simulated participants, each a real HTTP client
(aiohttp) with its own device token and its own loopback address (127.0.0.11 …
127.0.0.70, so the per-address caps act as on a room's network), run in a separate process
as phones would, and poll the room every 2 s as the page does. The window opens a vote
on five principles in turn; each time all sixty send a choice on *nuläge* at the same
moment, then all sixty on *önskat läge*, and the window closes the vote (storing the
counts) and moves on.

The latency of a vote runs from the moment its wave was sent to the moment the count in
the window's strip first reached it (the k-th vote of a wave is taken as shown when the
count shows k: an upper bound, since every vote of the wave left at or after its start).
The stall is the longest gap between ticks of a 1 ms ``QTimer`` on the window's thread
while the phones vote.

Prints its figures and exits 0; the last line is
``voting: participants=60 p95_ms=X errors=N stall_ms=Y``. Goals: p95 <= 200 ms, errors 0,
stall <= 16 ms. Only loopback addresses are used.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import itertools
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARTICIPANTS = 60
ROUNDS = 5  # votes opened; each has a wave on each scale
PAUSE_S = 0.4  # before each wave
POLL_S = 2.0  # as the page polls


async def _phones(address: str, token: str, pipe) -> None:
    import aiohttp

    timeout = aiohttp.ClientTimeout(total=10)
    sessions = [
        aiohttp.ClientSession(
            address,
            connector=aiohttp.TCPConnector(local_addr=(f"127.0.0.{11 + n}", 0), limit=4),
            headers={"X-Join-Token": token},
            timeout=timeout,
        )
        for n in range(PARTICIPANTS)
    ]
    errors = 0
    devices: list[str] = []
    for session in sessions:
        async with session.post("/api/join", json={}) as answer:
            devices.append((await answer.json())["device"])
    sequence = [0] * PARTICIPANTS
    stop = asyncio.Event()

    async def poll(n: int) -> None:
        nonlocal errors
        await asyncio.sleep(POLL_S * n / PARTICIPANTS)
        while not stop.is_set():
            async with sessions[n].get("/api/state", headers={"X-Device": devices[n]}) as answer:
                errors += answer.status != 200
                await answer.read()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), POLL_S)

    async def vote(n: int, vote_id: str, scale: str, value: int) -> None:
        nonlocal errors
        sequence[n] += 1
        body = {"vote": vote_id, "scale": scale, "value": value, "seq": sequence[n]}
        async with sessions[n].post(
            "/api/vote", json=body, headers={"X-Device": devices[n]}
        ) as answer:
            errors += answer.status != 200
            await answer.read()

    pollers = [asyncio.create_task(poll(n)) for n in range(PARTICIPANTS)]
    loop = asyncio.get_running_loop()
    pipe.send(("joined",))
    while True:
        message = await loop.run_in_executor(None, pipe.recv)
        if message[0] != "vote":
            break
        vote_id, starts = message[1], []
        for scale in ("current", "desired"):
            await asyncio.sleep(PAUSE_S)
            starts.append(time.monotonic())
            await asyncio.gather(
                *(vote(n, vote_id, scale, 1 + (n + len(starts)) % 5) for n in range(PARTICIPANTS))
            )
        pipe.send(("waved", starts, time.monotonic()))
    stop.set()
    await asyncio.gather(*pollers)
    for session in sessions:
        await session.close()
    pipe.send(("done", errors))


def _phone_process(address: str, token: str, pipe) -> None:
    # The phones are not the laptop: on this machine their simulation must not take the
    # cores from the process that is measured, so it yields to it.
    os.nice(19)
    asyncio.run(_phones(address, token, pipe))


def main() -> None:
    from PySide6.QtCore import QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from tillitverkstad.core import usecases as uc
    from tillitverkstad.core.content import load_content
    from tillitverkstad.storage.library import Library
    from tillitverkstad.ui.main_window import MainWindow
    from tillitverkstad.ui.settings import Settings

    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-voting-"))
    library = Library(folder / "data")
    ws = uc.create_workshop(
        load_content("sv"),
        group="Ledningsgrupp Mätning",
        date=dt.date(2026, 11, 23),
        participant_count=PARTICIPANTS,
    )
    ws.current_step = "tillit"
    library.add(ws)
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(library, settings)
    window.resize(1366, 768)
    window.show()
    window.open_workshop(ws.id)
    window.start_presenting()
    window.participants.toggle()  # the dialog; started here as its Start button would
    voting = window.participants.voting
    assert voting is not None
    voting.start("127.0.0.1", 3)
    invitation = voting.server.invitation
    assert invitation is not None and voting.dialog is None

    shown: list[tuple[float, int, int]] = []  # when the strip's count changed, and to what
    show_state = voting.strip.show_state

    def record(state) -> None:
        show_state(state)
        if state.vote is not None:
            shown.append((time.monotonic(), state.vote.current, state.vote.desired))

    voting.strip.show_state = record  # type: ignore[method-assign]

    ticks: list[float] = []
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticker.start(1)

    context = multiprocessing.get_context("spawn")
    mine, theirs = context.Pipe()
    token = invitation.url.split("#t=", 1)[1]
    phones = context.Process(
        target=_phone_process, args=(invitation.address, token, theirs), daemon=True
    )
    phones.start()
    waves: list[tuple[int, float, int]] = []  # round, start, scale index
    spans: list[tuple[float, float]] = []
    outcome: dict[str, int] = {}

    def next_round() -> None:
        voting.toggle_vote()
        assert voting.vote is not None
        mine.send(("vote", voting.vote.id))

    def check() -> None:
        while mine.poll():
            message = mine.recv()
            if message[0] == "joined":
                next_round()
            elif message[0] == "waved":
                starts, ended = message[1], message[2]
                number = len(spans)
                waves.extend((number, start, index) for index, start in enumerate(starts))
                spans.append((starts[0], ended))
                # The last vote may still be on its way: wait for its count, then close.
                QTimer.singleShot(300, close_round)
            elif message[0] == "done":
                outcome["errors"] = message[1]
                app.quit()
        if not phones.is_alive() and "errors" not in outcome:
            app.quit()

    def close_round() -> None:
        voting.toggle_vote()
        if len(spans) < ROUNDS:
            window.view.go_next()  # the next principle, as in a workshop
            next_round()
        else:
            mine.send(("stop",))

    watcher = QTimer()
    watcher.timeout.connect(check)
    watcher.start(10)
    QTimer.singleShot(180_000, app.quit)
    app.exec()
    ticker.stop()
    phones.join(10)
    voting.stop()

    latencies = []
    for number, start, index in waves:
        span = spans[number]
        counts = [(t, row[index]) for t, *row in shown if span[0] <= t <= span[1] + 1.0]
        for k in range(1, PARTICIPANTS + 1):
            when = next((t for t, count in counts if t >= start and count >= k), None)
            if when is not None:
                latencies.append((when - start) * 1000)
    missing = len(waves) * PARTICIPANTS - len(latencies)
    errors = outcome.get("errors", PARTICIPANTS * ROUNDS * 2) + max(missing, 0)
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else float("nan")
    stall = 0.0
    for begin, end in spans:
        during = [t for t in ticks if begin <= t <= end]
        stall = max(stall, max((b - a for a, b in itertools.pairwise(during)), default=0.0))
    stored = window.session.workshop.record("tillit").rating if window.session else None
    stored_steps = (
        sum(
            r.rating.current.total == PARTICIPANTS for r in window.session.workshop.records.values()
        )
        if window.session
        else 0
    )
    print(f"votes sent: {len(waves) * PARTICIPANTS} in {len(waves)} waves of {PARTICIPANTS}")
    print(f"count updates shown in the window: {len(shown)}")
    if latencies:
        print(f"median_ms={statistics.median(latencies):.1f} max_ms={max(latencies):.1f}")
    if stored is not None:
        print(
            f"stored on Tillit: nuläge {stored.current.total}, önskat läge {stored.desired.total}"
        )
        print(f"steps with all {PARTICIPANTS} votes stored: {stored_steps}")
    window.close()
    print(
        f"voting: participants={PARTICIPANTS} p95_ms={p95:.1f} errors={errors} "
        f"stall_ms={stall * 1000:.1f}"
    )


if __name__ == "__main__":
    main()
