"""The background worker: its thread starts with the first job, never after shutdown, and a running job
lowers the GIL switch interval so that it does not starve the GUI thread (benchmarks/gil_bench.py measures it)."""

from __future__ import annotations

import sys
import threading

from medicen_desktop.gui.worker import JOB_SWITCH_INTERVAL, Job, Worker
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


def test_a_running_job_lowers_the_gil_switch_interval_and_restores_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """While a job runs pure Python, the GUI thread waits for the GIL each time it enters Python, up to the
    switch interval each time (5 ms by default: a pass destroying a widget tree took 100-500 ms). So a job
    runs with ``JOB_SWITCH_INTERVAL``, and the interval is restored when it ends, even when it fails.
    How long the GUI thread's pass then takes is measured by ``benchmarks/gil_bench.py``, not here."""
    default = sys.getswitchinterval()
    before = 0.005  # Python's default, set here: an earlier test's thread may have left it lowered
    sys.setswitchinterval(before)
    worker = Worker()
    try:
        for fails in (False, True):
            seen: list[float] = []

            def job(_progress: Progress, fails: bool = fails) -> int:
                seen.append(sys.getswitchinterval())
                if fails:
                    raise RuntimeError("a job that fails")
                return 1

            work = Job(job, "probe")
            with qtbot.waitSignal(work.done, timeout=5000):
                worker.submit(work)
            assert len(seen) == 1 and abs(seen[0] - JOB_SWITCH_INTERVAL) < 1e-6 and JOB_SWITCH_INTERVAL < before
            assert abs(sys.getswitchinterval() - before) < 1e-9
    finally:
        worker.shutdown()
        sys.setswitchinterval(default)
