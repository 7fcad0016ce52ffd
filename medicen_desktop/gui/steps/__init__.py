"""One editor per navigator step (``rules.steps.REGISTRY``); ``page_class(step)`` imports only the one asked for."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from medicen_desktop.rules.steps import REGISTRY, STEP

if TYPE_CHECKING:
    from medicen_desktop.gui.steps.base import StepPage

def preload() -> None:
    """Import every editor's module (on the worker, once the database is open): a step's first visit then
    only builds its widgets (importing the Sections editor alone took 46 ms on the GUI thread)."""
    for step in REGISTRY:
        importlib.import_module(f"medicen_desktop.gui.steps.{step.page.partition(':')[0]}")


def page_class(step: str) -> type[StepPage]:
    from medicen_desktop.gui.steps.base import StepPage

    module, _, name = STEP[step].page.partition(":")
    page = getattr(importlib.import_module(f"medicen_desktop.gui.steps.{module}"), name)
    if not (isinstance(page, type) and issubclass(page, StepPage)):
        raise TypeError(f"{module}.{name} is not a step page")
    return page
