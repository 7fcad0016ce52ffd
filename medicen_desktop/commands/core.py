"""Foundation subcommands: demo, list, import-json, export-json."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

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
from medicen_desktop.services import files, proposals


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    demo = subparsers.add_parser("demo", help="create the sample proposal (ÉPI-DIAG) and print its UUID")
    demo.set_defaults(handler=_demo)

    listing = subparsers.add_parser("list", help="list the proposals in the database")
    listing.add_argument("--json", action="store_true", help="print JSON instead of a table")
    listing.set_defaults(handler=_list)

    importer = subparsers.add_parser("import-json", help="import a proposal from interchange JSON")
    importer.add_argument("file", metavar="FILE")
    importer.add_argument("--update", action="store_true", help="merge the file into the proposal with the same UUID, keeping what changed since it was "
                          "exported; exit 1 listing the conflicts, nothing written, if a field changed on both sides")
    importer.set_defaults(handler=_import)

    exporter = subparsers.add_parser("export-json", help="write a proposal as interchange JSON")
    exporter.add_argument("proposal", metavar="PROPOSAL", help="UUID or acronym")
    exporter.add_argument("-o", "--output", metavar="FILE", required=True)
    exporter.set_defaults(handler=_export)


def _demo(context: Context, args: argparse.Namespace) -> int:
    print(proposals.create_demo(context.database()))
    return 0


def _list(context: Context, args: argparse.Namespace) -> int:
    rows = proposals.list_proposals(context.database())
    if args.json:
        print(json.dumps([
            {"uuid": r.uuid, "acronym": r.acronym, "title": r.title, "template": r.template_key,
             "language": r.language, "revision": r.revision,
             "updated_at": r.updated_at.isoformat() if r.updated_at else None}
            for r in rows
        ], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.uuid}  {r.acronym:<16}  {r.template_key:<18}  {r.title[:60]}")
    return 0


def _import(context: Context, args: argparse.Namespace) -> int:
    raw = read_input_file(args.file)
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


def _export(context: Context, args: argparse.Namespace) -> int:
    context.check_output(args.output)
    data = dump_document(context.document(args.proposal))
    try:
        write_atomically(Path(args.output), data)
    except OSError as exc:
        raise CommandError(f"{args.output}: cannot write ({exc.strerror})") from None
    return 0
