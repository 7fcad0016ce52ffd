"""Command start to exit, process to process: what a user waits for at the prompt.

Usage: .venv/bin/python benchmarks/cli_bench.py [--runs N]

Times each command as a fresh process of the real entry point
(``python -m medicen_desktop``) on a database holding the sample proposal
(created by ``demo``), launch to exit, interleaved with a bare
``python -c pass`` (the floor any Python command pays) in each round.
Prints the median wall time, the ratio to the bare start, the peak RSS, and
the targets of issue #19 (``--help`` ≤ 0.15 s; ``list``, ``validate``,
``export-json`` ≤ 0.35 s).
"""

from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

from process import PYTHON, environment, interleaved, load_average  # benchmarks/process.py, beside this script

TARGETS = {"--help": 0.15, "list": 0.35, "validate --json": 0.35, "export-json": 0.35}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    env = environment()
    before = load_average()
    with tempfile.TemporaryDirectory() as folder:
        db = str(Path(folder) / "sample.db")
        subprocess.run([PYTHON, "-m", "medicen_desktop", "--db", db, "demo"], check=True, env=env,
                       capture_output=True)
        app = [PYTHON, "-m", "medicen_desktop"]
        commands = {
            "python -c pass (floor)": [PYTHON, "-c", "pass"],
            "--help": [*app, "--help"],
            "list": [*app, "--db", db, "list"],
            "validate --json": [*app, "--db", db, "validate", "EPI-DIAG", "--json"],
            "export-json": [*app, "--db", db, "export-json", "EPI-DIAG", "-o", str(Path(folder) / "out.json")],
        }
        samples = interleaved(commands, args.runs, env)
    floor = samples["python -c pass (floor)"].median
    print(f"process to process (launch to exit), sample proposal; median of {args.runs} interleaved runs")
    print(f"before: {before}; after: {load_average()}")
    print(f"{'command':26s} {'median':>9s} {'× floor':>8s} {'peak RSS':>9s}   target")
    for name, sample in samples.items():
        target = TARGETS.get(name)
        verdict = "" if target is None else f"≤ {target * 1000:.0f} ms: {'ok' if sample.median <= target else 'MISSED'}"
        print(f"{name:26s} {sample.median * 1000:7.0f} ms {sample.median / floor:7.1f}× {sample.peak:6.0f} MB   {verdict}")


if __name__ == "__main__":
    main()
