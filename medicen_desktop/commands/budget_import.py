"""``import-budget PROPOSAL --partner P FILE.xlsx [--dry-run] [--json]``: a partner's workbook read back."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from pathlib import Path

from medicen_desktop.commands.common import CommandError, Context


def _text(value: Decimal) -> str:
    """Person-months, rates and amounts alike with two decimals, as the workbook shows them."""
    return format(value.quantize(Decimal("0.01")), "f")


def run_import_budget(context: Context, args: argparse.Namespace) -> int:
    """Show every changed cell; apply them unless --dry-run. Exit 2, nothing changed, on a refused workbook."""
    from medicen_desktop.errors import NotFound, Refused
    from medicen_desktop.services.budget_import import import_budget

    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"{path}: no such file")
    try:
        result = import_budget(context.database(), args.proposal, args.partner, path, dry_run=args.dry_run)
    except (NotFound, Refused) as exc:
        raise CommandError(str(exc)) from None
    if args.json:
        print(json.dumps({"partner": result.partner, "form": result.form, "applied": result.applied,
                          "changes": [{"cell": c.cell, "what": c.what, "old": _text(c.old),
                                       "new": _text(c.new)} for c in result.changes]},
                         ensure_ascii=False, indent=2))
        return 0
    for change in result.changes:
        print(f"{change.cell:<18} {change.what:<52} {_text(change.old):>14} -> {_text(change.new)}")
    verb = "applied" if result.applied else "not applied (--dry-run)" if args.dry_run else "nothing to apply"
    print(f"{result.partner} ({result.form}): {len(result.changes)} changed cell(s), {verb}")
    return 0
