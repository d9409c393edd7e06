"""The app's one policy for Python's garbage collector (Qt-free, standard library only).

Why it needs one: a full collection walks every object the program holds and stops every
thread while it does, the window's too, whichever thread set it off. Over an overview of
10 000 packages (some 600 000 objects) one takes half a second to two seconds; over the
bare window some 30 ms. Young collections walk only what was made a moment ago and stay
short, and they take most of the cyclic garbage a job makes.

So:

- While a long job runs (:func:`hold`, or :func:`long_job` as a with-block), automatic
  *full* collections wait; young ones go on. Holds may be taken from any thread, any
  number at a time; the collector's own thresholds are put back when the last one is
  released, however its job ended (success, failure or cancel).
- A job whose result stays for long (a folder read, an overview shown) says so
  (``keeps=True``): as it starts, and no other job runs, what exists is collected and
  frozen (:func:`settle`, which walks only what was made since the last freeze: little);
  once its result has been handed over (``release(kept=True)``) and no job runs any more,
  a young collection and a freeze move the result out of later collections' sight too.
- A stretch of time rather than a job (participant voting: 60 phones' requests make
  garbage on the server's thread for an hour) begins with :func:`settle`, at a moment the
  user chose (the facilitator has just started it), and ends with :func:`thaw`, so that
  what died meanwhile inside the frozen heap is freed by the next full collection.

A frozen object is still freed when nothing refers to it any more; only a reference cycle
among frozen objects would stay until the process ends. The long-lived results are data
without cycles (``tests/test_heap.py`` checks that reading a folder and working out its
overview leave none), and what was made and dropped before a freeze is collected first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# A count of middle-generation collections never reached: automatic full collections
# wait (Python runs one once the count passes the third threshold, 10 by default).
_NEVER = 1 << 30


class _Policy:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._holds = 0
        self._saved: tuple[int, int, int] | None = None
        self._freeze = False

    def take(self, keeps: bool) -> None:
        with self._lock:
            if self._holds == 0:
                if keeps:
                    settle()
                self._saved = gc.get_threshold()
                young, middle, _ = self._saved
                gc.set_threshold(young, middle, _NEVER)
            self._holds += 1

    def give_back(self, kept: bool) -> None:
        with self._lock:
            if self._holds == 0:
                raise RuntimeError("a hold on the collector was released twice")
            self._freeze = self._freeze or kept
            self._holds -= 1
            if self._holds:
                return
            if self._freeze:
                self._freeze = False
                gc.collect(1)  # what the jobs made and dropped goes first, not frozen
                gc.freeze()
            assert self._saved is not None
            gc.set_threshold(*self._saved)
            self._saved = None

    @property
    def holds(self) -> int:
        return self._holds


_policy = _Policy()


class Hold:
    """A long job's hold on the collector; see :func:`hold`."""

    def __init__(self, keeps: bool) -> None:
        self._released = False
        _policy.take(keeps)

    def release(self, *, kept: bool = False) -> None:
        """The job has ended. ``kept``: its result is long-lived and has been handed over;
        it is frozen once no job runs any more. A second release does nothing."""
        if self._released:
            return
        self._released = True
        _policy.give_back(kept)


def hold(*, keeps: bool = False) -> Hold:
    """Full collections wait until the returned hold is released. ``keeps``: the job's
    result will stay for long; see the module's docstring."""
    return Hold(keeps)


@contextmanager
def long_job(*, keeps: bool = False) -> Iterator[Hold]:
    """:func:`hold` for the block; a result it keeps is frozen only when the block ends
    without an exception."""
    taken = hold(keeps=keeps)
    try:
        yield taken
    except BaseException:
        taken.release()
        raise
    taken.release(kept=keeps)


def settle() -> None:
    """Collect once, then keep everything that exists out of later collections: the
    collection walks what was made since the last freeze, so call it where a short
    pause is expected (the user has just clicked)."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Let full collections walk everything again: reference cycles that died while frozen
    are freed by the next one. For the end of a stretch that :func:`settle` began; the
    next job that keeps its result (or the next :func:`settle`) freezes again."""
    gc.unfreeze()


def jobs_running() -> int:
    """How many holds are taken (for tests and benchmarks)."""
    return _policy.holds
