"""qtmodeltester on every custom model; number parsing; the Gantt chart drags."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt

from medicen_desktop.gui.numbers import format_decimal, parse_decimal


@pytest.mark.parametrize("step", ["consortium", "workplan", "risks", "annexes", "budget"])
def test_models_pass_qtmodeltester(qtmodeltester, opened, step):
    page = opened.workspace.page(step)
    models = [m for m in (getattr(page, n, None) for n in ("partners", "members", "model", "effort", "grid")) if m]
    models += list(getattr(page, "models", {}).values())
    assert models
    for model in models:
        qtmodeltester.check(model)


def test_new_models_pass_qtmodeltester(qtmodeltester, qtbot, opened, tmp_path):  # type: ignore[no-untyped-def]
    """The library (with its completeness column), the budget lines panel and a filled annexes table."""
    library = opened.library.model
    library.reload()
    library.set_completeness({library.uuids()[0]: 42})
    qtmodeltester.check(library)
    budget = opened.workspace.page("budget")
    budget.view.setCurrentIndex(budget.grid.index(0, 0))
    assert budget.lines.model.rowCount() > 0
    qtmodeltester.check(budget.lines.model)
    annexes = opened.workspace.page("annexes")
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF letter")
    annexes.attach_paths([str(letter)])
    assert annexes.model.rowCount() == 1
    qtmodeltester.check(annexes.model)


@pytest.mark.parametrize("text, expected", [
    ("12 500,50", "12500.50"), ("12\u202f500,50", "12500.50"), ("12500.5", "12500.5"),
    ("12,500.50", "12500.50"), ("1.234.567,8", "1234567.8"), ("1 234 €", "1234"), ("", "0"), ("0,5", "0.5"),
])
def test_parse_decimal(qapp, text, expected):
    assert parse_decimal(text) == Decimal(expected)


def test_parse_decimal_refuses_words(qapp):
    with pytest.raises(ValueError, match="not a number"):
        parse_decimal("douze")
    with pytest.raises(ValueError):
        parse_decimal("NaN")


def test_format_decimal_follows_locale(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        assert format_decimal(Decimal("12500.5")) == "12\u202f500,50"
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert format_decimal(Decimal("12500.5")) == "12,500.50"
    assert format_decimal(Decimal("3")) == "3"


def test_invalid_cell_shows_error_next_to_table(qtbot, opened):
    page = opened.workspace.page("workplan")
    model = page.models["work_packages"]
    assert not model.setData(model.index(0, model.column_of("end_month")), 999)
    assert "End" in page.tables["work_packages"].error.text()
    assert page.tables["work_packages"].error.isVisibleTo(page)


def test_gantt_drag_moves_and_resizes_and_tables_follow(qtbot, opened):
    opened.workspace.go_to("workplan")
    page = opened.workspace.page("workplan")
    gantt, session = page.gantt, opened.session
    wp = sorted(session.document.work_packages, key=lambda w: w.number)[1]
    bar = gantt.bars[wp.uuid]
    start, end = wp.start_month, wp.end_month
    width = gantt.month_width

    def drag(scene_from, dx):
        view_from = gantt.mapFromScene(scene_from)
        qtbot.mousePress(gantt.viewport(), Qt.MouseButton.LeftButton, pos=view_from)
        qtbot.mouseMove(gantt.viewport(), view_from + QPoint(int(dx), 0))
        qtbot.mouseRelease(gantt.viewport(), Qt.MouseButton.LeftButton, pos=view_from + QPoint(int(dx), 0))

    drag(bar.rect().center(), 3 * width + 1)
    qtbot.waitUntil(lambda: session.entity("work_packages", wp.uuid).start_month == start + 3)
    assert session.entity("work_packages", wp.uuid).end_month == end + 3
    model = page.models["work_packages"]
    row = model.row_of(wp.uuid)
    assert model.data(model.index(row, model.column_of("start_month"))) == str(start + 3)
    bar = gantt.bars[wp.uuid]
    drag(bar.rect().topRight() + QPoint(-2, 4).toPointF(), -2 * width)
    qtbot.waitUntil(lambda: session.entity("work_packages", wp.uuid).end_month == end + 1)
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert (session.entity("work_packages", wp.uuid).start_month, session.entity("work_packages", wp.uuid).end_month) \
        == (start, end)
