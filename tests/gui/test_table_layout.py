"""Nothing cut off at 1366×768: prose cells wrap and their rows follow, short columns fit their content,
the Gantt chart's labels fit (or are elided with the whole text in the tooltip); large proposals stay quick."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QStyle

from medicen_desktop.gui import gantt as gantt_module
from medicen_desktop.gui.models import MAX_LINES
from medicen_desktop.gui.steps.tables import EntityTable


def _show(qtbot, window, step: str):  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.workspace.go_to(step)
    page = window.workspace.page(step)
    qtbot.wait(50)  # the layout runs once per turn of the event loop
    return page


def _text_room(table: EntityTable, column: int) -> int:
    """The width a cell's text has in this column: the column less the item's text margins and the grid."""
    margin = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
    return table.view.columnWidth(column) - 2 * margin - 1


def _wrapped_height(table: EntityTable, column: int, text: str) -> int:
    metrics = QFontMetrics(table.view.font())
    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    return metrics.boundingRect(QRect(0, 0, _text_room(table, column), 100_000), flags, text).height()


def _assert_fits(table: EntityTable, field: str) -> None:
    """Every cell of this column shows its whole text: on one line, or wrapped within its row's height."""
    model, view = table.model, table.view
    column = model.column_of(field)
    wrap = getattr(model.columns[column], "wrap", False)  # a prose column: wrapped, the others on one line
    metrics = QFontMetrics(view.font())
    for row in range(model.rowCount()):
        text = model.index(row, column).data()
        if wrap:
            assert _wrapped_height(table, column, text) <= view.rowHeight(row), (field, text)
            longest = max(metrics.horizontalAdvance(word) for word in text.split())
            assert longest <= _text_room(table, column), (field, text)
        else:
            assert metrics.horizontalAdvance(text) <= _text_room(table, column), (field, text)


def test_risk_mitigations_wrap_whole_in_taller_rows(qtbot, opened):  # type: ignore[no-untyped-def]
    page = _show(qtbot, opened, "risks")
    table = page.table
    assert table.view.isVisible()
    _assert_fits(table, "mitigation")
    _assert_fits(table, "description")
    column = page.model.column_of("mitigation")
    metrics = QFontMetrics(table.view.font())
    # the sample's mitigations are longer than their column: they are wrapped, not elided
    assert any(metrics.horizontalAdvance(page.model.index(r, column).data()) > _text_room(table, column)
               for r in range(page.model.rowCount()))
    assert any(table.view.rowHeight(r) >= 2 * metrics.lineSpacing() for r in range(page.model.rowCount()))
    assert not table.view.horizontalScrollBar().isVisible()


def test_rows_follow_an_edited_mitigation(qtbot, opened):  # type: ignore[no-untyped-def]
    page = _show(qtbot, opened, "risks")
    table, model = page.table, page.model
    risk = model.entity_at(0)
    before = table.view.rowHeight(0)
    longer = " ".join([risk.mitigation] * 3)
    opened.session.update("risks", risk.uuid, {"mitigation": longer}, "test")
    qtbot.waitUntil(lambda: table.view.rowHeight(0) > before)
    _assert_fits(table, "mitigation")


def test_consortium_shows_whole_legal_names_and_emails(qtbot, opened):  # type: ignore[no-untyped-def]
    page = _show(qtbot, opened, "consortium")
    table = page.partner_table
    legal = page.partners.column_of("legal_name")
    names = [page.partners.index(r, legal).data() for r in range(page.partners.rowCount())]
    longest = max(names, key=len)
    assert QFontMetrics(table.view.font()).horizontalAdvance(longest) > _text_room(table, legal)  # it must wrap
    for field in ("legal_name", "contact_email", "contact_name", "kind", "siret", "short_name"):
        _assert_fits(table, field)
    assert not table.view.horizontalScrollBar().isVisible()


def test_prose_columns_wrap_and_tooltips_hold_the_whole_text(qtbot, opened):  # type: ignore[no-untyped-def]
    page = _show(qtbot, opened, "consortium")
    model, view = page.partners, page.partner_table.view
    assert view.wordWrap()
    assert [c.field for c in model.columns if c.wrap] == ["legal_name", "kind", "contact_name"]
    for field in ("legal_name", "contact_email"):
        index = model.index(0, model.column_of(field))
        assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    rows = range(model.rowCount())
    assert max(view.rowHeight(r) for r in rows) > min(view.rowHeight(r) for r in rows)  # rows follow their text


@pytest.mark.parametrize("name", ["work_packages", "tasks", "deliverables", "milestones"])
def test_work_plan_tables_fit(qtbot, opened, name):  # type: ignore[no-untyped-def]
    page = _show(qtbot, opened, "workplan")
    page.tabs.setCurrentIndex(list(page.models).index(name))
    table = page.tables[name]
    qtbot.waitUntil(table.view.isVisible)
    qtbot.wait(50)
    for column in table.model.columns:
        if column.kind != "readonly":
            _assert_fits(table, column.field)


def _labels(chart) -> dict[str, QGraphicsSimpleTextItem]:  # type: ignore[no-untyped-def]
    return {item.toolTip(): item for item in chart.scene().items()
            if isinstance(item, QGraphicsSimpleTextItem) and item.toolTip()}


def test_gantt_labels_fit(qtbot, opened):  # type: ignore[no-untyped-def]
    page = _show(qtbot, opened, "workplan")
    chart = page.gantt
    labels = _labels(chart)
    wps = [f"WP{w.number} {w.title}" for w in opened.session.document.work_packages]
    metrics = QFontMetricsF(chart.font())
    longest = max(metrics.horizontalAdvance(text) for text in wps)
    first_bar = min(bar.rect().left() for bar in chart.bars.values())  # where the months begin
    assert first_bar >= longest + 4  # the WP labels' indent
    for text in wps:
        assert labels[text].text() == text  # not elided
    assert all(label.x() + label.boundingRect().width() <= first_bar for label in labels.values())


def test_gantt_elides_a_very_long_label_and_keeps_it_in_the_tooltip(qtbot, opened):  # type: ignore[no-untyped-def]
    page = _show(qtbot, opened, "workplan")
    chart = page.gantt
    wp = opened.session.document.work_packages[0]
    title = "Coordination, gestion de projet, " * 8
    opened.session.update("work_packages", wp.uuid, {"title": title}, "test")
    text = f"WP{wp.number} {title}"
    qtbot.waitUntil(lambda: text in _labels(chart))
    label = _labels(chart)[text]
    assert label.text().endswith("…") and label.text() != text
    first_bar = min(bar.rect().left() for bar in chart.bars.values())
    assert first_bar <= gantt_module.LABEL_MAX  # the months keep their room: more than half the chart
    assert first_bar <= chart.viewport().width() * 0.5
    assert label.x() + label.boundingRect().width() <= first_bar


def test_a_long_cell_stops_growing_at_max_lines(qtbot, opened):  # type: ignore[no-untyped-def]
    page = _show(qtbot, opened, "risks")
    risk = page.model.entity_at(0)
    opened.session.update("risks", risk.uuid, {"mitigation": "word " * 600}, "test")
    line = QFontMetrics(page.table.view.font()).lineSpacing()
    qtbot.waitUntil(lambda: page.table.view.rowHeight(0) > 3 * line)
    assert page.table.view.rowHeight(0) <= (MAX_LINES + 2) * line


def test_large_proposal_lays_out_quickly(qtbot, window, db):  # type: ignore[no-untyped-def]
    from tests.large_proposal import make_large
    from medicen_desktop.services import proposals

    uuid = proposals.import_document(db, make_large())
    window.resize(1366, 768)
    window.open_proposal(uuid)
    workspace = window.workspace
    for step, tables in (("consortium", ("partner_table",)), ("risks", ("table",)), ("workplan", ())):
        page = _show(qtbot, window, step)
        found = [getattr(page, t) for t in tables] + list(getattr(page, "tables", {}).values())
        for table in found:
            if step == "workplan":
                page.tabs.setCurrentIndex(list(page.tables.values()).index(table))
                qtbot.waitUntil(table.view.isVisible)
            start = time.perf_counter()
            table.model.set_filter(None)  # a model reset: everything measured again
            qtbot.wait(1)
            elapsed = time.perf_counter() - start
            assert elapsed < 1.0, (step, elapsed)
        for table in found:
            for field in ("legal_name", "mitigation", "title"):
                if table.view.isVisible() and table.model.column_of(field) >= 0 and table.model.rowCount():
                    row = 0
                    text = table.model.index(row, table.model.column_of(field)).data()
                    height = _wrapped_height(table, table.model.column_of(field), text)
                    line = QFontMetrics(table.view.font()).lineSpacing()
                    assert table.view.rowHeight(row) >= min(height, MAX_LINES * line), (step, field)
    assert workspace is window.workspace
