"""A short highlight of the widget a finding or an undo led to, so that the user sees where to look."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from medicen_desktop.gui.style import set_state

FLASH_MS = 1500


def flash(widget: QWidget | None) -> None:
    """Outline ``widget`` for FLASH_MS (the style rule ``[flash="true"]``)."""
    if widget is None:
        return
    _set(widget, True)
    QTimer.singleShot(FLASH_MS, widget, lambda: _set(widget, False))


def _set(widget: QWidget, on: bool) -> None:
    set_state(widget, "flash", on)
    widget.update()
