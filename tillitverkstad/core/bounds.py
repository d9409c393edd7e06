"""How much a file may hold before the app reads it: a data package or a workshop file.

Parsed JSON costs far more memory than its bytes (an empty object ``{}`` is 3 bytes on
disk and ~64 in memory), so both the bytes and the number of values are bounded before
anything is parsed. Within these bounds an import stays under 200 MiB
(``benchmarks/bench_limits.py``); a workshop of the largest notes allowed
(``core.text.MAX_NOTE``) on every step is ~10 MB.
"""

from __future__ import annotations

import re

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_FILE_VALUES = 500_000
# Strings, skipped when counting values: their commas and brackets are text.
_STRINGS = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


def too_many_values(raw: bytes, limit: int) -> bool:
    """Whether ``raw`` may hold more than ``limit`` JSON values. Counting every bracket and
    comma, strings included, is an upper bound found at the speed of ``bytes.count``; only
    when that is over the limit are the strings taken out (:func:`value_count`)."""
    rough = raw.count(b",") + raw.count(b"[") + raw.count(b"{") + 1
    return rough > limit and value_count(raw) > limit


def value_count(raw: bytes) -> int:
    """An upper bound on the number of JSON values in ``raw``, found without parsing it."""
    skeleton = _STRINGS.sub(b"0", raw)
    return skeleton.count(b",") + skeleton.count(b"[") + skeleton.count(b"{") + 1
