"""The door of the server: a connection beyond the caps (in total, or from one address) is
closed before aiohttp reads a byte of it. aiohttp caps bodies, header lines and idle time
itself, but not how many connections it holds."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any


class Doorman:
    """Counts open connections, in total and per address, in memory only; an address is
    forgotten when its last connection closes."""

    def __init__(self, total: int, per_address: int) -> None:
        self.total = total
        self.per_address = per_address
        self._open = 0
        self._by_address: dict[str, int] = {}

    def admit(self, address: str) -> bool:
        if self._open >= self.total or self._by_address.get(address, 0) >= self.per_address:
            return False
        self._open += 1
        self._by_address[address] = self._by_address.get(address, 0) + 1
        return True

    def leave(self, address: str) -> None:
        self._open -= 1
        left = self._by_address.pop(address) - 1
        if left:
            self._by_address[address] = left

    @property
    def open(self) -> int:
        return self._open


class Gate(asyncio.Protocol):
    """Hands an admitted connection to aiohttp's own protocol; refuses the others."""

    def __init__(self, doorman: Doorman, make: Callable[[], Any]) -> None:
        self._doorman = doorman
        self._make = make
        self._inner: Any = None
        self._address: str | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        peer = transport.get_extra_info("peername")
        address = str(peer[0]) if peer else ""
        if not self._doorman.admit(address):
            transport.abort()
            return
        self._address = address
        self._inner = self._make()
        self._inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        if self._inner is not None:
            self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received() if self._inner is not None else None

    def pause_writing(self) -> None:
        if self._inner is not None:
            self._inner.pause_writing()

    def resume_writing(self) -> None:
        if self._inner is not None:
            self._inner.resume_writing()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._inner is None:
            return
        assert self._address is not None
        self._doorman.leave(self._address)
        self._inner.connection_lost(exc)
        self._inner = None
