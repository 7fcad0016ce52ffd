"""Time `validate --json` on the large proposal (25 partners, ~60 pages of text).

Prints the median of several runs of:
- the pure check (rules.checks.check on the in-memory snapshot),
- the whole service call (load the snapshot from SQLite + check),
- the whole service call plus JSON serialisation of the findings (what
  ``validate --json`` does after parsing its arguments),
and, as a baseline from the same run, loading the snapshot alone (the floor
any operation on a stored proposal pays). Target: well under 1 s.

    .venv/bin/python benchmarks/validate_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

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
    findings = len(check(document, template))
    print(f"large proposal: {len(document.participations)} partners, {len(document.deliverables)} deliverables, "
          f"{findings} findings; median of {args.runs} runs")
    print(f"  check (pure, in memory)      {pure * 1000:8.1f} ms")
    print(f"  load snapshot (baseline)     {load * 1000:8.1f} ms")
    print(f"  validate (load + check)      {service * 1000:8.1f} ms   ratio to load: {service / load:.2f}")
    print(f"  validate --json              {as_json * 1000:8.1f} ms   target < 1000 ms: {'ok' if as_json < 1 else 'MISSED'}")


if __name__ == "__main__":
    main()
