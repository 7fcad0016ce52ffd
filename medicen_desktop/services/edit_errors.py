"""The edit service's refusals, without the service: an editor that only catches them (every step page)
need not import SQLAlchemy and the ORM models, which the quick reopen at start-up shows pages without."""

from __future__ import annotations

from medicen_desktop.errors import Refused


class EditError(Refused):
    """An edit was refused; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class StaleEdit(EditError):
    """The entity changed since the editor read it (another window, a merge)."""
