"""The merge report as the ``merge`` command prints it, for contributions and Word packages alike."""

from __future__ import annotations

import sys

from medicen_desktop.services.merging import MergeReport


def print_report(report: MergeReport) -> None:
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
