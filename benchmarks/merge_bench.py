"""Merge 25 partner contributions into the large proposal; print total and per-contribution time.

Each of the 25 partners of ``make_large()`` gets a package, edits (in its own
copy of the base snapshot) a paragraph of its section or WP objectives, one
of its budget lines and the description of a task; the coordinator then
merges the 25 contributions one after the other through the service layer
(verification, HMAC, three-way merge, one transaction each). Target: ≤ 2 s
in total. Run: ``.venv/bin/python benchmarks/merge_bench.py``.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from medicen_desktop.exchange.contribution import build_contribution
from medicen_desktop.exchange.sample import make_large
from medicen_desktop.exchange.schema import ProposalDocument
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import assignment, merging, packages, proposals
from medicen_desktop.store.database import Database


def _partner_snapshot(base: ProposalDocument, participation_uuid: str, index: int) -> ProposalDocument:
    doc = base.model_copy(deep=True)
    for section in doc.sections:
        if section.assigned_participation_uuid == participation_uuid:
            paras = paragraphs(section.body)
            paras[index % len(paras)] += f" Edited by partner {index}."
            section.body = "\n\n".join(paras)
    for wp in doc.work_packages:
        if wp.leader_participation_uuid == participation_uuid:
            wp.objectives += f"\n\nPartner {index} adds an objective."
            for task in doc.tasks:
                if task.work_package_uuid == wp.uuid:
                    task.description += f"\n\nTask note from partner {index}."
                    break
    line = next(b for b in doc.budget_lines if b.participation_uuid == participation_uuid)
    line.amount += index
    return doc


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "coordinator.db")
        uuid = proposals.import_document(db, make_large(), actor="bench")
        assignment.assign_defaults(db, uuid)
        base = proposals.get_document(db, uuid)
        contributions = []
        for index, participation in enumerate(base.participations):
            package = packages.create_package(db, uuid, participation.uuid)
            secret = _secret(db, package.package_uuid)
            snapshot = _partner_snapshot(base, participation.uuid, index)
            contributions.append(build_contribution(
                snapshot, {}, package_uuid=package.package_uuid, participation_uuid=participation.uuid,
                base_sha256=package.base_sha256, secret=secret, created_at=dt.datetime(2027, 1, 1),
                app_version="bench",
            ))
        times = []
        conflicts = refused = 0
        start = time.perf_counter()
        for index, raw in enumerate(contributions):
            t0 = time.perf_counter()
            report = merging.merge_contribution(db, uuid, raw, f"partner-{index}.zip", take="theirs", actor="bench")
            times.append(time.perf_counter() - t0)
            conflicts += len(report.conflicts)
            refused += len(report.refused)
            assert report.applied, report.unresolved
        total = time.perf_counter() - start
        db.close()
    print(f"merged {len(times)} contributions into make_large(): total {total:.3f} s (target <= 2 s)")
    print(f"per contribution: mean {statistics.mean(times) * 1000:.1f} ms, median {statistics.median(times) * 1000:.1f} ms, "
          f"max {max(times) * 1000:.1f} ms; conflicts {conflicts}, refused {refused}")
    return 0 if total <= 2 else 1


def _secret(db: Database, package_uuid: str) -> str:
    """The package secret, as the partner reads it from its package (a benchmark shortcut)."""
    from medicen_desktop.model import ExchangePackage

    with db.read() as session:
        row = session.get(ExchangePackage, package_uuid)
        assert row is not None
        return row.secret


if __name__ == "__main__":
    sys.exit(main())
