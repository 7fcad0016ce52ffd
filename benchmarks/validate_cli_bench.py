"""Time what a user waits for: `validate PROPOSAL --json` as a process, start to exit.

Each round runs the command once per tree (this one and, with --baseline,
another checkout of the application such as `git archive main`), in turn,
each on its own copy of a database holding the sample proposal, so both
pay the same start-up; prints the median per tree and the median of the
per-round ratios. Process to process: Python start-up, imports, opening
the database, loading the call's template, the checks and the JSON.

    .venv/bin/python benchmarks/validate_cli_bench.py [--rounds 9] [--baseline /tmp/base] [--large]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _prepare(tree: Path, folder: Path, large: bool) -> tuple[Path, str]:
    """A database made by ``tree``'s own code, holding the sample (or the large) proposal; its acronym."""
    db = folder / f"{tree.name}.db"
    script = ("import sys; from medicen_desktop.store.database import Database; "
              "from medicen_desktop.services import proposals; "
              "from medicen_desktop.document.sample import make_sample; from tests.large_proposal import make_large; "
              f"db = Database.open(sys.argv[1]); d = {'make_large()' if large else 'make_sample()'}; "
              "proposals.import_document(db, d); print(d.proposal.acronym); db.close()")
    out = subprocess.run([sys.executable, "-c", script, str(db)], cwd=tree, env=_env(tree), check=True,
                         capture_output=True, text=True)
    return db, out.stdout.strip()


def _env(tree: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(tree), "PYTHONDONTWRITEBYTECODE": "1"}


def _run(tree: Path, db: Path, acronym: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "medicen_desktop", "--db", str(db), "validate", acronym, "--json"],
                            cwd=tree, env=_env(tree), capture_output=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{tree}: exit {result.returncode}: {result.stderr.decode()[-500:]}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--baseline", type=Path, help="another checkout of the application to compare with")
    parser.add_argument("--large", action="store_true", help="the large proposal instead of the sample")
    args = parser.parse_args()
    trees = [HERE] + ([args.baseline.resolve()] if args.baseline else [])
    with tempfile.TemporaryDirectory() as folder:
        os.environ["MEDICEN_CACHE_DIR"] = str(Path(folder) / "cache")  # cold at first, warm after: what users see
        prepared = {tree: _prepare(tree, Path(folder), args.large) for tree in trees}
        for tree in trees:
            _run(tree, *prepared[tree])  # warm the OS file cache and the template cache once
        times: dict[Path, list[tuple[float, float]]] = {tree: [] for tree in trees}
        for _ in range(args.rounds):
            for tree in trees:
                times[tree].append(_run(tree, *prepared[tree]))
    what = "large proposal" if args.large else "sample proposal"
    print(f"validate --json on the {what}, process to process, median of {args.rounds} interleaved rounds "
          f"(wall; CPU = user + system, steadier on a busy machine)")
    for tree in trees:
        wall = statistics.median(t[0] for t in times[tree])
        cpu = statistics.median(t[1] for t in times[tree])
        print(f"  {tree}: wall {wall * 1000:7.0f} ms   CPU {cpu * 1000:7.0f} ms")
    if args.baseline:
        for index, name in ((0, "wall"), (1, "CPU")):
            ratios = [a[index] / b[index] for a, b in zip(times[HERE], times[trees[1]], strict=True)]
            print(f"  this tree / baseline, {name}: median of per-round ratios {statistics.median(ratios):.2f}")


if __name__ == "__main__":
    main()
