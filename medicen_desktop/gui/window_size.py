"""A window's first size: what suits its content, never more than the screen it opens on.

A fixed ``resize(1200, 700)`` put the merge window's Apply button off a 1024×700 laptop's screen.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` × ``height``, or to its screen's available size where that is smaller."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry()
    window.resize(min(width, room.width()), min(height, room.height()))
