import sys

from tillitverkstad.cli import main

sys.exit(main())
