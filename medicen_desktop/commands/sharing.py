"""The ``share`` subcommand: what partners see of each other, and a partner's private budget.

``share PROPOSAL`` prints the level (and, in a partner copy, whether its
budget detail stays private); ``--level`` sets the coordinator's choice for
the packages written from then on; ``--private-budget on|off`` sets the
partner's. Exit 2 when the setting belongs to the other side.
"""

from __future__ import annotations

import argparse
import json

from medicen_desktop.commands.common import CommandError, Context
from medicen_desktop.errors import Refused
from medicen_desktop.services import packages, sharing

WHAT = {
    "full": "everything of each other (budget lines, CVs, identifiers, contacts, attachments)",
    "totals": "each other's budget as one total per partner, team names without CVs, contacts; "
              "no budget lines, identifiers, turnover or attachments",
    "none": "nothing of each other's budget, team, identifiers, contacts or attachments",
}


def share(context: Context, args: argparse.Namespace) -> int:
    db = context.database()
    document = context.document(args.proposal)
    ref = document.proposal.uuid
    try:
        if args.level is not None:
            sharing.set_sharing_level(db, ref, args.level, actor="cli")
        if args.private_budget is not None:
            sharing.set_private_budget(db, ref, args.private_budget == "on", actor="cli")
    except Refused as exc:
        raise CommandError(f"{args.proposal}: {exc}") from None
    level = sharing.sharing_level(db, ref).value
    copy = packages.partner_copy(db, ref)
    private = sharing.private_budget(db, ref) if copy is not None else None
    if args.json:
        print(json.dumps({"proposal": ref, "level": level, "partner_copy": copy is not None,
                          "private_budget": private}, indent=2))
        return 0
    who = "the package this copy was opened from gives" if copy is not None else "packages written from now on give"
    print(f"{document.proposal.acronym}: {level} — {who} partners {WHAT[level]}")
    if copy is not None:
        print("your budget detail stays in this copy; contributions carry totals per category and year" if private
              else "your contributions carry your budget lines")
    return 0
