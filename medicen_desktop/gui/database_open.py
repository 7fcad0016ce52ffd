"""Opening the database after the window's first paint: on the worker, with the modules the first
proposal needs imported there too (SQLAlchemy, migrations, the editors), off the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from medicen_desktop.store.database import Database

PRELOADED = (
    "medicen_desktop.services.proposals",
    "medicen_desktop.gui.commands",
    "medicen_desktop.gui.session",
    "medicen_desktop.gui.workspace",
    "medicen_desktop.gui.exchange_actions",
    "medicen_desktop.gui.new_proposal_wizard",
)
"""What the first proposal opened needs, imported on the worker while the database opens."""


def open_and_preload(location: str) -> Database:
    """Open the database (on the worker) and import what the first proposal opened will need."""
    import importlib

    from medicen_desktop.store.database import Database

    database = Database.open(location)
    for name in PRELOADED:
        importlib.import_module(name)
    return database


class CannotOpenDatabase:
    @classmethod
    def ask(cls, parent: QWidget | None, message: str) -> None:
        from medicen_desktop.gui.dialogs import Notify

        Notify.ask(parent, QCoreApplication.translate("App", "Cannot open the database"), message)
