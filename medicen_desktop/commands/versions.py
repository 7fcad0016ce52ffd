"""Versions subcommands: snapshot, versions, diff, restore.

Exit codes: 0 done; 1 restore conflicts with a change made since (listed; nothing written);
2 refused input (no such proposal, version or part; one line; nothing written).
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from medicen_desktop.commands.common import CommandError, Context, print_conflicts
from medicen_desktop.document.jsonio import plain
from medicen_desktop.errors import Refused, WriteConflict
from medicen_desktop.exchange.diff import EntityDiff, FieldDiff, Run
from medicen_desktop.services import versions
from medicen_desktop.store.versions import AUTOMATIC_DAYS, AUTOMATIC_KEPT

_MARK = {"added": "+", "removed": "-", "changed": "~"}
_CONTEXT = 40
"""Characters of unchanged text shown on each side of a change."""


def snapshot(context: Context, args: argparse.Namespace) -> int:
    ref = context.document(args.proposal).proposal.uuid
    info = versions.take_snapshot(context.database(), ref, args.name, actor="cli")
    print(f"v{info.number} {info.name}")
    return 0


def _prune(context: Context, args: argparse.Namespace, ref: str) -> int:
    gone = versions.prune_versions(context.database(), ref, dry_run=args.dry_run, actor="cli")
    if args.json:
        print(json.dumps({"dry_run": args.dry_run, "removed": [
            {"version": v.number, "uuid": v.uuid, "name": v.name, "kind": v.kind,
             "created_at": v.created_at.isoformat(timespec="seconds"), "stored": v.stored} for v in gone]},
            ensure_ascii=False, indent=2))
        return 0
    verb = "would remove" if args.dry_run else "removed"
    for v in gone:
        print(f"{verb} v{v.number:<4} {v.created_at:%Y-%m-%d %H:%M}  {v.kind:<8} {v.name}")
    freed = sum(v.stored for v in gone)
    print(f"{len(gone)} automatic version(s) {verb}, {freed:,} bytes; named versions, the last "
          f"{AUTOMATIC_KEPT} automatic ones and those of the last {AUTOMATIC_DAYS} days are kept")
    return 0


def list_versions(context: Context, args: argparse.Namespace) -> int:
    ref = context.document(args.proposal).proposal.uuid
    if args.dry_run and not args.prune:
        raise CommandError("--dry-run goes with --prune")
    if args.prune:
        return _prune(context, args, ref)
    rows = versions.list_versions(context.database(), ref)
    if args.json:
        print(json.dumps([{"version": v.number, "uuid": v.uuid, "name": v.name, "kind": v.kind, "revision": v.revision,
                           "created_at": v.created_at.isoformat(timespec="seconds"), "created_by": v.created_by,
                           "size": v.size, "stored": v.stored} for v in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("no versions yet (`snapshot PROPOSAL NAME` keeps one)")
    for v in rows:
        print(f"v{v.number:<4} {v.created_at:%Y-%m-%d %H:%M}  {v.kind:<8} rev {v.revision:<5} {v.name}")
    return 0


def _runs(runs: tuple[Run, ...]) -> str:
    """Word marks as wdiff writes them, long unchanged stretches shortened to their ends."""
    out = []
    for i, run in enumerate(runs):
        text = run.text.replace("\n", "⏎")
        if run.op == "=":
            if len(text) > 2 * _CONTEXT:
                head = text[:_CONTEXT] if i > 0 else ""
                tail = text[-_CONTEXT:] if i < len(runs) - 1 else ""
                text = f"{head}…{tail}"
            out.append(text)
        else:
            out.append(f"[-{text}-]" if run.op == "-" else f"{{+{text}+}}")
    return "".join(out)


def _field_line(change: FieldDiff) -> str:
    if change.cells:
        cells = "; ".join(f"table {c.table + 1} row {c.row + 1} column {c.column + 1}: {c.before!r} → {c.after!r}"
                          for c in change.cells)
        return f"    {change.field}: {_runs(change.runs)}\n      cells: {cells}"
    if change.runs:
        return f"    {change.field}: {_runs(change.runs)}"
    return f"    {change.field}: {_shown(change.before)} → {_shown(change.after)}"


def _shown(value: Any) -> str:
    """A field value as the user typed it: numbers and amounts bare, lists and empties as JSON."""
    value = plain(value)
    return value if isinstance(value, str) and value else json.dumps(value, ensure_ascii=False)


def _entity_lines(entity: EntityDiff) -> list[str]:
    lines = [f"{_MARK[entity.change]} {entity.label}  [{entity.part}]"]
    lines += [_field_line(f) for f in entity.fields]
    return lines


def diff(context: Context, args: argparse.Namespace) -> int:
    ref = context.document(args.proposal).proposal.uuid
    comparison = versions.compare(context.database(), ref, args.before, args.after)
    if args.json:
        print(json.dumps(comparison.to_data(), ensure_ascii=False, indent=2, default=str))
        return 0
    data: dict[str, Any] = comparison.to_data()
    before = f"v{comparison.before.number} {comparison.before.name}"
    after = "now" if comparison.after is None else f"v{comparison.after.number} {comparison.after.name}"
    counts = data["counts"]
    print(f"from {before} to {after}: {counts['changed']} changed, {counts['added']} added, "
          f"{counts['removed']} removed")
    for entity in comparison.diff.entities:
        print("\n".join(_entity_lines(entity)))
    return 0


def restore(context: Context, args: argparse.Namespace) -> int:
    ref = context.document(args.proposal).proposal.uuid
    try:
        done = versions.restore(context.database(), ref, args.version, args.part, actor="cli")
    except WriteConflict as exc:
        print_conflicts(f"restore v{args.version}", exc)
        return 1
    except Refused as exc:
        raise CommandError(str(exc)) from None
    what = done.part or "everything"
    print(f"restored {what} from v{done.version.number} ({len(done.changed)} changes); "
          f"the proposal as it was is kept as v{done.saved.number}")
    return 0
