"""Time export-json / import-json of the large proposal: process to process first, then in-process.

The headline is **process to process**: ``python -m medicen_desktop
export-json`` and ``import-json`` (into a new database) as a user runs them,
each a fresh process, launch to exit, interleaved with a bare ``python -c
pass`` (the floor of any Python command), median of ``--runs`` rounds, with
the peak RSS of each.

Then, **in-process and warm** (libraries imported: where the work's own time
goes, not what a user waits for), the median of several calls of each step,
against the time to json.loads + json.dumps the same bytes (the floor any
JSON round trip pays).

    .venv/bin/python benchmarks/foundation_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Iterator
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: tests.large_proposal

from process import PYTHON, environment, interleaved  # benchmarks/process.py, beside this script
from timing import median_time  # benchmarks/timing.py, beside this script

from medicen_desktop.document.jsonio import dump_document, load_document
from tests.large_proposal import make_large
from medicen_desktop.services import proposals
from medicen_desktop.store.database import Database


class _FreshDatabase(list[str]):
    """The import-json command line, naming a new database file each time it is read."""

    def __init__(self, app: list[str], folder: str, source: Path, counter: Iterator[int]) -> None:
        super().__init__()
        self._app, self._folder, self._source, self._counter = app, folder, source, counter

    def __iter__(self) -> Iterator[str]:
        target = str(Path(self._folder) / f"fresh-p{next(self._counter)}.db")
        return iter([*self._app, target, "import-json", str(self._source)])


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
        json_path = Path(folder) / "large.json"
        json_path.write_bytes(raw)
        app = [PYTHON, "-m", "medicen_desktop", "--db"]
        counter = iter(range(10**6))
        processes = interleaved({
            "python -c pass (floor)": [PYTHON, "-c", "pass"],
            "medicen export-json (large)": [*app, str(Path(folder) / "bench.db"), "export-json", uuid, "-o",
                                            str(Path(folder) / "out.json")],
            "medicen import-json, new database": _FreshDatabase(app, folder, json_path, counter),
        }, runs, environment())
    print(f"large proposal: {len(document.participations)} partners, {len(document.work_packages)} WPs, "
          f"{len(document.deliverables)} deliverables, {len(raw) / 1e6:.2f} MB of JSON; median of {runs} runs")
    floor = processes["python -c pass (floor)"].median
    print("process to process (launch to exit):")
    for name, sample in processes.items():
        print(f"  {name:38s} {sample.median * 1000:8.1f} ms  {sample.median / floor:5.1f}× the floor, "
              f"peak RSS {sample.peak:.0f} MB")
    print("in-process, warm (libraries imported):")
    print(f"{'baseline json.loads + json.dumps':40s} {baseline * 1000:8.1f} ms   1.0x")
    for name, seconds in figures.items():
        print(f"{name:40s} {seconds * 1000:8.1f} ms  {seconds / baseline:5.1f}x")


if __name__ == "__main__":
    main()
