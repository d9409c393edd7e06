"""A shared folder of data packages as HR keeps one, for the overview benchmarks: groups of
five occasions, each a follow-up of the one before (each package carries its earlier
occasions), in a few organisations, with agreed values that differ between groups.

Making 10 000 packages takes a while, so a folder is made once and kept outside the
repository (in the temp folder) for the next run; a run that was stopped half-way leaves
no marker and the folder is made again.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from pathlib import Path

from tillitverkstad.core.model import Consensus, new_id

GENERATION = 1  # bump when the packages made here change, so a kept folder is made again
OCCASIONS = 5
VARIANTS = 7  # chains with other agreed values; group n follows variant n % VARIANTS
ORGANISATIONS = [f"Exempelkommunen, förvaltning {n}" for n in range(1, 9)]
TEMPLATE_GROUP = "Ledningsgrupp IFO"
TEMPLATE_ORGANISATION = "Exempelkommunen, socialförvaltningen"


def kept_folder(count: int) -> Path:
    return Path(tempfile.gettempdir()) / "tillitverkstad-bench" / f"packages-{count}-g{GENERATION}"


def _variant(content, number: int) -> list[str]:
    """One group's five packages as JSON text, its agreed values shifted by ``number``."""
    from story import baseline, follow_up

    from tillitverkstad.operations.packages import package_bytes

    principles = {p.id for p in content.principles}

    def shifted(ws, k: int) -> None:
        # Set directly: the baseline is finished, and a follow-up copies these values.
        for i, step in enumerate(s for s in ws.steps if s in principles):
            rating = ws.record(step).rating
            rating.agreed_current = 1 + (number + i + k // 2) % 4
            rating.agreed_desired = min(5, rating.agreed_current + 1 + number % 2)
            rating.consensus = Consensus.AGREEMENT

    occasions = [baseline(content)]
    shifted(occasions[0], 0)
    for k in range(1, OCCASIONS):
        date = occasions[-1].date + dt.timedelta(days=180)
        occasions.append(follow_up(occasions[-1], content, date))
        shifted(occasions[-1], k)
    return [package_bytes(ws).decode("utf-8") for ws in occasions]


def _ids(text: str) -> list[str]:
    data = json.loads(text)
    return [data["workshop"]["id"], data["workshop"]["group_id"]]


def package_folder(content, count: int) -> Path:
    """A folder of ``count`` packages (``count // 5`` groups), made or found kept."""
    folder = kept_folder(count)
    marker = folder.with_name(folder.name + ".complete")
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    variants = [_variant(content, n) for n in range(VARIANTS)]
    template_ids = [sorted({i for text in chain for i in _ids(text)}) for chain in variants]
    for number in range(count // OCCASIONS):
        chain, ids = variants[number % VARIANTS], template_ids[number % VARIANTS]
        fresh = {old: new_id() for old in ids}
        name = json.dumps(f"Ledningsgrupp {number:04d}", ensure_ascii=False)[1:-1]
        organisation = ORGANISATIONS[number % len(ORGANISATIONS)]
        for text in chain:
            for old, new in fresh.items():
                text = text.replace(old, new)
            text = text.replace(TEMPLATE_GROUP, name).replace(TEMPLATE_ORGANISATION, organisation)
            (folder / f"{_ids(text)[0]}.json").write_text(text, encoding="utf-8")
    marker.touch()
    return folder
