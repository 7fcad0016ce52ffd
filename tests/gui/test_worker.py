"""The background worker: its thread starts with the first job, never after shutdown, and a running job
does not starve the GUI thread of the GIL."""

from __future__ import annotations

import os
import threading
import time

import pytest
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from medicen_desktop.gui.worker import Job, Worker
from medicen_desktop.progress import Progress


def test_the_thread_starts_with_the_first_job_and_runs_it_off_the_gui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """No thread at start-up (the window's first frame does not pay for one); the first job starts it."""
    worker = Worker()
    try:
        assert not worker.running_thread()
        ran_on: list[str] = []

        def work(_progress: Progress) -> int:
            ran_on.append(threading.current_thread().name)
            return 42

        job = Job(work, "probe")
        with qtbot.waitSignal(job.succeeded, timeout=5000) as blocker:
            worker.submit(job)
        assert blocker.args == [42]
        assert worker.running_thread()
        assert ran_on and ran_on[0] != threading.main_thread().name
    finally:
        worker.shutdown()
    assert not worker.running_thread()


def test_a_job_submitted_after_shutdown_starts_no_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A late job (a timer firing after the window closed) must not start a thread nobody would stop:
    destroying a running QThread aborts the process."""
    worker = Worker()
    worker.shutdown()
    job = Job(lambda _progress: 1, "late")
    with qtbot.assertNotEmitted(job.succeeded, wait=200):
        worker.submit(job)
    assert not worker.running_thread()


def test_the_gui_thread_gets_the_gil_promptly_while_a_job_computes(qtbot) -> None:  # type: ignore[no-untyped-def]
    """While a job runs pure Python, the GUI thread waits for the GIL each time it enters Python; destroying
    a deleted widget tree takes it once per Python wrapper. That event-loop pass must stay well under the
    100 ms the event loop may be blocked (it took 100-500 ms with the default 5 ms switch interval).

    The waits add up only when the two threads run on different cores, as on any desktop: on one core the
    GUI thread takes the GIL back before the job's thread is scheduled. So each thread gets its own core."""
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    if len(cpus) < 2:
        pytest.skip("needs two cores")
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
        assert started.wait(5)
        destroyed: list[bool] = []
        for round_ in range(3):
            tree = QWidget()
            layout = QVBoxLayout(tree)
            for i in range(300):
                layout.addWidget(QLabel(str(i)))
            tree.destroyed.connect(lambda: destroyed.append(True))
            tree.deleteLater()
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            start = time.perf_counter()
            loop.exec()  # destroys the tree, then quits
            elapsed_ms = (time.perf_counter() - start) * 1000
            assert len(destroyed) == round_ + 1
            assert elapsed_ms < 60, f"the event loop waited {elapsed_ms:.0f} ms for the GIL"
    finally:
        stop.set()
        worker.shutdown()
        os.sched_setaffinity(0, gui_cpus)
