"""The GUI thread's event-loop pass while a worker job computes in pure Python, with the worker's GIL switch
interval (``gui.worker.JOB_SWITCH_INTERVAL``) against Python's default (5 ms) as the baseline.

Usage: .venv/bin/python benchmarks/gil_bench.py [--rounds N]

In-process figures (the user waits for the window): a ``Worker`` runs a job
that spins in pure Python on one core while the GUI thread, pinned to the
other, destroys a deleted widget tree of 300 labels (one event-loop pass that
enters Python once per wrapper: what a step change or a closed dialog costs).
Timed: that pass, from the loop's start to its quit. Each thread gets its own
core, as on a desktop: on one core the GUI thread takes the GIL back before
the job's thread is scheduled and nothing shows. The two cases alternate,
``--rounds`` times each; printed: medians, their ratio (the GUI event loop
may be blocked at most 100 ms) and the load average. This was a timed test
(``tests/gui/test_worker.py``); the test now checks the mechanism (the interval
is lowered while a job runs, restored after) and this script the figure.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget  # noqa: E402

from process import load_average  # noqa: E402  (benchmarks/process.py, beside this script)

from medicen_desktop.gui import worker as worker_module  # noqa: E402
from medicen_desktop.gui.worker import Job, Worker  # noqa: E402
from medicen_desktop.progress import Progress  # noqa: E402


def one_pass_ms(app: QApplication, interval: float, cpus: list[int]) -> float:
    """The event-loop pass destroying a 300-label tree while a job spins, the job's switch interval ``interval``."""
    worker_module.JOB_SWITCH_INTERVAL = interval
    worker = Worker()
    started, stop = threading.Event(), threading.Event()

    def spin(_progress: Progress) -> int:
        os.sched_setaffinity(0, {cpus[1]})  # this thread only (Linux)
        started.set()
        turns = 0
        while not stop.is_set():
            turns += 1
        return turns

    gui_cpus = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {cpus[0]})
    try:
        worker.submit(Job(spin, "spin"))
        if not started.wait(10):
            raise RuntimeError("the job did not start")
        tree = QWidget()
        layout = QVBoxLayout(tree)
        for i in range(300):
            layout.addWidget(QLabel(str(i)))
        tree.deleteLater()
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        start = time.perf_counter()
        loop.exec()  # destroys the tree, then quits
        return (time.perf_counter() - start) * 1000
    finally:
        stop.set()
        worker.shutdown()
        os.sched_setaffinity(0, gui_cpus)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) < 2:
        print("needs two cores (the waits add up only when the two threads run on different cores)")
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    lowered, default = worker_module.JOB_SWITCH_INTERVAL, sys.getswitchinterval()
    print(load_average(), "at the start")
    cases: dict[str, list[float]] = {"worker interval": [], "default interval (baseline)": []}
    for _ in range(args.rounds):
        cases["worker interval"].append(one_pass_ms(app, lowered, cpus))
        cases["default interval (baseline)"].append(one_pass_ms(app, default, cpus))
    worker_module.JOB_SWITCH_INTERVAL = lowered
    for name, values in cases.items():
        print(f"in-process, event-loop pass destroying 300 labels while a job computes, {name}: "
              f"median {statistics.median(values):.1f} ms, max {max(values):.1f} ms over {args.rounds} rounds")
    ratio = statistics.median(cases["worker interval"]) / statistics.median(cases["default interval (baseline)"])
    print(f"ratio worker / default: {ratio:.2f} (the pass must stay well under 100 ms); {load_average()} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
