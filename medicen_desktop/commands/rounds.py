"""The ``packages`` subcommand: per partner, the packages sent (round, date, scope) and the contributions merged.

Each merge is listed with its UUID (what ``undo-merge --merge`` takes) and
whether it can be undone, or which later merge depends on it. Exit 0.
"""

from __future__ import annotations

import argparse
import json

from medicen_desktop.commands.common import Context
from medicen_desktop.services.exchange_log import PartnerExchange, exchange_log


def _scope(sections: tuple[str, ...], wps: tuple[int, ...]) -> str:
    parts = [", ".join(sections) if sections else "no section"]
    parts.append("WP " + ", ".join(str(n) for n in wps) if wps else "no work package")
    return "; ".join(parts)


def _print(partner: PartnerExchange) -> None:
    print(partner.partner)
    for sent in partner.packages:
        print(f"  round {sent.round}  sent {sent.created_at:%Y-%m-%d %H:%M} UTC by {sent.created_by}  "
              f"{_scope(sent.section_keys, sent.wp_numbers)}  package {sent.package_uuid}")
    if not partner.merges:
        print("  no contribution merged")
    for merged in partner.merges:
        state = "can be undone" if merged.can_undo else f"cannot be undone: {merged.blocked}"
        print(f"  merged {merged.merge.applied_at:%Y-%m-%d %H:%M} UTC by {merged.merge.applied_by}  "
              f"round {merged.round}  {merged.fields} change(s)  merge {merged.merge.merge_uuid}  {state}")


def packages(context: Context, args: argparse.Namespace) -> int:
    ref = context.document(args.proposal).proposal.uuid
    log = exchange_log(context.database(), ref)
    if args.json:
        print(json.dumps([p.to_data() for p in log], ensure_ascii=False, indent=2))
        return 0
    if not log:
        print("no package sent yet")
    for partner in log:
        _print(partner)
    return 0
