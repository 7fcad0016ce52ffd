"""Diff of the large proposal against a version with 5 % of its paragraphs changed since; print what it times.

Set-up: ``make_large()`` (25 partners, 12 WPs, ~60 pages) stored in a fresh
database, a version taken (``snapshot``), then 5 % of all Markdown
paragraphs (sections, WP texts, tasks, CVs, risks...) changed by a few words
each and written back as one revision.

What it times, as medians of interleaved runs:

1. in process, libraries imported (as the GUI's worker runs it):
   - ``diff``: ``exchange.diff.diff_documents(version, now)``, the pure diff
     (target ≤ 300 ms);
   - ``compare``: ``services.versions.compare``: read the version and the
     proposal from the database, then the same diff (what the Versions
     window waits for);
   - baseline: ``get_document``, reading the proposal alone.
2. process to process, as a user types them: ``diff LARGE 1 --json`` against
   ``versions LARGE`` (a command that opens the same database and prints a
   line) as the baseline.

Run: ``.venv/bin/python benchmarks/diff_bench.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: tests.large_proposal

from process import PYTHON, environment, interleaved  # benchmarks/process.py, beside this script
from medicen_desktop.document.schema import ENTITY_LISTS, ProposalDocument
from medicen_desktop.document.text import MARKDOWN_FIELDS
from medicen_desktop.exchange.diff import diff_documents
from medicen_desktop.exchange.textmerge import paragraphs
from medicen_desktop.services import proposals, versions
from medicen_desktop.store.database import Database
from tests.large_proposal import make_large

SHARE = 0.05


def changed_copy(document: ProposalDocument, share: float = SHARE, seed: int = 5) -> tuple[ProposalDocument, int, int]:
    """``document`` with ``share`` of its Markdown paragraphs edited (a word replaced, a clause added)."""
    rng = random.Random(seed)
    data = document.model_dump()
    slots = [(name, i, field, p) for name in ENTITY_LISTS for i, values in enumerate(data[name])
             for field in MARKDOWN_FIELDS if isinstance(values.get(field), str)
             for p in range(len(paragraphs(values[field])))]
    chosen = rng.sample(slots, max(1, round(len(slots) * share)))
    for name, i, field, p in chosen:
        paras = paragraphs(data[name][i][field])
        words = paras[p].split(" ")
        words[rng.randrange(len(words))] = "revised"
        paras[p] = " ".join(words) + " (updated after the review)"
        data[name][i][field] = "\n\n".join(paras)
    return ProposalDocument.model_validate(data), len(chosen), len(slots)


def _interleaved(functions: dict[str, Callable[[], object]], runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in functions}
    for function in functions.values():
        function()  # warm
    for _ in range(runs):
        for name, function in functions.items():
            start = time.perf_counter()
            function()
            times[name].append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "large.db"
        db = Database.open(path)
        uuid = proposals.import_document(db, make_large(), actor="bench")
        versions.take_snapshot(db, uuid, "before the review", actor="bench")
        kept = proposals.get_document(db, uuid)
        changed, count, total = changed_copy(kept)
        proposals.replace_document(db, changed, actor="bench")
        now = proposals.get_document(db, uuid)
        diff = diff_documents(kept, now)
        print(f"{count} of {total} paragraphs changed ({count / total:.1%}); the diff lists "
              f"{len(diff.entities)} entities, {sum(len(e.fields) for e in diff.entities)} fields")

        times = _interleaved({
            "baseline: read the proposal": lambda: proposals.get_document(db, uuid),
            "diff (pure, in process)": lambda: diff_documents(kept, now),
            "compare (read version + proposal, diff)": lambda: versions.compare(db, uuid, "1"),
        }, args.runs)
        base = statistics.median(times["baseline: read the proposal"])
        print(f"in process, median of {args.runs} interleaved runs:")
        for name, samples in times.items():
            median = statistics.median(samples)
            print(f"  {name:<42} {median * 1000:7.1f} ms  ({median / base:.2f}× baseline)")
        verdict = "met" if statistics.median(times["diff (pure, in process)"]) <= 0.300 else "NOT met"
        print(f"  target: pure diff ≤ 300 ms: {verdict}")
        db.close()

        env = environment()
        command = [PYTHON, "-m", "medicen_desktop", "--db", str(path)]
        samples = interleaved({
            "baseline: versions LARGE": [*command, "versions", uuid],
            "diff LARGE 1 --json": [*command, "diff", uuid, "1", "--json"],
        }, max(3, args.runs // 2), env)
        base = samples["baseline: versions LARGE"].median
        print(f"process to process, median of {max(3, args.runs // 2)} interleaved runs:")
        for name, sample in samples.items():
            print(f"  {name:<42} {sample.median * 1000:7.1f} ms  ({sample.median / base:.2f}× baseline), "
                  f"peak {sample.peak:.0f} MB")


if __name__ == "__main__":
    main()
