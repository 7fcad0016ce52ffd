"""Tiny widget constructors, first for the exchange windows, now for every window.

PySide6 accepts any Qt property as a constructor keyword, but its stubs list
only the class's own properties, so ``QLabel(objectName=...)`` (a QObject
property) does not type-check: ``named()`` sets it instead.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from medicen_desktop.gui import style

W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name set (and the style rules when they select that name: ``gui.style``)."""
    widget.setObjectName(name)
    return style.styled(widget) if name in style.NAMES else widget


def label(text: str = "", name: str = "", *, wrap: bool = True,
          align: Qt.AlignmentFlag | None = None) -> QLabel:
    """A label, word-wrapped by default, optionally named and aligned."""
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if name:
        named(widget, name)
    if align is not None:
        widget.setAlignment(align)
    return widget
