"""The ``list`` subcommand: the proposals in the database, most recently changed first.

Answered like the GUI's library at start-up: one read-only query through
``sqlite3`` (``store.listing``), without loading the ORM or the snapshot
model; a server database, or a file due for a migration, takes the full open.
"""

from __future__ import annotations

import argparse
import json

from medicen_desktop.commands.common import CommandError, Context
from medicen_desktop.store.errors import DatabaseError
from medicen_desktop.store.listing import quick_summaries


def list_proposals(context: Context, args: argparse.Namespace) -> int:
    """Print the proposals (a table, or JSON with ``--json``); a new database file is not created."""
    try:
        rows = quick_summaries(context.database_location())
    except DatabaseError as exc:  # not a Medicen database: the same message as the full open's
        raise CommandError(str(exc)) from None
    if rows is None:
        from medicen_desktop.services import proposals

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
