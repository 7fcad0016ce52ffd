"""The section editor's page meter: pages of this section and the counted total against the call's limit.

The reading runs on the window's worker (``services.export.page_meter``, the
PDF export's own layout), never on the GUI thread: ``schedule`` waits until
typing has paused for ``DELAY_MS``, then a quick reading (the edited section
laid out alone) comes back in a fraction of a second, followed by the exact
one (the whole dossier). Readings of an older text are dropped; while one
runs, further typing queues a single new reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.gui.worker import Job, Worker

DELAY_MS = 250
"""Typing pause before a reading starts (the reading itself then takes about 0.1 s on a large dossier)."""


class PageMeterLabel(QLabel):
    """Shows a reading; ``readingShown`` is emitted each time (tests wait on it)."""

    readingShown = Signal(object)

    def __init__(self, worker: Worker, snapshot: Callable[[], tuple[ProposalDocument, str] | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageMeter")
        self.worker = worker
        self.snapshot = snapshot
        """The document with the editor's text in it, and the edited section's key (None: nothing to measure)."""
        self._meter: Any = None
        self._meter_call = ""
        self._generation = 0
        self._busy = False
        self._again: bool | None = None
        """A reading asked for while one ran: None, or whether it is a quick one."""
        self._timer = QTimer(self, singleShot=True, interval=DELAY_MS)
        self._timer.timeout.connect(lambda: self._start(quick=True))

    def schedule(self) -> None:
        """Typing happened: read again once it pauses."""
        self._generation += 1
        self._timer.start()

    def measure_now(self) -> None:
        """A section was opened: read the whole dossier now."""
        self._generation += 1
        self._timer.stop()
        self._start(quick=False)

    def _start(self, quick: bool) -> None:
        if self._busy:
            self._again = quick if self._again is None else (self._again and quick)
            return
        taken = self.snapshot()
        if taken is None:
            self.setText("")
            return
        document, key = taken
        generation = self._generation
        call = document.proposal.template_key
        if self._meter_call != call:
            self._meter, self._meter_call, quick = None, call, False

        def read(_progress: object) -> object:
            if self._meter is None:
                from medicen_desktop.services.export import page_meter

                self._meter = page_meter(document)
            return self._meter.after_edit(document, key) if quick else self._meter.measure_all(document, key)

        self._busy = True
        job = Job(read, "page meter", self)
        job.succeeded.connect(lambda reading: self._show(reading, generation, quick))
        job.failed.connect(lambda _exc: self.setText(""))  # a dossier that cannot be laid out: the export says why
        job.done.connect(self._finished)
        self.worker.submit(job)

    def _finished(self) -> None:
        self._busy = False
        if self._again is not None:
            quick, self._again = self._again, None
            self._start(quick)

    def _show(self, reading: Any, generation: int, quick: bool) -> None:
        if generation != self._generation:
            return  # the text changed meanwhile: a newer reading follows
        parts = []
        if reading.section_pages is not None:
            pages = QLocale().toString(float(reading.section_pages), "f", 1)  # "0,4" in French
            parts.append(self.tr("This section: {pages} pages").format(pages=pages))
        if reading.limit is not None:
            parts.append(self.tr("Counted: {pages} / {limit} pages").format(pages=reading.pages, limit=reading.limit))
        else:
            parts.append(self.tr("Counted: {pages} pages").format(pages=reading.pages))
        self.setText(" · ".join(parts))
        self.setProperty("over", reading.over_limit)
        self.style().polish(self)
        self.setToolTip(self.tr("Estimated from the last full layout") if quick else
                        self.tr("Laid out as the PDF export lays it out"))
        self.readingShown.emit(reading)
        if quick:
            self._start(quick=False)  # then the exact count, unless typing resumes


