"""Ctrl+Tab / Ctrl+PgDown to the next tab, Ctrl+Shift+Tab / Ctrl+PgUp to the previous one, wherever the focus
is in a tab widget: a table inside took these keys for itself (it moved its current cell), so a keyboard user
could not reach the work plan's Tasks tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QTabWidget, QWidget

_KEYS = ((("Ctrl+Tab", "Ctrl+PgDown"), 1), (("Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"), -1))


def switch_tabs_by_keys(tabs: QTabWidget) -> None:
    """Give ``tabs`` the keys above, for as long as it lives."""
    for keys, step in _KEYS:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), tabs, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: _switch(tabs, step))


def _switch(tabs: QTabWidget, step: int) -> None:
    count = tabs.count()
    if count:
        tabs.setCurrentIndex((tabs.currentIndex() + step) % count)
        page = tabs.currentWidget()
        if page is not None:  # the focus into the new tab: its table first, else its first field or button
            fields = [w for w in page.findChildren(QWidget) if w.isVisible() and w.isEnabled()
                      and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
            target = next((w for w in fields if isinstance(w, QAbstractItemView)), fields[0] if fields else page)
            target.setFocus(Qt.FocusReason.TabFocusReason)
