"""``editing``: who has which part of a proposal open for editing now (presence, ``store.presence``)."""

from __future__ import annotations

import argparse
import json

from medicen_desktop.commands.common import Context


def editing(context: Context, args: argparse.Namespace) -> int:
    """List the live presence on the proposal: part, person, since when, from which machine and process."""
    from medicen_desktop.document.parts import parts_of
    from medicen_desktop.store.presence import live

    db = context.database()
    document = context.document(args.proposal)
    labels = {part.ref.stored: (part.key, part.label) for part in parts_of(document)}
    rows = []
    for presence in live(db, document.proposal.uuid):
        key, label = labels.get(presence.part, (presence.part, ""))  # a part removed since: its stored form
        rows.append({"key": key, "label": label, **presence.to_data()})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(f"Nobody is editing {document.proposal.acronym} now.")
        return 0
    width = max(len(row["key"]) for row in rows)
    for row in rows:
        since = row["since"][:16].replace("T", " ")
        print(f"{row['key']:<{width}}  {row['user']:<20}  since {since} UTC  ({row['host']}, process {row['pid']})")
    return 0
