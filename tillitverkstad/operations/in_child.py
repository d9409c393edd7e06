"""A long export made in a process of its own, for the window.

Python runs one thread at a time (the GIL). The overview's PDF of HR's 10 000 packages is
half a minute of ReportLab and pikepdf, and parts of it hold the GIL for a third of a
second at a stretch (pikepdf's save and the freeing of its document, collections of
ReportLab's layout): on a worker thread of the window's process the window would freeze
for as long each time. In a process of its own it holds only its own GIL.

:func:`produce_in_child` runs ``produce(pieces, out, progress=...)`` in a child process
started afresh (``spawn``: the same on Windows, macOS and Linux, and in the PyInstaller
bundle, whose entry point calls ``multiprocessing.freeze_support()``). What it needs is
handed over in a scratch folder this process makes, a piece at a time (one pickle of an
overview of 10 000 packages holds the GIL for a third of a second while pickle's table of
what it has seen grows; a piece's table stays small); it writes its result into that
folder, reports how far it is over a pipe, and this process copies the finished result
into ``out``. A cancel stops the child at once (it is killed: it owns no file, so nothing
of it can be left half-written) and the scratch folder goes with whatever was in it.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, BinaryIO, Protocol

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.jobs import JobProgress
from tillitverkstad.logfile import log

JOB = "job.pickle"
RESULT = "result"
LISTEN_S = 0.05  # between two chances to cancel while the child says nothing
REPORT_EVERY_S = 0.05  # the child's progress, at most this often
COPY_CHUNK = 1 << 20


class Produce(Protocol):
    """A picklable function (a module's, or a ``functools.partial`` of one) that writes its
    result, made of ``pieces``, to ``out`` and tells ``progress`` how far it is."""

    def __call__(self, pieces: list[Any], out: BinaryIO, *, progress: JobProgress) -> object: ...


class ChildFailed(Exception):
    """The child process failed unexpectedly (a bug, never the user's doing). Its stack
    (never its message, which may quote what someone wrote) is kept for the log."""

    def __init__(self, kind: str, stack: str) -> None:
        super().__init__(f"the export process failed: {kind}")
        self.stack = stack


def produce_in_child(
    produce: Produce, pieces: Sequence[object], out: BinaryIO, progress: JobProgress
) -> None:
    """``produce(list(pieces), out, progress=...)`` in a child process; see the module's
    docstring. Raises what ``progress.advance`` raises (``Cancelled``), the child's
    ``TillitError`` or ``OSError``, or :class:`ChildFailed`."""
    context = multiprocessing.get_context("spawn")
    with tempfile.TemporaryDirectory(prefix="tillitverkstad-") as folder:
        scratch = Path(folder)
        with open(scratch / JOB, "wb") as job:
            pickle.dump(produce, job, protocol=pickle.HIGHEST_PROTOCOL)
            for piece in pieces:
                progress.advance(0, 1)  # a chance to cancel, and the window's turn
                pickle.dump(piece, job, protocol=pickle.HIGHEST_PROTOCOL)
        ours, theirs = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(theirs, folder), daemon=True)
        child.start()
        theirs.close()
        try:
            _follow(ours, child, progress)
        finally:
            if child.is_alive():
                child.kill()
            child.join()
            ours.close()
        with open(scratch / RESULT, "rb") as made:
            shutil.copyfileobj(made, out, COPY_CHUNK)


def _follow(messages: Connection, child: BaseProcess, progress: JobProgress) -> None:
    done, total = 0, 1
    while True:
        if not messages.poll(LISTEN_S):
            progress.advance(done, total)  # a chance to cancel while the child works on
            continue
        try:
            message = messages.recv()
        except EOFError:  # it ended without a word: killed, or out of memory
            child.join()
            raise ChildFailed(f"exit code {child.exitcode}", "") from None
        kind = message[0]
        if kind == "progress":
            done, total = message[1], message[2]
            progress.advance(done, total)
        elif kind == "done":
            return
        elif kind == "error":
            raise message[1]
        else:
            log.error("export process: %s\n%s", message[1], message[2])  # its stack, no message
            raise ChildFailed(message[1], message[2])


# --- in the child ------------------------------------------------------------------------


class _Reporter:
    """The child's progress, sent to the parent now and then."""

    def __init__(self, messages: Connection) -> None:
        self._messages = messages
        self._last = 0.0

    def advance(self, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self._last >= REPORT_EVERY_S or done >= total:
            self._last = now
            self._messages.send(("progress", done, total))


def _child(messages: Connection, folder: str) -> None:
    scratch = Path(folder)
    tempfile.tempdir = folder  # whatever the export puts aside goes where the parent clears
    try:
        with open(scratch / JOB, "rb") as job:
            produce: Callable[..., object] = pickle.load(job)
            pieces = []
            with contextlib.suppress(EOFError):
                while True:
                    pieces.append(pickle.load(job))
        with open(scratch / RESULT, "wb") as out:
            produce(pieces, out, progress=_Reporter(messages))
    except (TillitError, OSError) as exc:
        messages.send(("error", exc.with_traceback(None)))
    except BaseException as exc:  # a bug: the parent logs it, never shows it raw
        stack = "".join(traceback.format_tb(exc.__traceback__))
        messages.send(("failed", type(exc).__qualname__, stack))
    else:
        messages.send(("done",))
    finally:
        messages.close()
