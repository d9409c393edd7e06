"""PyInstaller entry point: the same ``main`` as the installed ``tillitverkstad`` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The bundle is its own Python: a child process it starts (the overview's PDF is made
    # in one, operations/in_child.py) is this program again, told here to be the child.
    multiprocessing.freeze_support()

    from tillitverkstad.cli import main

    sys.exit(main())
