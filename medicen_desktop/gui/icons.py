"""The application's one icon set: simple line icons in resources/icons."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from medicen_desktop.resources import resource


@functools.cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon if missing)."""
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
