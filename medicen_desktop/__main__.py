"""`python -m medicen_desktop` is the same as the `medicen-desktop` command."""

from medicen_desktop.cli import run

run()
