"""PyInstaller entry point: the same ``main`` as the installed ``tillitverkstad`` command."""

import sys

from tillitverkstad.cli import main

if __name__ == "__main__":
    sys.exit(main())
