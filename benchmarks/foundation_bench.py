"""Time opening the large proposal (full load) and export-json / import-json of it.

Prints the median of several runs of each step, and, as a baseline measured
in the same run, the time to json.loads + json.dumps the same bytes (the
floor any JSON round trip pays).

    .venv/bin/python benchmarks/foundation_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from timing import median_time  # benchmarks/timing.py, beside this script

from medicen_desktop.document.jsonio import dump_document, load_document
from tests.large_proposal import make_large
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    document = make_large()
    raw = dump_document(document)
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "bench.db")
        uuid = proposals.import_document(db, document)
        baseline = median_time(lambda: json.dumps(json.loads(raw)), runs)
        figures = {
            "open (full load from the database)": median_time(lambda: proposals.get_document(db, uuid), runs),
            "export-json (load + canonical dump)": median_time(lambda: proposals.export_json(db, uuid), runs),
            "parse + validate interchange JSON": median_time(lambda: load_document(raw), runs),
            "import-json --update (no change)": median_time(lambda: proposals.import_json(db, raw, "x", update=True), runs),
        }

        def fresh_import() -> None:
            other = Database.open(Path(folder) / f"fresh-{time.perf_counter_ns()}.db")
            proposals.import_json(other, raw, "x")
            other.close()

        figures["import-json into a new database"] = median_time(fresh_import, runs)
        db.close()
    print(f"large proposal: {len(document.participations)} partners, {len(document.work_packages)} WPs, "
          f"{len(document.deliverables)} deliverables, {len(raw) / 1e6:.2f} MB of JSON; median of {runs} runs")
    print(f"{'baseline json.loads + json.dumps':40s} {baseline * 1000:8.1f} ms   1.0x")
    for name, seconds in figures.items():
        print(f"{name:40s} {seconds * 1000:8.1f} ms  {seconds / baseline:5.1f}x")


if __name__ == "__main__":
    main()
