"""Command line: `medicen-desktop [--db PATH_OR_URL] [COMMAND ...]`.

With no command the GUI starts. Each command module in
``medicen_desktop.commands`` registers its subcommands; every handler calls
the service layer, never the database or a rule directly.

Exit codes: 0 done; 1 a finding (validation errors, merge conflicts);
2 bad input or refused file, with one line on stderr naming the file and
the problem, and nothing written.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from medicen_desktop.commands.common import CommandError, Context

COMMAND_MODULES = (
    "medicen_desktop.commands.core",
    "medicen_desktop.commands.rules",
    "medicen_desktop.commands.export",
    "medicen_desktop.commands.exchange",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medicen-desktop",
        description="Build, merge, check and export collaborative R&D funding proposals.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="database file or SQLAlchemy URL (default: $MEDICEN_DB, else the per-user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the GUI) and return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    context = Context(db=args.db)
    try:
        if args.command is None:
            from medicen_desktop.gui.app import run_gui

            return int(run_gui(context.database_location()))
        handler = args.handler
        return int(handler(context, args))
    except CommandError as exc:
        print(f"medicen-desktop: {exc}", file=sys.stderr)
        return exc.exit_code
    finally:
        context.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
