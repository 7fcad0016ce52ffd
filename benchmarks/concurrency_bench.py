"""Many writers on a PostgreSQL team server: the time of a field edit, and how soon an open window sees it.

Run: ``.venv/bin/python benchmarks/concurrency_bench.py [--writers 8] [--edits 40] [--think-ms 100] [--rounds 3]``.

What is timed: the autosave's write of one typed field, in process, through the
service the open window calls (``services.edit.update_typed``, what
``ProposalSession`` runs on its autosave thread): a user of the window waits
for that call, not for a process to start. Each writer is a process of its
own (one user's window), with its own connection, making ``--edits`` edits of
its own section's text with ``--think-ms`` between them (a fast typist's
autosave). Three batches a round, interleaved, ``--rounds`` rounds:

- 1 writer (the baseline of the same round);
- N writers on one proposal (the issue's case: they all bump its revision,
  so they take turns on its lock);
- N writers on N proposals (one each: they do not wait for each other).

Meanwhile a listener process plays the coordinator's open window on the first
proposal, as ``gui.live.LiveWatch`` and ``ProposalSession.refresh_from_store``
do: LISTEN, then on each notification read the revision, what changed and the
whole proposal. Refresh latency: from a writer's commit (when its call
returned) to the moment the window had read that revision.

Printed per batch: edit p50/p95, the p95 of the time spent waiting for the
write lock, the refresh p95, and the 1-minute load average when the batch
ended (the machine is shared: every figure comes with its load). Then the
median of each over the rounds, and the p95 ratio of N writers over 1.
Targets (issue 15): with 8 writers, edit p95 <= 50 ms, refresh p95 <= 1 s.

``--compare-ping`` adds, to each round, the same batches with the writers' pools pinging every connection
they take (SQLAlchemy's ``pool_pre_ping``, what ``store.database`` did before ``store.server_engine``):
"pinged" against "as shipped", interleaved, with the ratio of their medians.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _writer(url: str, proposal: str, worker: int, edits: int, think_ms: int, ping: bool = False) -> None:
    """One window's autosave: ``edits`` typed values of its section's body, each timed."""
    from sqlalchemy import event

    from medicen_desktop.errors import WriteConflict
    from medicen_desktop.services import edit, proposals
    from medicen_desktop.store.database import Database

    db = Database.open(url)
    db.user = f"writer-{worker}"
    if ping:  # the old way: a round trip at every checkout (--compare-ping)
        db._write_engine.pool._pre_ping = True
    waited = [0.0]
    started_at: list[float] = []

    @event.listens_for(db._write_engine, "before_cursor_execute")
    def _before(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if "pg_advisory_xact_lock" in statement:
            started_at.append(time.perf_counter())

    @event.listens_for(db._write_engine, "after_cursor_execute")
    def _after(_c: Any, _cur: Any, statement: str, *_args: Any) -> None:
        if "pg_advisory_xact_lock" in statement and started_at:
            waited[0] += time.perf_counter() - started_at.pop()

    document = proposals.get_document(db, proposal)
    section = document.sections[worker % len(document.sections)]
    shown = section.body
    print("ready", flush=True)
    sys.stdin.readline()  # every writer starts together
    for number in range(edits):
        value = f"{shown}\n\nParagraphe {number} tapé par w{worker}." if number % 8 else f"Texte de w{worker}."
        waited[0] = 0.0
        started = time.perf_counter()
        revision = None
        try:
            change = edit.update_typed(db, "sections", section.uuid, "body", value, shown)
            status = "landed"
            shown = value
            revision = change.proposal_revisions[1] if change.proposal_revisions else None
        except WriteConflict:
            status = "conflict"
        elapsed = time.perf_counter() - started
        print(json.dumps({"seconds": elapsed, "lock": waited[0], "status": status, "revision": revision,
                          "at": time.time()}), flush=True)
        time.sleep(think_ms / 1000)
    db.close()


def _window(url: str, proposal: str) -> None:
    """The coordinator's open window: on each notification, read what changed and the proposal again."""
    from medicen_desktop.services import proposals, revisions
    from medicen_desktop.store.changes import watcher_for
    from medicen_desktop.store.database import Database

    db = Database.open(url)
    known = revisions.current_revision(db, proposal) or 0
    watcher = watcher_for(None, db.url, proposal)  # as LiveWatch: woken by this proposal's commits only
    print("ready", flush=True)
    while True:
        if not watcher.wait(0.5):
            continue
        current = revisions.current_revision(db, proposal) or 0
        if current <= known:
            continue
        revisions.changes_since(db, proposal, known)
        known = proposals.get_document(db, proposal).proposal.revision
        print(json.dumps({"revision": known, "seen": time.time()}), flush=True)


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def _start(args: list[str]) -> subprocess.Popen[str]:
    process = subprocess.Popen([sys.executable, __file__, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    return process


def _batch(url: str, targets: list[str], edits: int, think_ms: int, ping: bool = False) -> dict[str, float]:
    window = _start(["--window", url, targets[0]])
    writers = [_start(["--writer", url, proposal, str(w), str(edits), str(think_ms), str(int(ping))])
               for w, proposal in enumerate(targets)]
    for process in writers:
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    rows: list[dict[str, Any]] = []
    for w, process in enumerate(writers):
        out, _ = process.communicate()
        rows += [{**json.loads(line), "proposal": targets[w]} for line in out.splitlines()]
    time.sleep(1.5)  # the window's last refresh
    window.terminate()
    out, _ = window.communicate()
    seen = [json.loads(line) for line in out.splitlines()]
    latencies = []
    for row in rows:
        if row["proposal"] == targets[0] and row["revision"] is not None:
            visible = [s["seen"] for s in seen if s["revision"] >= row["revision"]]
            latencies.append(max(0.0, min(visible) - row["at"]) * 1000 if visible else float("inf"))
    times = [r["seconds"] * 1000 for r in rows]
    return {"p50": statistics.median(times), "p95": _percentile(times, 0.95),
            "lock_p95": _percentile([r["lock"] * 1000 for r in rows], 0.95),
            "refresh_p95": _percentile(latencies, 0.95), "edits": len(rows), "refreshes": len(latencies),
            "conflicts": sum(r["status"] == "conflict" for r in rows), "load": os.getloadavg()[0]}


def _line(name: str, r: dict[str, float]) -> str:
    return (f"{name:<28} edit p50 {r['p50']:6.1f} ms  p95 {r['p95']:6.1f} ms  lock wait p95 {r['lock_p95']:5.1f} ms"
            f"  refresh p95 {r['refresh_p95']:6.0f} ms  ({int(r['edits'])} edits, {int(r['conflicts'])} conflicts, "
            f"{int(r['refreshes'])} refreshes timed)  load {r['load']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writers", type=int, default=8)
    parser.add_argument("--edits", type=int, default=40)
    parser.add_argument("--think-ms", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare-ping", action="store_true", help="also run every batch with a ping per checkout")
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
        url = server.create_database()
        db = Database.open(url)
        first = proposals.create_demo(db)
        spread = [first] + [proposals.duplicate(db, first, f"P{n}") for n in range(1, args.writers)]
        db.close()
        print(f"timed: services.edit.update_typed (the autosave's write of one typed field), in process; "
              f"{args.writers} writer processes x {args.edits} edits, {args.think_ms} ms apart; "
              f"CPUs: {os.cpu_count()}; load before: {os.getloadavg()[0]:.2f}")
        batches = {"1 writer": [first], f"{args.writers} writers, one proposal": [first] * args.writers,
                   f"{args.writers} writers, {args.writers} proposals": spread}
        variants = [("", False)] + ([(" (pinged)", True)] if args.compare_ping else [])
        results: dict[str, list[dict[str, float]]] = {name + label: [] for name in batches for label, _ in variants}
        for number in range(args.rounds):
            for name, targets in batches.items():
                for label, ping in variants if number % 2 == 0 else variants[::-1]:
                    results[name + label].append(_batch(url, targets, args.edits, args.think_ms, ping))
                    print(f"round {number + 1}: " + _line(name + label, results[name + label][-1]), flush=True)
        print(f"median of {args.rounds} rounds:")
        medians = {name: {key: statistics.median(r[key] for r in runs) for key in runs[0]}
                   for name, runs in results.items()}
        for name, median in medians.items():
            print("  " + _line(name, median))
        one = medians["1 writer"]["p95"]
        for name in list(batches)[1:]:
            print(f"  p95 {name} / 1 writer: {medians[name]['p95'] / one:.2f}x")
        for name in batches if args.compare_ping else []:
            shipped, pinged = medians[name], medians[name + " (pinged)"]
            print(f"  {name}: as shipped / pinged: p50 {shipped['p50'] / pinged['p50']:.2f}x, "
                  f"p95 {shipped['p95'] / pinged['p95']:.2f}x")
        print("targets: edit p95 <= 50 ms, refresh p95 <= 1000 ms with 8 writers")
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--writer":
        _writer(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), sys.argv[7] == "1")
    elif len(sys.argv) > 1 and sys.argv[1] == "--window":
        _window(sys.argv[2], sys.argv[3])
    else:
        main()
