"""Progress and cancellation for long work, without Qt.

Long operations (export, validation of a large proposal, merge) take a
``Progress``; the GUI passes one that forwards to a progress dialog from a
worker thread, tests pass a recording fake, the CLI passes ``NO_PROGRESS``.
"""

from __future__ import annotations

import threading
from typing import Protocol


class Cancelled(Exception):
    """The user cancelled the operation; nothing was written."""


class Progress(Protocol):
    def step(self, done: int, total: int, label: str = "") -> None:
        """Report ``done`` of ``total`` units; raise Cancelled if the user cancelled."""


class NoProgress:
    def step(self, done: int, total: int, label: str = "") -> None:
        return None


NO_PROGRESS = NoProgress()


class CancellableProgress:
    """A thread-safe progress: any thread may call ``cancel()``; ``step`` then raises."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.done = 0
        self.total = 0
        self.label = ""

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def step(self, done: int, total: int, label: str = "") -> None:
        self.done, self.total, self.label = done, total, label
        if self._cancel.is_set():
            raise Cancelled()
