"""The Gantt chart: rows per WP then its tasks, one colour per WP, milestones as diamonds, the PDF painter."""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from medicen_desktop.document.schema import ProposalDocument
from medicen_desktop.export.gantt import (
    HEADER_EMS,
    PALETTE,
    ROW_EMS,
    Box,
    Diamond,
    Label,
    layout_gantt,
    split_gantt,
    tint,
)
from medicen_desktop.export.font_faces import family
from medicen_desktop.export.labels import Labels
from medicen_desktop.export.pdf_gantt import paint
from medicen_desktop.export.tree import Gantt, GanttMilestone, GanttRow
from medicen_desktop.export.workplan import gantt_charts


def test_rows_follow_the_work_plan(sample_doc: ProposalDocument) -> None:
    (chart,) = gantt_charts(sample_doc, Labels("fr"))
    wps = sorted(sample_doc.work_packages, key=lambda w: w.number)
    expected: list[tuple[int, int, bool]] = []
    for wp in wps:
        expected.append((wp.start_month, wp.end_month, False))
        expected += [(t.start_month, t.end_month, True) for t in sorted(sample_doc.tasks, key=lambda t: t.number)
                     if t.work_package_uuid == wp.uuid]
    assert [(r.start, r.end, r.is_task) for r in chart.rows] == expected
    wp_rows = [r for r in chart.rows if not r.is_task]
    assert [r.colour for r in wp_rows] == list(range(len(wps)))  # one colour per WP
    colour = -1
    for row in chart.rows:  # a task wears its WP's colour
        colour = row.colour if not row.is_task else colour
        assert row.colour == colour
    wp_row_index = {wp.uuid: chart.rows.index(wp_rows[i]) for i, wp in enumerate(wps)}
    milestones = sorted((m.number, m.due_month, wp_row_index[m.work_package_uuid]) for m in sample_doc.milestones
                        if m.work_package_uuid)
    assert sorted((m.label, m.month, m.row) for m in chart.milestones) == milestones


ARIAL = family("Arial")
SIZE = 8.0


def small_chart() -> Gantt:
    rows = [GanttRow("WP1 Coordination", 1, 24, 0, False), GanttRow("1.1 Meetings", 1, 12, 0, True),
            GanttRow("WP2 " + "Very long title " * 10, 6, 30, 1, False), GanttRow("2.1 Task 😀 β", 10, 20, 1, True)]
    return Gantt(rows, [GanttMilestone("MS1", 12, 0), GanttMilestone("MS2", 30, 2)], months=30, caption="Gantt")


def test_layout_bars_colours_diamonds_and_fitted_labels() -> None:
    drawing = layout_gantt(small_chart(), 480, ARIAL, SIZE)
    bars = [s for s in drawing.shapes if isinstance(s, Box) and s.fill not in ("#f4f5f7", "#ffffff")]
    assert [b.fill for b in bars] == [PALETTE[0], tint(PALETTE[0], 0.45), PALETTE[1], tint(PALETTE[1], 0.45)]
    month = (bars[0].width) / 24
    assert abs(bars[2].x - (bars[0].x + 5 * month)) < 1e-6 and abs(bars[2].width - 25 * month) < 1e-6
    header, row = HEADER_EMS * SIZE, ROW_EMS * SIZE
    assert all(header <= b.y and b.y + b.height <= header + 4 * row for b in bars)
    diamonds = [s for s in drawing.shapes if isinstance(s, Diamond)]
    assert len(diamonds) == 2 and abs(diamonds[0].x - (bars[0].x + 12 * month)) < 1e-6
    assert max(d.x + d.radius for d in diamonds) <= drawing.width
    texts = [s.text for s in drawing.shapes if isinstance(s, Label)]
    assert "WP1 Coordination" in texts and "MS1" in texts and "M30" in texts
    assert any(t.startswith("WP2 Very long") and t.endswith("…") for t in texts)
    assert isinstance(drawing.shapes[-1], Label)  # text is painted last, over bars


def test_pdf_painter(tmp_path) -> None:  # type: ignore[no-untyped-def]
    drawing = layout_gantt(small_chart(), 480, ARIAL, SIZE)
    canvas = Canvas(str(tmp_path / "g.pdf"), pagesize=(drawing.width, drawing.height))
    paint(canvas, drawing)
    canvas.save()
    assert (tmp_path / "g.pdf").stat().st_size > 1000


def test_a_long_chart_splits_into_even_parts_instead_of_shrinking_its_labels() -> None:
    rows, milestones = [], []
    for wp in range(12):
        rows.append(GanttRow(f"WP{wp + 1}", 1, 24, wp, False))
        milestones.append(GanttMilestone(f"MS{wp + 1}", 20, len(rows) - 1))
        rows += [GanttRow(f"{wp + 1}.{t + 1}", 1, 12, wp, True) for t in range(3)]
    chart = Gantt(rows, milestones, months=36, caption="Gantt")
    parts = split_gantt(chart, SIZE, 400)
    assert len(parts) > 1 and [r for p in parts for r in p.rows] == rows
    assert all(not p.rows[0].is_task for p in parts)  # each part starts with a work package
    assert max(len(p.rows) for p in parts) - min(len(p.rows) for p in parts) <= 4
    for part in parts:
        drawing = layout_gantt(part, 480, ARIAL, SIZE)
        assert drawing.height <= 400
        assert {s.size for s in drawing.shapes if isinstance(s, Label)} == {SIZE}  # never shrunk
        assert all(part.rows[m.row].label == m.label.replace("MS", "WP") for m in part.milestones)
    assert [p.caption for p in parts] == [""] * (len(parts) - 1) + ["Gantt"]
    assert split_gantt(chart, SIZE, 10_000) == [chart]
