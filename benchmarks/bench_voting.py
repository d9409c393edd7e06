"""Deltagarröstning under load: 60 phones voting at once on loopback.

    python benchmarks/bench_voting.py

Sixty simulated participants, each a real HTTP client (aiohttp) with its own device token
and its own loopback address (127.0.0.11 … 127.0.0.70, so the per-address caps act as they
would on a room's network), run in a separate process as phones would. They poll the room
every 2 s as the page does and vote in waves: in each wave all sixty send a choice at the
same moment (the first two waves each scale, the rest changed choices).

The latency of a vote is measured from the moment its wave was sent to the moment the
facade's event carrying the new count arrives on the main thread through a queued Qt
signal, exactly how part 2's window will receive it (the k-th event of a wave is taken as
the k-th vote: an upper bound, since every vote of a wave left at or after its start).

The stall figure needs the window, which part 2 builds: for now it is the longest gap
between ticks of a 1 ms ``QTimer`` in a bare ``QCoreApplication`` event loop on the main
thread while the server runs on its thread and the events arrive through the queued signal.

Prints its figures and exits 0; the last line is
``voting: participants=60 p95_ms=X errors=N stall_ms=Y``. Goals: p95 <= 200 ms, errors 0,
stall <= 16 ms. Only loopback addresses are used.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PARTICIPANTS = 60
WAVES = 10
PAUSE_S = 0.4  # between waves
POLL_S = 2.0  # as the page polls


async def _phones(address: str, token: str, vote_id: str, report) -> None:
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
    began = time.monotonic()
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

    async def vote(n: int, scale: str, value: int) -> None:
        nonlocal errors
        sequence[n] += 1
        body = {"vote": vote_id, "scale": scale, "value": value, "seq": sequence[n]}
        async with sessions[n].post(
            "/api/vote", json=body, headers={"X-Device": devices[n]}
        ) as answer:
            errors += answer.status != 200
            await answer.read()

    pollers = [asyncio.create_task(poll(n)) for n in range(PARTICIPANTS)]
    starts = []
    for wave in range(WAVES):
        scale = "desired" if wave % 2 else "current"
        await asyncio.sleep(PAUSE_S)
        starts.append(time.monotonic())
        await asyncio.gather(*(vote(n, scale, 1 + (n + wave) % 5) for n in range(PARTICIPANTS)))
    ended = time.monotonic()
    stop.set()
    await asyncio.gather(*pollers)
    for session in sessions:
        await session.close()
    report.send((starts, errors, began, ended))


def _phone_process(address: str, token: str, vote_id: str, report) -> None:
    # The phones are not the laptop: on this machine their simulation must not take the
    # cores from the process that is measured, so it yields to it.
    os.nice(19)
    asyncio.run(_phones(address, token, vote_id, report))


def main() -> None:
    from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

    from tillitverkstad.core.model import Scale
    from tillitverkstad.voting.ballot import Ballot, ScaleQuestion
    from tillitverkstad.voting.events import VoteCounted
    from tillitverkstad.voting.facade import VotingServer

    app = QCoreApplication([])

    class Bridge(QObject):
        arrived = Signal(object)

    bridge = Bridge()
    arrivals: list[float] = []

    def on_event(event: object) -> None:
        if isinstance(event, VoteCounted):
            arrivals.append(time.monotonic())

    bridge.arrived.connect(on_event, Qt.ConnectionType.QueuedConnection)
    server = VotingServer(bridge.arrived.emit)  # called on the server's thread
    invitation = server.start("127.0.0.1", "sv")
    ballot = Ballot(
        "tillit",
        "Tillit",
        "Vi utgår från förtroende.",
        (ScaleQuestion(Scale.CURRENT, "Nuläge", "?"), ScaleQuestion(Scale.DESIRED, "Önskat", "?")),
        ((1, "Stämmer inte"), (5, "Stämmer helt")),
    )
    vote_id = server.open_vote(ballot, max_voters=PARTICIPANTS)

    ticks: list[float] = []

    def tick() -> None:
        ticks.append(time.monotonic())

    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(tick)
    ticker.start(1)

    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    token = invitation.url.split("#t=", 1)[1]
    phones = context.Process(
        target=_phone_process, args=(invitation.address, token, vote_id, send), daemon=True
    )
    phones.start()
    outcome: list[tuple[list[float], int, float, float]] = []

    def check() -> None:
        if receive.poll():
            outcome.append(receive.recv())
        expected = WAVES * PARTICIPANTS
        if outcome and (len(arrivals) >= expected - outcome[0][1] or not phones.is_alive()):
            app.quit()

    watcher = QTimer()
    watcher.timeout.connect(check)
    watcher.start(20)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(app.quit)
    deadline.start(120_000)
    app.exec()
    ticker.stop()
    phones.join(10)
    tally = server.close_vote()
    server.stop()

    starts, errors, began, ended = outcome[0] if outcome else ([], PARTICIPANTS * WAVES, 0, 0)
    latencies = [
        (arrival - starts[k // PARTICIPANTS]) * 1000
        for k, arrival in enumerate(arrivals)
        if k // PARTICIPANTS < len(starts)
    ]
    missing = WAVES * PARTICIPANTS - len(arrivals)
    errors += max(missing, 0)
    p95 = statistics.quantiles(latencies, n=20)[-1] if len(latencies) > 1 else float("nan")
    # While the phones join and vote (not while the simulation's own process starts up).
    during = [t for t in ticks if began <= t <= ended]
    stall = max((b - a for a, b in itertools.pairwise(during)), default=0.0) * 1000
    print(f"votes sent: {WAVES * PARTICIPANTS} in {WAVES} waves of {PARTICIPANTS}")
    print(f"events seen in the window thread: {len(arrivals)}")
    print(f"median_ms={statistics.median(latencies):.1f} max_ms={max(latencies):.1f}")
    print(f"final count: nuläge {sum(tally.current)}, önskat läge {sum(tally.desired)}")
    print(
        f"voting: participants={PARTICIPANTS} p95_ms={p95:.1f} errors={errors} stall_ms={stall:.1f}"
    )


if __name__ == "__main__":
    main()
