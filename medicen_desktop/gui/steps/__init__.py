"""One editor per navigator step; ``page_class(step)`` imports only the one asked for."""

from __future__ import annotations

import importlib

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


def page_class(step: str) -> type:
    module, name = _MODULES[step]
    return getattr(importlib.import_module(f"medicen_desktop.gui.steps.{module}"), name)  # type: ignore[no-any-return]
