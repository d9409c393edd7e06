"""Follow-up figures over a library of 1000 workshops in 200 groups of five occasions:
listing the groups from the index, gathering a fifth occasion's earlier ones, starting a
follow-up, its report, and the first listing after an upgrade (every file from before
groups, each chain walked).

Prints its figures and exits 0; the last line reads
``follow_up: groups_1000_ms=.. earlier_ms=.. start_ms=.. report_s=.. upgrade_list_1000_s=..``.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "tests"))  # tests/story.py

from _common import median_ms
from story import baseline

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.content import load_content
from tillitverkstad.core.model import new_id
from tillitverkstad.operations import library as ops
from tillitverkstad.report import build_pdf
from tillitverkstad.storage.library import Library

GROUPS, OCCASIONS = 200, 5


def chain(content) -> list:
    """One group's five occasions, each a follow-up of the one before."""
    occasions = [baseline(content)]
    for _ in range(1, OCCASIONS):
        date = occasions[-1].date + dt.timedelta(days=180)
        occasions.append(uc.start_follow_up(occasions[-1], content, date))
    return occasions


def renamed(template: list, number: int) -> list:
    """The chain as another group: fresh ids, links and remembered occasions kept right."""
    ids = {ws.id: new_id() for ws in template}
    group = new_id()
    copies = []
    for ws in template:
        twin = copy.deepcopy(ws)
        twin.id, twin.group_id, twin.group = ids[ws.id], group, f"Ledningsgrupp {number:03d}"
        twin.follow_up_of = ids.get(ws.follow_up_of) if ws.follow_up_of else None
        twin.history = [replace(o, workshop_id=ids[o.workshop_id]) for o in twin.history]
        for item in twin.carried:
            item.from_workshop = ids[item.from_workshop]
        copies.append(twin)
    return copies


def as_version_3(library: Library) -> None:
    """Every file as the previous version wrote it: no group, no history, nothing carried."""
    for path in library.workshops_dir.glob("*.tillit.json"):
        data = json.loads(path.read_bytes())
        data["meta"]["1"]["schema"] = 3
        del data["workshop"]["1"]["group_id"]
        data.pop("carried", None)
        data.pop("history", None)
        for action in data["actions"].values():
            action["status"] = {"inte_paborjad": "planerad", "genomford": "klar"}.get(
                action["status"], action["status"]
            )
        path.write_text(json.dumps(data))
    library.index_path.unlink(missing_ok=True)


def main() -> int:
    content = load_content("sv")
    template = chain(content)
    with tempfile.TemporaryDirectory() as folder:
        library = ops.library_at(Path(folder))
        ops.prepare(library)
        for number in range(GROUPS):
            for ws in renamed(template, number):
                library.add(ws)
        library.list()  # a warm index, as in a library that has been used
        last = renamed(template, GROUPS)
        for ws in last:
            library.add(ws)
        fifth = library.read(last[-1].id)
        groups_ms = median_ms(lambda: ops.list_groups(library), 9)
        earlier_ms = median_ms(lambda: ops.earlier_occasions(library, fifth), 9)
        started = []

        def start() -> None:
            started.append(ops.start_follow_up(library, fifth.id, date=dt.date(2031, 1, 1)))

        start_ms = median_ms(start, 5)
        earlier = ops.earlier_occasions(library, fifth)
        begin = time.perf_counter()
        build_pdf(fifth, earlier=earlier)
        report_s = time.perf_counter() - begin
        for ws in started:
            ops.delete(library, ws.id)
        as_version_3(library)
        begin = time.perf_counter()
        listed = library.list()
        upgrade_s = time.perf_counter() - begin
        groups = ops.list_groups(library, listed)
    print(f"groups of a library of {len(listed)} ({len(groups)} groups): {groups_ms:.2f} ms")
    print(f"earlier occasions of a fifth occasion (4 files read): {earlier_ms:.2f} ms")
    print(f"starting a follow-up (read, carry, remember, store): {start_ms:.2f} ms")
    print(f"report of a fifth occasion, compared with four: {report_s:.2f} s")
    print(f"first listing after the upgrade, every chain walked: {upgrade_s:.2f} s")
    print(
        f"follow_up: groups_1000_ms={groups_ms:.2f} earlier_ms={earlier_ms:.2f} "
        f"start_ms={start_ms:.2f} report_s={report_s:.2f} upgrade_list_1000_s={upgrade_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
