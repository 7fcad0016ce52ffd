"""`python -m medicen_desktop` is the same as the `medicen-desktop` command."""

import sys

from medicen_desktop.cli import main

sys.exit(main())
