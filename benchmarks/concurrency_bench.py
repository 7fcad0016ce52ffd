"""Many writers on one PostgreSQL proposal: the time of a field edit and how soon an open window sees it.

Run: ``.venv/bin/python benchmarks/concurrency_bench.py [--writers 8] [--edits 40] [--think-ms 100]``.
Starts a throwaway PostgreSQL cluster (Debian's ``postgresql`` binaries, a
Unix socket, as the tests do), creates the sample proposal, then runs two
batches: 1 writer (the baseline) and N writer processes, each making field
edits the way the window does (``services.edit.update_fields`` based on the
value it showed) with a pause between edits (a person's pace). Meanwhile a
listener in this process plays the open window: it waits for NOTIFY
(``store.changes``), reads the proposal's revision, and notes when each
revision became visible. Printed: the load average before and after, each
batch's median and p95 edit time, the p95 ratio of N writers against 1,
conflicts, and the p95 refresh latency (commit to visible in the window).
Targets (issue 15): p95 edit ≤ 50 ms, p95 refresh ≤ 1 s, with 8 writers.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _worker(url: str, proposal: str, worker: int, edits: int, think_ms: int) -> None:
    from medicen_desktop.errors import WriteConflict
    from medicen_desktop.services import edit, proposals, revisions
    from medicen_desktop.store.database import Database

    db = Database.open(url)
    document = proposals.get_document(db, proposal)
    section = document.sections[worker % len(document.sections)]
    shown = section.title
    for number in range(edits):
        value = f"w{worker}-e{number}"
        started = time.perf_counter()
        try:
            edit.update_fields(db, "sections", section.uuid, {"title": value}, base={"title": shown})
            status = "landed"
            shown = value
        except WriteConflict:
            status = "conflict"
        elapsed = time.perf_counter() - started
        revision = revisions.current_revision(db, proposal)
        print(json.dumps({"seconds": elapsed, "status": status, "revision": revision, "at": time.time()}), flush=True)
        time.sleep(think_ms / 1000)
    db.close()


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _batch(url: str, proposal: str, writers: int, edits: int, think_ms: int) -> dict[str, object]:
    from medicen_desktop.services import revisions
    from medicen_desktop.store.changes import watcher_for
    from medicen_desktop.store.database import Database

    db = Database.open(url)
    seen: dict[int, float] = {}
    stop = threading.Event()

    def listen() -> None:  # the open window: NOTIFY, then read the revision
        watcher = watcher_for(None, url)
        try:
            while not stop.is_set():
                if watcher.wait(0.2):
                    revision = revisions.current_revision(db, proposal) or 0
                    seen.setdefault(revision, time.time())
        finally:
            watcher.close()

    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    time.sleep(0.3)
    processes = [subprocess.Popen([sys.executable, __file__, "--worker", url, proposal, str(w), str(edits),
                                   str(think_ms)], stdout=subprocess.PIPE, text=True) for w in range(writers)]
    rows = []
    for process in processes:
        out, _ = process.communicate()
        rows += [json.loads(line) for line in out.splitlines()]
    time.sleep(1.0)
    stop.set()
    listener.join()
    db.close()
    times = [r["seconds"] * 1000 for r in rows]
    latencies = []
    for r in rows:
        visible = [t for revision, t in seen.items() if revision >= r["revision"]]
        if visible:
            latencies.append(max(0.0, min(visible) - r["at"]) * 1000)
    return {"median": statistics.median(times), "p95": _percentile(times, 0.95), "edits": len(rows),
            "conflicts": sum(r["status"] == "conflict" for r in rows),
            "refresh_p95": _percentile(latencies, 0.95) if latencies else float("nan"), "refreshes": len(latencies)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--think-ms", type=int, default=100)
    args = parser.parse_args()
    from medicen_desktop.services import proposals
    from medicen_desktop.store.database import Database
    from tests.postgres import PostgresServer, _binaries

    bindir = _binaries()
    if bindir is None:
        sys.exit("PostgreSQL server binaries not installed (Debian package postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="medicen-bench-pg-"))
    os.chmod(folder, 0o755)
    server = PostgresServer(bindir, folder)
    server.start()
    try:
        print(f"load average before: {os.getloadavg()}")
        url = server.create_database()
        db = Database.open(url)
        proposal = proposals.create_demo(db)
        db.close()
        one = _batch(url, proposal, 1, args.edits, args.think_ms)
        many = _batch(url, proposal, args.writers, args.edits, args.think_ms)
        for name, result in (("1 writer", one), (f"{args.writers} writers", many)):
            print(f"{name:>10}: edit median {result['median']:.1f} ms, p95 {result['p95']:.1f} ms "
                  f"({result['edits']} edits, {result['conflicts']} conflicts); "
                  f"refresh p95 {result['refresh_p95']:.0f} ms ({result['refreshes']} measured)")
        print(f"p95 edit, {args.writers} writers / 1 writer: {float(many['p95']) / float(one['p95']):.2f}x "
              f"(target: p95 <= 50 ms, refresh p95 <= 1000 ms)")
        print(f"load average after: {os.getloadavg()}")
    finally:
        server.stop()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        _worker(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]))
    else:
        main()
