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
from medicen_desktop.errors import Refused
from medicen_desktop.services import assignment, merging, packages, rounds
from medicen_desktop.services.merging import MergeReport




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
        print(f"updated your copy to the new package; your edits were kept"
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


def _print_report(report: MergeReport) -> None:
    state = "merged" if report.applied else "not merged"
    print(f"{state}: contribution of {report.partner}: {len(report.changes)} change(s), "
          f"{len(report.refused)} refused, {len(report.unresolved)} conflict(s) left")
    for change in report.changes:
        print(f"  {change.kind:<8} {change.label}" + (f" · {change.field}" if change.field else ""))
    for item in report.refused:
        print(f"  refused  {item.label}" + (f" · {item.field}" if item.field else "") + f": {item.reason}")
    for conflict in report.unresolved:
        print(f"  conflict {conflict.id} ({conflict.kind}) {conflict.label}"
              + (f" · {conflict.field}" if conflict.field else ""))
    if report.new_key is not None:
        print(f"{report.partner}'s signing key {report.new_key} is now registered: its later contributions must be "
              f"signed by it (check the fingerprint with {report.partner})", file=sys.stderr)
    if report.unresolved:
        print("resolve with --take ours|theirs, or in the merge window", file=sys.stderr)


def merge(context: Context, args: argparse.Namespace) -> int:
    raw = read_input_file(args.file)
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
        _print_report(report)
    return 1 if report.unresolved else 0


def undo_merge(context: Context, args: argparse.Namespace) -> int:
    db = context.database()
    ref = context.document(args.proposal).proposal.uuid
    merges = merging.list_merges(db, ref)
    if not merges:
        raise CommandError(f"{args.proposal}: no merge to undo")
    try:
        merging.undo_merge(db, merges[0].merge_uuid, actor="cli", force=args.force)
    except merging.UndoRefused as exc:
        raise CommandError(f"{args.proposal}: {exc} (use --force)") from None
    print(f"undid the merge of {merges[0].partner}'s contribution ({merges[0].applied_at:%Y-%m-%d %H:%M})")
    return 0
