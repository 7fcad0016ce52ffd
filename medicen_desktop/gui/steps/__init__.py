"""One editor per navigator step; ``page_class(step)`` imports only the one asked for."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from medicen_desktop.gui.steps.base import StepPage

_MODULES = {
    "call": ("call", "CallPage"),
    "project": ("project", "ProjectPage"),
    "consortium": ("consortium", "ConsortiumPage"),
    "sections": ("sections", "SectionsPage"),
    "workplan": ("workplan", "WorkPlanPage"),
    "budget": ("budget", "BudgetPage"),
    "risks": ("risks", "RisksPage"),
    "annexes": ("annexes", "AnnexesPage"),
    "review": ("review", "ReviewPage"),
    "export": ("export", "ExportPage"),
}


def preload() -> None:
    """Import every editor's module (on the worker, once the database is open): a step's first visit then
    only builds its widgets (importing the Sections editor alone took 46 ms on the GUI thread)."""
    for module, _name in _MODULES.values():
        importlib.import_module(f"medicen_desktop.gui.steps.{module}")


def page_class(step: str) -> type[StepPage]:
    from medicen_desktop.gui.steps.base import StepPage

    module, name = _MODULES[step]
    page = getattr(importlib.import_module(f"medicen_desktop.gui.steps.{module}"), name)
    if not (isinstance(page, type) and issubclass(page, StepPage)):
        raise TypeError(f"{module}.{name} is not a step page")
    return page
