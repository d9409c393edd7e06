"""A kill at any moment leaves the workshop file holding the last save that completed."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import textwrap

import pytest

from tillitverkstad.storage.library import Library

TRIALS = 50

SAVER = textwrap.dedent(
    """
    import sys
    from tillitverkstad.storage.library import Library
    opened = Library(sys.argv[1]).open(sys.argv[2])
    record = opened.workshop.record("tillit")
    i = 0
    while True:
        i += 1
        record.free_notes = f"edit {i} " + "x" * (i % 5000)
        print("begin", i, flush=True)
        opened.save()
        print("done", i, flush=True)
    """
)


@pytest.mark.posix
@pytest.mark.slow
def test_note_survives_kill_during_save(library: Library, demo):
    library.add(demo)
    rng = random.Random(20261123)
    for trial in range(TRIALS):
        child = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(library.data_dir), demo.id],
            stdout=subprocess.PIPE,
            text=True,
        )
        # The child saves as fast as it can; killing after a random number of lines lands
        # the signal at an arbitrary point inside a save.
        seen = [child.stdout.readline() for _ in range(rng.randint(2, 60))]
        child.send_signal(signal.SIGKILL)
        seen += child.communicate()[0].splitlines()
        lines = [line.split() for line in seen if line.strip()]
        done = max((int(n) for word, n in lines if word == "done"), default=None)
        begun = max((int(n) for word, n in lines if word == "begin"), default=None)
        text = library.read(demo.id).record("tillit").free_notes
        saved = int(text.split()[1]) if text.startswith("edit") else None
        # Exactly the last completed save: the last one reported done, or the one that had
        # begun and completed but was killed before it could report.
        assert saved is not None, f"trial {trial}: nothing saved"
        assert saved in {done, begun}, f"trial {trial}: read {saved}, done {done}, begun {begun}"
        assert [s.readable for s in library.list()] == [True]
        library.remove_leftovers()  # a killed save may leave its temp file; never the real one
        assert not [p for p in library.workshops_dir.iterdir() if p.name.endswith(".tmp")]
