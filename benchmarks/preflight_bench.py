"""Preflight and page meter benchmark on the large proposal (he-ria, 25 partners, about 75 counted pages).

1. Process to process, as the user waits for them: ``medicen-desktop preflight LARGE-EU --json`` against
   ``medicen-desktop export LARGE-EU -f pdf -o FILE`` (the baseline), interleaved runs, medians of wall
   time and of each pair's ratio. Target: preflight ≤ 1× the export.
2. The section editor's page meter after one section changed (the worker's work once typing pauses):
   ``PageMeter.after_edit`` (the quick reading), against ``measure_all`` (the exact reading, a full layout)
   as the baseline of the same batch. Target: ≤ 300 ms. The editor adds its typing pause
   (``gui.page_meter.DELAY_MS``) before the reading starts.

    .venv/bin/python benchmarks/preflight_bench.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import resource as rusage
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.large_proposal import make_large  # noqa: E402
from medicen_desktop.export.page_meter import PageMeter  # noqa: E402
from medicen_desktop.rules.templates import get_template  # noqa: E402
from medicen_desktop.services import proposals  # noqa: E402
from medicen_desktop.store.database import Database  # noqa: E402


def _cli(db: Path, *args: str) -> tuple[float, float]:
    """(wall, CPU) seconds of one CLI process; CPU time is the steadier on a shared machine."""
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([sys.executable, "-m", "medicen_desktop", "--db", str(db), *args], capture_output=True,
                   check=False, timeout=600)
    return time.perf_counter() - start, _children_cpu() - cpu


def _children_cpu() -> float:
    usage = rusage.getrusage(rusage.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def processes(folder: Path, runs: int) -> None:
    db = folder / "bench.db"
    database = Database.open(db)
    try:
        proposals.import_document(database, make_large())
    finally:
        database.close()
    _cli(db, "preflight", "LARGE-EU")  # warm-up: page cache, .pyc files
    pairs = []
    for _ in range(runs):
        p = _cli(db, "preflight", "LARGE-EU", "--json")
        e = _cli(db, "export", "LARGE-EU", "-f", "pdf", "-o", str(folder / "large.pdf"))
        pairs.append((p, e))
    for kind, index in (("wall", 0), ("cpu", 1)):
        preflight = [p[index] for p, _ in pairs]
        export = [e[index] for _, e in pairs]
        ratios = [p[index] / e[index] for p, e in pairs]
        print(f"{kind:4} preflight process {statistics.median(preflight):6.2f} s, pdf export process (baseline) "
              f"{statistics.median(export):6.2f} s; ratio: median of pairs {statistics.median(ratios):.2f}, "
              f"of medians {statistics.median(preflight) / statistics.median(export):.2f}   (target ≤ 1.0)")


def meter(runs: int) -> None:
    document = make_large()
    template = get_template(document.proposal.template_key)
    quick, exact = [], []
    for run in range(runs):
        meter = PageMeter(template)
        meter.measure_all(document, "impact")
        extra = " The consortium adds one more sentence to this section." * (20 * (run + 1))
        edited = document.model_copy(update={"sections": [
            s.model_copy(update={"body": s.body + extra}) if s.key == "impact" else s for s in document.sections]})
        start = time.perf_counter()
        meter.after_edit(edited, "impact")
        quick.append(time.perf_counter() - start)
        start = time.perf_counter()
        meter.measure_all(edited, "impact")
        exact.append(time.perf_counter() - start)
    q, e = statistics.median(quick), statistics.median(exact)
    print(f"page meter, quick reading after one section changed  {q * 1000:6.0f} ms   (target ≤ 300 ms)")
    print(f"page meter, full layout (baseline)                   {e * 1000:6.0f} ms   ratio {q / e:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="medicen-preflight-bench-") as folder:
        processes(Path(folder), args.runs)
    meter(args.runs)
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")


if __name__ == "__main__":
    main()
