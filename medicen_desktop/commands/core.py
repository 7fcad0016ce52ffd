"""Foundation subcommands: demo, import-json, export-json (``list`` is in ``commands.listing``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from medicen_desktop.commands.common import (
    CommandError,
    Context,
    print_conflicts,
    read_input_file,
    refused,
)
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.jsonio import dump_document
from medicen_desktop.errors import WriteConflict
from medicen_desktop.services import files


def demo(context: Context, args: argparse.Namespace) -> int:
    from medicen_desktop.services import proposals  # writing (partner mode, merge): not for export-json

    print(proposals.create_demo(context.database()))
    return 0


def import_json(context: Context, args: argparse.Namespace) -> int:
    raw = read_input_file(args.file)
    from medicen_desktop.services import proposals

    try:
        print(proposals.import_json(context.database(), raw, args.file, update=args.update, actor="cli"))
    except InterchangeError as exc:
        raise refused(exc) from None
    except WriteConflict as exc:
        print_conflicts(args.file, exc)
        return 1
    return 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise CommandError(f"{path}: the folder {folder} does not exist")
    files.write_atomically(path, data)


def export_json(context: Context, args: argparse.Namespace) -> int:
    context.check_output(args.output)
    data = dump_document(context.document(args.proposal))
    try:
        write_atomically(Path(args.output), data)
    except OSError as exc:
        raise CommandError(f"{args.output}: cannot write ({exc.strerror})") from None
    return 0
