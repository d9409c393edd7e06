"""The listening socket and aiohttp's runner around the room's application: bound to one
address, refusing connections past the caps, and closed completely on stop."""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import socket

from aiohttp import web

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.voting.gate import Doorman, Gate
from tillitverkstad.voting.limits import Limits
from tillitverkstad.voting.server import QUIET, RoomServer

SHUTDOWN_SECONDS = 0.25  # requests in flight get this long to finish on stop


class StartError(TillitError):
    """The server could not start; nothing is left open."""


def checked_address(address: str) -> str:
    """``address`` as one IP address of this computer's; never "every interface"."""
    try:
        ip = ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError as error:
        raise StartError(
            QT_TRANSLATE_NOOP("errors", "{address} is not an address of this computer."),
            address=address,
        ) from error
    if ip.is_unspecified or ip.is_multicast:
        # 0.0.0.0 would listen on every network the laptop is on, a hotel's too.
        raise StartError(
            QT_TRANSLATE_NOOP("errors", "Choose one network: {address} means all of them."),
            address=address,
        )
    return str(ip)


def _bind(host: str, port: int) -> socket.socket:
    """A socket listening on ``host``: on ``port`` when it is free, else on any free port."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    for candidate in dict.fromkeys([port, 0]):
        try:
            # No SO_REUSEADDR on Windows (create_server leaves it off there): it would let
            # another program take over the port.
            return socket.create_server((host, candidate), family=family, backlog=128)
        except OSError as error:
            if error.errno == errno.EADDRINUSE and candidate != 0:
                continue
            if error.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
                raise StartError(
                    QT_TRANSLATE_NOOP("errors", "{address} is not an address of this computer."),
                    address=host,
                ) from error
            raise StartError(
                QT_TRANSLATE_NOOP(
                    "errors", "Participant voting could not listen on {address} ({problem})."
                ),
                address=host,
                problem=error.strerror or type(error).__name__,
            ) from error
    raise AssertionError("port 0 is always tried")


class Listener:
    def __init__(self, runner: web.AppRunner, server: asyncio.Server, port: int) -> None:
        self._runner = runner
        self._server = server
        self.port = port

    @classmethod
    async def open(cls, app: RoomServer, host: str, port: int, limits: Limits) -> Listener:
        """Listen on ``host``; raises StartError (with nothing left open) when it cannot."""
        sock = _bind(host, port)
        runner = web.AppRunner(
            app.application(),
            access_log=None,  # no access log: no address, user agent or time per request
            logger=QUIET,
            keepalive_timeout=limits.idle_seconds,  # also closes half-sent requests
            shutdown_timeout=SHUTDOWN_SECONDS,
            max_line_size=2048,
            max_field_size=2048,
            max_headers=40,
        )
        try:
            await runner.setup()
            make = runner.server
            assert make is not None
            doorman = Doorman(limits.max_connections, limits.max_connections_per_address)
            server = await asyncio.get_running_loop().create_server(
                lambda: Gate(doorman, make), sock=sock
            )
        except BaseException:
            sock.close()
            await runner.cleanup()
            raise
        return cls(runner, server, sock.getsockname()[1])

    async def close(self) -> None:
        self._server.close()
        await self._runner.cleanup()  # closes every connection it holds
        await self._server.wait_closed()
