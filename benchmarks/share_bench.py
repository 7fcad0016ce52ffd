"""What confidentiality and signatures cost the coordinator exporting a package and the partner opening it.

On the large proposal (25 partners), interleaved runs of: ``create_package``
at each sharing level (``full`` does no cutting: the baseline), the
partner's ``open_package`` of a "totals" package, and the Ed25519 signing
and verification alone. Prints medians (CPU time too: the machine is
shared) and each level's ratio to ``full``.

Run: .venv/bin/python benchmarks/share_bench.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.large_proposal

from medicen_desktop.exchange.signature import KeyPair, sign_manifest, verify_manifest  # noqa: E402
from medicen_desktop.services import assignment, packages, proposals, sharing  # noqa: E402
from medicen_desktop.store.database import Database  # noqa: E402
from tests.large_proposal import make_large  # noqa: E402


def _timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args(argv).runs
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "co.db")
        uuid = proposals.import_document(db, make_large(), actor="bench")
        assignment.assign_defaults(db, uuid)
        partner = proposals.get_document(db, uuid).participations[3].uuid
        samples: dict[str, list[tuple[float, float]]] = {k: [] for k in ("full", "totals", "none", "open")}
        for run in range(runs):
            for level in ("full", "totals", "none"):
                sharing.set_sharing_level(db, uuid, level)
                made: list[bytes] = []
                samples[level].append(_timed(lambda: made.append(packages.create_package(db, uuid, partner).data)))
                if level == "totals":
                    target = Database.open(Path(folder) / f"partner-{run}.db")
                    samples["open"].append(_timed(lambda: packages.open_package(target, made[0], "p")))
                    target.close()
        key, manifest = KeyPair.generate(), b"x" * 4096
        sign = statistics.median(_timed(lambda: sign_manifest(manifest, key))[0] for _ in range(200))
        signature = sign_manifest(manifest, key)
        members = {"manifest.json": manifest, "signature.json": signature}
        verify = statistics.median(_timed(lambda: verify_manifest(members, "m", "package"))[0] for _ in range(200))
        db.close()
    base = statistics.median(w for w, _ in samples["full"])
    for name, values in samples.items():
        wall, cpu = statistics.median(w for w, _ in values), statistics.median(c for _, c in values)
        ratio = f"  ×{wall / base:.2f} of full" if name in ("totals", "none") else ""
        label = f"create_package {name}" if name != "open" else "open_package totals"
        print(f"{label:<24} median {wall * 1000:7.1f} ms (CPU {cpu * 1000:7.1f} ms){ratio}")
    print(f"Ed25519 sign {sign * 1e6:.0f} µs, verify {verify * 1e6:.0f} µs (4 KiB manifest); {runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
