"""Who does what by when, and what is said about it: ``status``, ``comment``, ``comments``.

- ``status PROPOSAL [--json]``: owner, status and due date of every part;
  ``status PROPOSAL --part KEY --set STATUS [--owner P] [--person NAME] [--due DATE]``
  changes one (KEY: ``section:KEY``, ``wp:WPn``, ``budget:PARTNER``).
- ``comment PROPOSAL --part KEY [--paragraph N | --row UUID | --cell CAT:PERIOD] TEXT``
  starts a thread; ``--reply ID TEXT`` answers one; ``resolve PROPOSAL ID [--reopen]``.
- ``comments PROPOSAL [--json] [--open]``: the threads and the to-do markers.

Exit codes: 0 done; 2 refused input (unknown part, status, date, thread; nothing written).
"""

from __future__ import annotations

import argparse
import json

from medicen_desktop.commands.common import CommandError, Context
from medicen_desktop.errors import Refused


def status(context: Context, args: argparse.Namespace) -> int:
    from medicen_desktop.document.parts import resolve_key
    from medicen_desktop.services import parts

    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    changing = any(v is not None for v in (args.set, args.owner, args.person, args.due))
    try:
        if changing:
            if not args.part:
                raise CommandError("status: --part KEY is required with --set, --owner, --person or --due")
            shown = [parts.set_part(db, ref, args.part, status=args.set, owner=args.owner, person=args.person,
                                    due=args.due, clear_due=args.due == "", actor="cli")]
        else:
            shown = parts.list_parts(db, ref)
            if args.part:
                wanted = resolve_key(context.document(ref), args.part).ref
                shown = [p for p in shown if p.ref == wanted]
    except Refused as exc:
        raise CommandError(f"status: {exc}") from None
    if args.json:
        print(json.dumps([p.to_data() for p in shown], ensure_ascii=False, indent=2))
        return 0
    width = max((len(p.key) for p in shown), default=10)
    for p in shown:
        owner = p.owner + (f" ({p.person})" if p.person else "") or "-"
        due = p.due.isoformat() if p.due else "-"
        late = "  LATE" if p.late else ""
        print(f"{p.key:<{width}}  {p.status.value:<9}  {owner:<24}  {due}{late}")
    return 0


def comment(context: Context, args: argparse.Namespace) -> int:
    from medicen_desktop.services import comments

    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    try:
        if args.reply is None and args.part is None:
            raise CommandError("comment: --part KEY is required for a new thread (or --reply ID)")
        added = comments.add_comment(db, ref, args.part, args.text, paragraph=args.paragraph, row=args.row,
                                     cell=args.cell, reply_to=args.reply, author=args.author, actor="cli")
    except Refused as exc:
        raise CommandError(f"comment: {exc}") from None
    print(added.uuid)
    return 0


def resolve(context: Context, args: argparse.Namespace) -> int:
    from medicen_desktop.services import comments

    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    try:
        done = comments.set_resolved(db, ref, args.comment, not args.reopen, actor="cli")
    except Refused as exc:
        raise CommandError(f"resolve: {exc}") from None
    print(f"{done.uuid} {'resolved' if done.resolved else 'reopened'}")
    return 0


def list_comments(context: Context, args: argparse.Namespace) -> int:
    from medicen_desktop.services import comments

    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    listing = comments.list_comments(db, ref, open_only=args.open)
    if args.json:
        print(json.dumps({"threads": [t.to_data() for t in listing.threads],
                          "todos": [{"part": f"section:{t.section_key}", "paragraph": t.paragraph, "text": t.text}
                                    for t in listing.todos]}, ensure_ascii=False, indent=2))
        return 0
    for thread in listing.threads:
        root = thread.root
        where = thread.part_key + (f" {root.anchor}" if root.anchor else "")
        mark = "resolved" if thread.resolved else "open"
        print(f"[{mark}] {where} — {root.author}, {root.created_at:%Y-%m-%d %H:%M}  ({root.uuid})")
        print(f"    {root.body}")
        for reply in thread.replies:
            print(f"    ↳ {reply.author}: {reply.body}")
    for todo in listing.todos:
        print(f"[todo] section:{todo.section_key} paragraph:{todo.paragraph} — {todo.text}")
    if not listing.threads and not listing.todos:
        print("no comments" + (" open" if args.open else "") + " and no to-do markers")
    return 0
