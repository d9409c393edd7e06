"""The caps that keep a hostile or broken phone from harming the room, and the token
buckets that enforce the rates. Why each number is what it is: docs/participant-mode.md."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_body_bytes: int = 8192  # a note of 1,000 emoji (4 bytes each in UTF-8) and its fields
    max_note_chars: int = 1000  # a sticky note, not an essay
    max_id_chars: int = 64  # vote ids and note keys the page echoes
    max_connections: int = 256  # 60 phones with a few connections each, and room to spare
    max_connections_per_address: int = 16  # a browser opens at most 6 to one server
    idle_seconds: float = 10.0  # an idle or half-sent request's connection is closed
    body_seconds: float = 5.0  # the whole body of a request must arrive within this
    per_device_burst: int = 20  # a phone polls every ~2 s and sends a vote per tap
    per_device_rate: float = 5.0  # requests per second, sustained
    per_address_burst: int = 40
    per_address_rate: float = 10.0
    total_burst: int = 800  # 60 phones reloading at once, twice
    total_rate: float = 400.0  # ten times what 60 polling phones need
    code_tries_per_address: int = 5  # wrong join codes a minute from one address
    code_tries_total: int = 30  # wrong join codes a minute from everyone
    max_devices: int = 200
    max_notes: int = 100  # waiting for the facilitator at once
    join_code_digits: int = 8  # 10^8 codes: years to guess at 30 wrong tries a minute


class Bucket:
    """A token bucket: ``burst`` requests at once, refilled at ``rate`` per second."""

    __slots__ = ("_clock", "_stamp", "_tokens", "burst", "rate")

    def __init__(self, burst: float, rate: float, clock: Callable[[], float]) -> None:
        self.burst = burst
        self.rate = rate
        self._clock = clock
        self._tokens = float(burst)
        self._stamp = clock()

    def take(self) -> bool:
        now = self._clock()
        self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    def ready(self) -> bool:
        """Whether :meth:`take` would succeed now (without taking)."""
        now = self._clock()
        return self._tokens + (now - self._stamp) * self.rate >= 1

    def full(self) -> bool:
        now = self._clock()
        return self._tokens + (now - self._stamp) * self.rate >= self.burst


class Buckets:
    """One bucket per key (a device token, an address), forgotten once full again, so the
    map holds only the keys that were busy in the last seconds and keeps no history."""

    def __init__(
        self, burst: float, rate: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._burst = burst
        self._rate = rate
        self._clock = clock
        self._buckets: dict[str, Bucket] = {}

    def take(self, key: str) -> bool:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) > 1000:
                self.sweep()
            bucket = self._buckets[key] = Bucket(self._burst, self._rate, self._clock)
        return bucket.take()

    def sweep(self) -> None:
        for key in [k for k, b in self._buckets.items() if b.full()]:
            del self._buckets[key]

    def __len__(self) -> int:
        return len(self._buckets)
