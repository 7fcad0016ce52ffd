"""The ``set`` subcommand: one field, one transaction, optionally based on a revision.

Exit codes: 0 set (or already that value); 1 the field changed since
``--base-revision`` and the change conflicts (listed; nothing written);
2 refused input (bad target or value, unknown proposal; nothing written).
"""

from __future__ import annotations

import argparse
import json

from medicen_desktop.commands.common import CommandError, Context, print_conflicts
from medicen_desktop.errors import Refused, WriteConflict


def set_field(context: Context, args: argparse.Namespace) -> int:
    from medicen_desktop.services import fields, proposals
    from medicen_desktop.services.edit import EditError

    db = context.database()
    try:
        done = fields.set_field(db, args.proposal, args.target, args.value, base_revision=args.base_revision)
    except WriteConflict as exc:
        if args.json:
            print(json.dumps({"conflicts": [c.to_data() for c in exc.conflicts]}, ensure_ascii=False, indent=2))
        print_conflicts(args.target, exc)
        return 1
    except proposals.ProposalNotFound as exc:
        raise CommandError(str(exc)) from None
    except fields.BadTarget as exc:
        raise CommandError(str(exc)) from None
    except (EditError, Refused) as exc:
        raise CommandError(f"{args.target}: {exc}") from None
    if args.json:
        print(json.dumps(done.to_data(), ensure_ascii=False, indent=2))
    else:
        print(f"{args.target}: {'set' if done.change.after else 'unchanged'} (revision {done.revision})")
    return 0
