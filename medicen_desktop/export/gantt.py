"""The Gantt chart's geometry, computed once for both painters (PDF vector, DOCX PNG).

``layout_gantt(chart, width_pt)`` turns a tree ``Gantt`` into shapes in
points, origin at the top left, y downwards: one row per work package
followed by its tasks (indented, lighter tint of the WP's colour), months on
top, a rule at each year's end, milestones as diamonds at the end of their
month with their number beside them. Labels are shortened with "…" to fit
the label column (the WP table has the full titles). ``pdf_gantt`` draws
the shapes on a reportlab canvas; ``gantt_png`` paints them with Pillow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from medicen_desktop.export.pdf_fonts import BOLD, FAMILY, register_fonts
from medicen_desktop.export.tree import Gantt

PALETTE = ["#2f5d8a", "#c0703a", "#4d8a4f", "#8a3f6f", "#6a5a9e", "#a08a2e", "#3a8a8a", "#9e4a4a",
           "#5a7a2e", "#46618f", "#8f5f46", "#5f468f"]
INK = "#1d1d1d"
ROW = 14.4
HEADER = 15.0
LABEL_SHARE = 0.34


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True, slots=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    colour: str
    width: float


@dataclass(frozen=True, slots=True)
class Label:
    """Text whose baseline starts at (x, y) (``centred``: x is the middle)."""

    x: float
    y: float
    text: str
    size: float
    bold: bool = False
    colour: str = INK
    centred: bool = False


@dataclass(frozen=True, slots=True)
class Diamond:
    x: float
    y: float
    radius: float
    fill: str = INK
    outline: str = "#ffffff"


Shape = Box | Rule | Label | Diamond


@dataclass(slots=True)
class GanttDrawing:
    """Shapes in paint order (later ones on top), and the drawing's size in points."""

    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)


@lru_cache(maxsize=256)
def tint(hex_colour: str, amount: float) -> str:
    """``hex_colour`` mixed with white by ``amount`` (0: unchanged, 1: white)."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c + (255 - c) * amount):02x}" for c in (r, g, b))


def fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with "…" so that it is at most ``width`` points wide."""
    if stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def layout_gantt(chart: Gantt, width: float) -> GanttDrawing:
    """The shapes of ``chart`` drawn ``width`` points wide."""
    register_fonts()
    months = max(chart.months, 1)
    rows = chart.rows
    height = HEADER + ROW * max(len(rows), 1) + 2
    drawing = GanttDrawing(width, height)
    left, right = width * LABEL_SHARE, width - 8  # room for a diamond at the last month's end
    month_width = (right - left) / months

    def month_x(month: int) -> float:  # left edge of a month (1-based)
        return left + (month - 1) * month_width

    texts: list[Label] = []  # painted last, over everything
    for index in range(0, len(rows), 2):
        drawing.shapes.append(Box(0, HEADER + index * ROW, width, ROW, "#f4f5f7"))
    for year_end in range(12, months, 12):
        drawing.shapes.append(Rule(month_x(year_end + 1), HEADER, month_x(year_end + 1), height, "#b8b8b8", 0.6))
    drawing.shapes.append(Rule(left, HEADER, right, HEADER, "#8c8c8c", 0.6))
    step = 2 if months <= 24 else 6 if months <= 72 else 12
    for month in sorted({1, *range(step, months + 1, step)}):
        text = f"{chart.month_label}{month}"
        centre = min(month_x(month) + month_width / 2, width - stringWidth(text, FAMILY, 6.5) / 2)
        texts.append(Label(centre, HEADER - 4.5, text, 6.5, colour="#404040", centred=True))
    for index, row in enumerate(rows):
        middle = HEADER + index * ROW + ROW / 2
        size, font, indent = (6.5, FAMILY, 10.0) if row.is_task else (7.0, BOLD, 3.0)
        texts.append(Label(indent, middle + size * 0.35, fit(row.label, font, size, left - indent - 6), size,
                           bold=not row.is_task))
        colour = PALETTE[row.colour % len(PALETTE)]
        bar = ROW * (0.45 if row.is_task else 0.62)
        start, end = max(1, row.start), min(months, max(row.end, row.start))
        drawing.shapes.append(Box(month_x(start), middle - bar / 2, (end - start + 1) * month_width, bar,
                                  tint(colour, 0.45) if row.is_task else colour))
    for milestone in chart.milestones:
        x = month_x(min(max(milestone.month, 1), months) + 1)
        middle = HEADER + milestone.row * ROW + ROW / 2
        drawing.shapes.append(Diamond(x, middle, 3.4))
        text_width = stringWidth(milestone.label, FAMILY, 5.5)
        label_x = x + 5 if x + 5 + text_width <= width else x - 5 - text_width
        drawing.shapes.append(Box(label_x - 1, middle - 3.6, text_width + 2, 7.2, "#ffffff"))
        texts.append(Label(label_x, middle + 2, milestone.label, 5.5))
    drawing.shapes.extend(texts)
    return drawing
