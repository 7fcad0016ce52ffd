"""The calls (funder templates) the GUI offers, listed on the worker after start-up.

The list comes from the index of calls (``rules.template_index``: key,
name, funder, edition), not from every template loaded; a template is
loaded by key when a call is chosen. Deriving the index after a template
file changed loads them all, so the window does not wait for it. Until
``loaded`` is emitted, ``choices`` is None and views show what they have
(the open proposal's own template, read alone by
``rules_bridge.template_for``, or the call's key).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from medicen_desktop.gui.worker import Job, Worker


class TemplateCatalogue(QObject):
    """Emits ``loaded`` once every template's (key, name) is known."""

    loaded = Signal()

    def __init__(self, parent: QObject | None = None, remembered: dict[str, str] | None = None) -> None:
        """``remembered``: the names known at the last run, shown until the templates load."""
        super().__init__(parent)
        self.choices: list[tuple[str, str]] | None = None
        self._remembered = {str(key): str(name) for key, name in (remembered or {}).items()}

    def prefetch(self, worker: Worker) -> None:
        """List every call on the worker; ``loaded`` follows."""
        if self.choices is not None:
            return
        from medicen_desktop.gui import rules_bridge

        job = Job(lambda _progress: rules_bridge.template_choices(), "templates", self)
        job.succeeded.connect(self._set)
        worker.submit(job)

    def all_choices(self) -> list[tuple[str, str]]:
        """Every (key, name), loading them now if the worker has not yet."""
        if self.choices is None:
            from medicen_desktop.gui import rules_bridge

            self._set(rules_bridge.template_choices())
        return self.choices or []

    def name_of(self, key: str) -> str:
        """The call's name; until the templates are loaded, the name remembered from the last run, else the key."""
        if self.choices is None:
            return self._remembered.get(key, key)
        return dict(self.choices).get(key, key)

    def names(self) -> dict[str, str]:
        """Every loaded (key: name), to remember for the next start ({} before loading)."""
        return dict(self.choices or [])

    def _set(self, choices: list[tuple[str, str]]) -> None:
        if self.choices is None:
            self.choices = choices
            self.loaded.emit()
