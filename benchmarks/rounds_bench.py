"""Opening a round-2 package over a partner copy with 20 unsent edits, process to process.

Usage: .venv/bin/python benchmarks/rounds_bench.py [--runs N]

The large proposal (tests/large_proposal.py: 25 partners, 12 WPs) is
imported by a coordinator, who sends one partner (the work-package leader
with the most text) its round-1 package. The partner opens it and makes 20
edits it does not send (paragraphs of its sections, its WPs' objectives and
tasks); the coordinator writes 20 paragraphs elsewhere and sends round 2.

What it times: ``medicen-desktop --db COPY open-package ROUND2`` as a new
process, launch to exit, on a fresh copy of the partner's database each run
(the copy is made outside the timing): verify the package, rebase the 20
edits onto the new base with the three-way merge, write the result in one
transaction. Interleaved in each round with two baselines: a bare ``python
-c pass`` (the floor) and opening the round-1 package in an empty database
(a first open of the same package, no rebase). Prints the median of the
interleaved runs (wall clock, and the CPU time the process used, which a
loaded machine inflates less), the ratios and the target (≤ 2 s).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: tests.large_proposal

from process import PYTHON, environment, run_once  # benchmarks/process.py, beside this script

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import assignment, edit, packages, proposals
from medicen_desktop.store.database import Database
from tests.large_proposal import make_large

EDITS = 20
TARGET = 2.0


def _partner(doc: ProposalDocument) -> str:
    """The participation with the most assigned text: sections, then WPs led."""
    def weight(uuid: str) -> int:
        sections = sum(len(s.body) for s in doc.sections if s.assigned_participation_uuid == uuid)
        return sections + sum(len(w.objectives) for w in doc.work_packages if w.leader_participation_uuid == uuid)
    return max((p.uuid for p in doc.participations), key=weight)


def _targets(doc: ProposalDocument, partner: str) -> list[tuple[str, str, str, int]]:
    """(list, uuid, field, paragraph) the partner may edit: its sections', WPs' and tasks' paragraphs."""
    found: list[tuple[str, str, str, int]] = []
    for s in doc.sections:
        if s.assigned_participation_uuid == partner:
            found += [("sections", s.uuid, "body", i) for i in range(len(paragraphs(s.body)))]
    for w in doc.work_packages:
        if w.leader_participation_uuid == partner:
            found += [("work_packages", w.uuid, "objectives", i) for i in range(len(paragraphs(w.objectives)))]
            found += [("tasks", t.uuid, "description", 0) for t in doc.tasks if t.work_package_uuid == w.uuid]
    return found


def _append(db: Database, uuid: str, target: tuple[str, str, str, int], words: str) -> None:
    list_name, entity, field, index = target
    doc = proposals.get_document(db, uuid)
    values = next(e for e in getattr(doc, list_name) if e.uuid == entity)
    paras = paragraphs(getattr(values, field)) or [""]
    paras[index % len(paras)] += words
    edit.update_fields(db, list_name, entity, {field: "\n\n".join(paras)})


def prepare(folder: Path) -> tuple[Path, Path, Path, str]:
    """(partner database with 20 unsent edits, round-1 package, round-2 package, proposal UUID)."""
    co = Database.open(folder / "coordinator.db")
    uuid = proposals.import_document(co, make_large(), actor="bench")
    assignment.assign_defaults(co, uuid)
    doc = proposals.get_document(co, uuid)
    partner = _partner(doc)
    round1 = folder / "round1.medicen-package"
    round1.write_bytes(packages.create_package(co, uuid, partner).data)
    lib = Database.open(folder / "partner.db")
    packages.open_package(lib, round1.read_bytes(), round1.name)
    mine = _targets(doc, partner)
    assert len(mine) >= EDITS, f"the partner has only {len(mine)} paragraphs to edit"
    for i, target in enumerate(mine[:EDITS]):
        _append(lib, uuid, target, f" Unsent edit {i} of the partner.")
    lib.close()
    others = [("sections", s.uuid, "body", 1) for s in doc.sections if s.assigned_participation_uuid != partner]
    for i, target in enumerate(others[:EDITS]):
        _append(co, uuid, target, f" Coordinator's round 2 edit {i}.")
    round2 = folder / "round2.medicen-package"
    round2.write_bytes(packages.create_package(co, uuid, partner).data)
    co.close()
    return folder / "partner.db", round1, round2, uuid


def _check(db_path: Path, uuid: str) -> None:
    """The timed command did the work: every unsent edit and the coordinator's round 2 are in the copy."""
    db = Database.open(db_path)
    text = proposals.export_json(db, uuid).decode()
    db.close()
    assert all(f"Unsent edit {i} of the partner." in text for i in range(EDITS))
    assert "Coordinator's round 2 edit 0." in text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = environment()
    app = [PYTHON, "-m", "medicen_desktop"]
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        partner_db, round1, round2, uuid = prepare(folder)
        walls: dict[str, list[float]] = {"python -c pass (floor)": [], "open round 1 (new copy)": [],
                                         "open round 2 (rebase 20 edits)": []}
        cpus: dict[str, list[float]] = {label: [] for label in walls}
        for run in range(args.runs + 1):  # the first round warms the caches and is not counted
            fresh, rebased = folder / f"fresh-{run}.db", folder / f"rebase-{run}.db"
            shutil.copyfile(partner_db, rebased)
            commands = {
                "python -c pass (floor)": [PYTHON, "-c", "pass"],
                "open round 1 (new copy)": [*app, "--db", str(fresh), "open-package", str(round1)],
                "open round 2 (rebase 20 edits)": [*app, "--db", str(rebased), "open-package", str(round2)],
            }
            for label, command in commands.items():
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                wall, _peak = run_once(command, env)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                if run:
                    walls[label].append(wall)
                    cpus[label].append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if run == 0:
                _check(rebased, uuid)
    floor = statistics.median(walls["python -c pass (floor)"])
    baseline = statistics.median(walls["open round 1 (new copy)"])
    print(f"process to process (launch to exit), large proposal, median of {args.runs} interleaved runs; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    for label, samples in walls.items():
        median = statistics.median(samples)
        print(f"{label:32s} {median * 1000:7.0f} ms  {median / floor:5.1f}× floor  {median / baseline:5.2f}× round 1"
              f"   CPU {statistics.median(cpus[label]) * 1000:6.0f} ms")
    result = statistics.median(walls["open round 2 (rebase 20 edits)"])
    print(f"target: open round 2 with {EDITS} unsent edits ≤ {TARGET:.0f} s: {'ok' if result <= TARGET else 'MISSED'}")


if __name__ == "__main__":
    main()
