"""The one background worker: slow work (export, validation) off the GUI thread.

A ``Job`` wraps a function of a ``Progress``; ``Worker.submit`` runs jobs
one after the other on a single ``QThread`` and the job's signals bring the
result, the exception or the cancellation back to the GUI thread. Workers
never touch widgets; the GUI reads the job's progress (plain attributes of
a ``CancellableProgress``) with a timer, so the worker never waits for the GUI.
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from medicen_desktop.progress import CancellableProgress, Cancelled, Progress

if TYPE_CHECKING:
    from PySide6.QtCore import QThread

log = logging.getLogger(__name__)

JOB_SWITCH_INTERVAL = 0.0001
"""The GIL switch interval (seconds) while a job runs; see ``_Runner.run``."""


class Job(QObject):
    """One piece of background work. Connect to its signals before submitting."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    done = Signal()
    """Emitted last, whatever the outcome."""

    def __init__(self, function: Callable[[Progress], Any], label: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.function = function
        self.label = label
        self.progress = CancellableProgress()
        self.running = False

    def cancel(self) -> None:
        self.progress.cancel()


class _Runner(QObject):
    @Slot(object)
    def run(self, job: Job) -> None:
        job.running = True
        # A full garbage collection walks every object while holding the GIL:
        # with a large proposal loaded that stalls the GUI thread > 100 ms. Freezing
        # what exists before the job limits collections to what the job creates.
        gc.freeze()
        # A job computing in pure Python holds the GIL, and the GUI thread gets it back only after
        # waiting the switch interval (5 ms by default), every time it enters Python: each slot, item
        # model or delegate call, each Python wrapper of a deleteLater()'d widget tree. An event-loop
        # pass enters Python hundreds of times: one that takes 10 ms alone took 500-800 ms at the start
        # of an export (measured: a stream of 5 ms GIL waits on the GUI thread while a deleted window's
        # wrappers were destroyed and the Export step painted; no garbage collection over 2 ms). A
        # 0.1 ms interval bounds each wait; it costs nothing while the GUI is idle, since only a thread
        # waiting for the GIL asks for a switch.
        switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(JOB_SWITCH_INTERVAL)
        try:
            if job.progress.cancelled:
                raise Cancelled()
            result = job.function(job.progress)
        except Cancelled:
            job.cancelled.emit()
        except Exception as exc:
            log.debug("background job %r failed", job.label, exc_info=True)
            job.failed.emit(exc)
        else:
            job.succeeded.emit(result)
        finally:
            sys.setswitchinterval(switch_interval)
            gc.unfreeze()
            job.running = False
            job.done.emit()


class Worker(QObject):
    """A single background thread running submitted jobs in order."""

    _submit = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread: QThread | None = None  # started by the first job: none before the window's first frame
        self._stopped = False
        self._runner = _Runner()
        self._jobs: list[Job] = []
        # Destroying a running QThread aborts the process: stop it whenever the application quits.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    def _start(self) -> None:
        from PySide6.QtCore import QThread

        self._thread = QThread()
        self._thread.setObjectName("medicen-worker")
        self._runner.moveToThread(self._thread)
        self._submit.connect(self._runner.run)  # after the move: connected before, the jobs would run here
        self._thread.start()

    def submit(self, job: Job) -> Job:
        if self._thread is None and not self._stopped:  # after shutdown, a job is dropped as before
            self._start()
        self._jobs.append(job)
        job.done.connect(lambda: self._jobs.remove(job) if job in self._jobs else None)
        self._submit.emit(job)
        return job

    def running_thread(self) -> bool:
        """Whether the worker's thread is running (it starts with the first job)."""
        return self._thread is not None and self._thread.isRunning()

    def shutdown(self) -> None:
        """Cancel what is queued or running and wait for the thread (never destroy it running)."""
        self._stopped = True  # a later submit must not start a thread nobody stops
        if self._thread is None or not self._thread.isRunning():
            return
        for job in list(self._jobs):
            job.cancel()
        self._thread.quit()
        self._thread.wait()
