"""Time `validate --json` on the large proposal (25 partners, ~60 pages of text).

The headline is **process to process**: ``python -m medicen_desktop validate
--json`` as a user runs it (a fresh process, launch to exit, bytecode caches
allowed), interleaved with a bare ``python -c pass`` (the floor of any Python
command), median of ``--runs`` rounds, with its peak RSS.

Then, **in-process and warm** (libraries imported, templates loaded; not what
a user waits for, but where the time of the work itself goes), the median of
several calls of: the pure check (``rules.checks.check`` on the in-memory
snapshot), the service call (load the snapshot from SQLite + check), the
service call plus JSON serialisation, and loading the snapshot alone (the
floor any operation on a stored proposal pays).

    .venv/bin/python benchmarks/validate_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: tests.large_proposal

from process import PYTHON, environment, interleaved  # benchmarks/process.py, beside this script
from timing import median_time  # benchmarks/timing.py, beside this script

from tests.large_proposal import make_large
from medicen_desktop.rules.checks import check
from medicen_desktop.rules.templates import get_template
from medicen_desktop.services import proposals, validation
from medicen_desktop.store.database import Database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    document = make_large()
    template = get_template(document.proposal.template_key)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "bench.db")
        try:
            ref = proposals.import_document(db, document)
            pure = median_time(lambda: check(document, template), args.runs)
            load = median_time(lambda: proposals.get_document(db, ref), args.runs)
            service = median_time(lambda: validation.validate(db, ref), args.runs)
            as_json = median_time(
                lambda: json.dumps([f.to_json() for f in validation.validate(db, ref)], ensure_ascii=False),
                args.runs,
            )
        finally:
            db.close()
        command = [PYTHON, "-m", "medicen_desktop", "--db", str(Path(folder) / "bench.db"), "validate", ref, "--json"]
        processes = interleaved({"floor": [PYTHON, "-c", "pass"], "validate": command}, args.runs, environment())
    findings = len(check(document, template))
    print(f"large proposal: {len(document.participations)} partners, {len(document.deliverables)} deliverables, "
          f"{findings} findings; median of {args.runs} runs")
    floor, run = processes["floor"], processes["validate"]
    print("process to process (launch to exit):")
    print(f"  python -c pass (floor)                 {floor.median * 1000:8.1f} ms")
    print(f"  medicen validate --json (large)        {run.median * 1000:8.1f} ms   {run.median / floor.median:.1f}× the floor, "
          f"peak RSS {run.peak:.0f} MB")
    print("in-process, warm (libraries imported, templates loaded):")
    print(f"  check (pure, in memory)      {pure * 1000:8.1f} ms")
    print(f"  load snapshot (baseline)     {load * 1000:8.1f} ms")
    print(f"  service: load + check        {service * 1000:8.1f} ms   ratio to load: {service / load:.2f}")
    print(f"  service + JSON of findings   {as_json * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
