"""The Qt binding itself: defects of a PySide6 release that would crash the application.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void method
without taking a reference to it: each call (``label.setText``,
``widget.update``, ``processEvents``...) lowers ``None``'s reference count
by one, and after a few thousand calls the interpreter aborts with "Fatal
Python error: none_dealloc". In a desktop session that is minutes of work.
Python 3.12 made ``None`` immortal, which hides it there. pyproject pins a
release without the defect; this test keeps an upgrade from bringing it back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel


def test_void_methods_do_not_steal_a_reference_to_none(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("y")
        label.update()
        QCoreApplication.processEvents()
    assert sys.getrefcount(None) - before > -100  # 6.12.0: -6000, and the process dies below zero
