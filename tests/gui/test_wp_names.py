"""The interface names a work package in its own language everywhere: "LT2" in French, "WP2" in English, in the
Gantt, the presence banner, the work package combos, the effort grid and the to-do list, as the tables' headers and
the live "X changed …" line already did. (The French Gantt and banner said "WP2" while the tables said "LT2".)"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from medicen_desktop.document.parts import PartRef
from medicen_desktop.gui.settings import Settings
from medicen_desktop.store.database import Database
from tests.gui.windows import window_in


@pytest.mark.parametrize(("language", "short"), [("fr", "LT"), ("en", "WP")])
def test_every_view_names_a_work_package_in_the_ui_language(
        qtbot: Any, db: Database, settings: Settings, sample_in_db: str, language: str, short: str) -> None:
    window = window_in(qtbot, db, settings, sample_in_db, language)
    assert window.workspace is not None
    window.workspace.go_to("workplan")
    page = window.workspace.page("workplan")
    wp2 = next(w for w in window.session.document.work_packages if w.number == 2)  # type: ignore[union-attr]

    tasks = page.models["tasks"]
    wp_column = tasks.index(0, tasks.column_of("work_package_uuid"))
    gantt = sorted(item.text() for item in page.gantt.scene().items() if isinstance(item, QGraphicsSimpleTextItem)
                   and not item.text().startswith(("M", "T")))
    effort = [str(page.effort.headerData(c, Qt.Orientation.Horizontal)) for c in range(page.effort.columnCount())]

    assert page._wp_label(PartRef("wp", wp2.uuid).stored) == f"{short}2"  # the presence banner's "… editing “LT2”"
    assert str(tasks.data(wp_column)).startswith(short)
    assert gantt and all(text.startswith(short) for text in gantt), gantt
    assert f"{short}2 ▸" in effort, effort
    assert tasks.headerData(tasks.column_of("work_package_uuid"), Qt.Orientation.Horizontal) == short  # as before

    window.show_todo()
    qtbot.waitUntil(window.todo.isVisible)
    tree = window.todo.tree
    titles = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
              for j in range(tree.topLevelItem(i).childCount())]
    assert any(t.startswith(f"{short}2 {wp2.title}") for t in titles), titles
    assert not any(t.startswith("WP" if short == "LT" else "LT") for t in titles)
    window.todo.close()
    window.close()
