"""The background worker: its thread starts with the first job, and never after shutdown."""

from __future__ import annotations

import threading

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
