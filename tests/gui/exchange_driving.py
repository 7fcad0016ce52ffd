"""Driving the exchange windows in GUI tests: the window's exchange controller, radio clicks."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from medicen_desktop.gui.exchange_actions import ExchangeActions
from medicen_desktop.gui.mainwindow import MainWindow


def actions_of(window: MainWindow) -> ExchangeActions:
    found = window.findChild(ExchangeActions)
    assert found is not None
    return found


def click_radio(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """Click on the radio's indicator (a radio only takes clicks on its indicator and label)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))
    assert button.isChecked()
