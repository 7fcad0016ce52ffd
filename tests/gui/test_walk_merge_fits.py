"""Found in a walk at 1024×700: the merge window opened 1200 pixels wide, its Apply button off the screen.
Windows with a preferred size now open no larger than the screen (``gui.window_size``)."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from medicen_desktop.gui import i18n
from medicen_desktop.gui.exchange_merge import MergeWindow
from tests.gui.test_exchange_merge import make_contribution


def test_the_merge_window_and_its_apply_button_fit_the_screen(qtbot, window, db, sample_in_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    raw = make_contribution(db, sample_in_db, tmp_path)
    i18n.install("fr")  # the longer texts
    merge = MergeWindow(db, sample_in_db, raw, "LIB.medicen-contribution", window.worker)
    qtbot.addWidget(merge)
    merge.show()
    with qtbot.waitSignal(merge.previewed, timeout=20_000):
        merge.start()
    room = merge.screen().availableGeometry()
    assert room.width() < 1200, "the test screen is smaller than the window's preferred width"
    assert merge.width() <= room.width() and merge.height() <= room.height()
    assert merge.minimumSizeHint().width() <= room.width()
    button = merge.apply_button
    corner = button.mapToGlobal(QPoint(button.width() - 1, button.height() - 1))
    assert room.contains(button.mapToGlobal(QPoint(0, 0))) and room.contains(corner)
