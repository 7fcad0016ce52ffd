"""Exchange subcommands: assign, package, open-package, contribution, merge, undo-merge.

Exit codes: 0 done; 1 merge (or round rebase) conflicts left (listed; nothing written);
2 refused input (one line naming the file and the problem; nothing written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from medicen_desktop.commands.common import (
    CommandError,
    Context,
    read_input_file,
    refused,
)
from medicen_desktop.commands.core import write_atomically
from medicen_desktop.document.errors import InterchangeError
from medicen_desktop.document.word_marks import looks_like_word
from medicen_desktop.errors import Refused
from medicen_desktop.services import assignment, merging, packages, rounds
from medicen_desktop.commands.merge_report import print_report




def _write(path: str, data: bytes) -> None:
    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        raise CommandError(f"{path}: cannot write ({exc.strerror})") from None


def assign(context: Context, args: argparse.Namespace) -> int:
    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    try:
        if args.section or args.wp:
            if not args.partner:
                raise CommandError("assign: --partner is required with --section or --wp")
            rows = [assignment.set_assignment(db, ref, args.partner, args.section, args.wp, actor="cli")]
        elif args.partner:
            rows = [assignment.get_assignment(db, ref, args.partner)]
        else:
            rows = assignment.list_assignments(db, ref)
    except Refused as exc:
        raise CommandError(str(exc).strip("'\"")) from None
    for row in rows:
        sections = ", ".join(row.section_keys) or "-"
        wps = ", ".join(str(n) for n in row.wp_numbers) or "-"
        print(f"{row.partner:<12} sections: {sections}  work packages: {wps}")
    return 0


def package(context: Context, args: argparse.Namespace) -> int:
    if args.format == "docx":
        from medicen_desktop.commands import word  # python-docx only for Word packages

        return word.package(context, args)
    context.check_output(args.output)
    ref = context.document(args.proposal).proposal.uuid
    try:
        made = packages.create_package(context.database(), ref, args.partner, actor="cli", output=Path(args.output))
    except Refused as exc:
        raise CommandError(str(exc).strip("'\"")) from None
    except OSError as exc:
        raise CommandError(f"{args.output}: cannot write ({exc.strerror})") from None
    print(made.package_uuid)
    return 0


def open_package(context: Context, args: argparse.Namespace) -> int:
    """Open a package; a newer round for an existing copy rebases it (exit 1 listing conflicts, nothing written)."""
    raw = read_input_file(args.file)
    try:
        opened = packages.open_package(context.database(), raw, args.file, actor="cli", take=args.take)
    except rounds.RebaseConflicts as exc:
        print(f"not opened: {len(exc.conflicts)} conflict(s) between your edits and the new package", file=sys.stderr)
        for conflict in exc.conflicts:
            print(f"  conflict {conflict.id} ({conflict.kind}) {conflict.label}"
                  + (f" · {conflict.field}" if conflict.field else ""))
        print("nothing was written; keep yours or take the package's with --take ours|theirs", file=sys.stderr)
        return 1
    except InterchangeError as exc:
        raise refused(exc) from None
    print(f"package signed by the coordinator's key {opened.signed_by}; it shares {opened.sharing} of the "
          "other partners", file=sys.stderr)
    if opened.rebased_from is not None:
        print(f"updated your copy to round {opened.round}; your edits were kept"
              + (f" ({opened.resolved} conflict(s) resolved with --take {args.take})" if opened.resolved else ""),
              file=sys.stderr)
    if opened.changes is not None:  # stderr: stdout stays the UUID alone, for scripts
        counts = opened.changes.diff.counts()
        print(f"changed since your package of {opened.changes.since:%Y-%m-%d %H:%M} UTC: {counts['changed']} changed, "
              f"{counts['added']} added, {counts['removed']} removed"
              + (f" ({', '.join(opened.changes.diff.parts)})" if opened.changes.diff else ""), file=sys.stderr)
    print(opened.proposal_uuid)
    return 0


def contribution(context: Context, args: argparse.Namespace) -> int:
    context.check_output(args.output)
    ref = context.document(args.proposal).proposal.uuid
    try:
        packages.create_contribution(context.database(), ref, actor="cli",
                                     write=lambda data: _write(args.output, data))
    except packages.NotPartnerCopy as exc:
        raise CommandError(f"{args.proposal}: {exc}") from None
    return 0


def merge(context: Context, args: argparse.Namespace) -> int:
    raw = read_input_file(args.file)
    if looks_like_word(raw, args.file):
        from medicen_desktop.commands import word  # python-docx only for Word files

        return word.merge(context, args, raw)
    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    try:
        if args.dry_run:
            report = merging.preview_merge(db, ref, raw, args.file, take=args.take)
        else:
            report = merging.merge_contribution(db, ref, raw, args.file, take=args.take, actor="cli")
    except InterchangeError as exc:
        raise refused(exc) from None
    if args.json:
        print(json.dumps(report.to_data(), ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 1 if report.unresolved else 0


def undo_merge(context: Context, args: argparse.Namespace) -> int:
    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    merges = merging.list_merges(db, ref)
    if not merges:
        raise CommandError(f"{args.proposal}: no merge to undo")
    chosen = merges[0]
    if args.merge:
        found = [m for m in merges if m.merge_uuid == args.merge
                 or (len(args.merge) >= 8 and m.merge_uuid.startswith(args.merge.lower()))]
        if len(found) != 1:
            raise CommandError(f"{args.proposal}: no merge {args.merge!r} (see `packages {args.proposal}`)")
        chosen = found[0]
    try:
        merging.undo_merge(db, chosen.merge_uuid, actor="cli", force=args.force)
    except merging.UndoRefused as exc:
        hint = "" if chosen.blocked_by is not None else " (use --force)"
        raise CommandError(f"{args.proposal}: {exc}{hint}") from None
    print(f"undid the merge of {chosen.partner}'s contribution ({chosen.applied_at:%Y-%m-%d %H:%M})")
    return 0
