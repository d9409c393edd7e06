"""Deltagarröstning: anonymous votes and notes from the participants' own phones over the
room's local network (Qt-free).

The only package that imports the web server (aiohttp). Importing any of it opens nothing:
the event loop, its self-pipe and every socket exist only between
:meth:`~tillitverkstad.voting.facade.VotingServer.start` and ``stop``. The window reaches it
through :class:`~tillitverkstad.voting.facade.VotingServer` alone (docs/participant-mode.md).
"""
