"""The Gantt chart's geometry for the PDF's painter; its sizes, colours and label fitting for Word's table too.

``layout_gantt(chart, width_pt, family, size)`` turns a tree ``Gantt`` into
shapes in points, every label in ``family`` at ``size`` points (the call's
figure minimum: never smaller; rows grow with it), origin at the top left, y downwards: one row per work package
followed by its tasks (indented, lighter tint of the WP's colour), months on
top, a rule at each year's end, milestones as diamonds at the end of their
month with their number beside them. Labels are shortened with "…" to fit
the label column (the WP table has the full titles). ``pdf_gantt`` draws
the shapes on a reportlab canvas; ``docx_gantt`` writes the same rows, colours,
labels and milestones as a Word table.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache

from medicen_desktop.export.font_faces import Family, text_width
from medicen_desktop.export.tree import Gantt

PALETTE = ["#2f5d8a", "#c0703a", "#4d8a4f", "#8a3f6f", "#6a5a9e", "#a08a2e", "#3a8a8a", "#9e4a4a",
           "#5a7a2e", "#46618f", "#8f5f46", "#5f468f"]
INK = "#1d1d1d"
ROW_EMS = 2.05
"""Row height in label sizes (14.4 pt rows at 7 pt)."""
HEADER_EMS = 2.15
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
    """Text whose baseline starts at (x, y) (``centred``: x is the middle), in the font file ``face``."""

    x: float
    y: float
    text: str
    size: float
    face: str
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
    """``text`` shortened with "…" so that it is at most ``width`` points wide in the font file ``font``."""
    if text_width(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def layout_gantt(chart: Gantt, width: float, family: Family, size: float) -> GanttDrawing:
    """The shapes of ``chart`` drawn ``width`` points wide, labels in ``family`` at ``size`` points."""
    regular, bold = family.regular, family.bold
    row_height, header = size * ROW_EMS, size * HEADER_EMS
    months = max(chart.months, 1)
    rows = chart.rows
    height = header + row_height * max(len(rows), 1) + 2
    drawing = GanttDrawing(width, height)
    left, right = width * LABEL_SHARE, width - 8  # room for a diamond at the last month's end
    month_width = (right - left) / months

    def month_x(month: int) -> float:  # left edge of a month (1-based)
        return left + (month - 1) * month_width

    texts: list[Label] = []  # painted last, over everything
    for index in range(0, len(rows), 2):
        drawing.shapes.append(Box(0, header + index * row_height, width, row_height, "#f4f5f7"))
    for year_end in range(12, months, 12):
        drawing.shapes.append(Rule(month_x(year_end + 1), header, month_x(year_end + 1), height, "#b8b8b8", 0.6))
    drawing.shapes.append(Rule(left, header, right, header, "#8c8c8c", 0.6))
    label_width = text_width(f"{chart.month_label}{months}", regular, size) + size
    step = next((s for s in (1, 2, 3, 6, 12, 24) if s * month_width >= label_width), 24)
    for month in sorted({1, *range(step, months + 1, step)}):
        text = f"{chart.month_label}{month}"
        centre = min(month_x(month) + month_width / 2, width - text_width(text, regular, size) / 2)
        texts.append(Label(centre, header - size * 0.6, text, size, regular, colour="#404040", centred=True))
    for index, row in enumerate(rows):
        middle = header + index * row_height + row_height / 2
        font, indent = (regular, 3.0 + size) if row.is_task else (bold, 3.0)
        texts.append(Label(indent, middle + size * 0.35, fit(row.label, font, size, left - indent - 6), size, font))
        colour = PALETTE[row.colour % len(PALETTE)]
        bar = row_height * (0.45 if row.is_task else 0.62)
        start, end = max(1, row.start), min(months, max(row.end, row.start))
        drawing.shapes.append(Box(month_x(start), middle - bar / 2, (end - start + 1) * month_width, bar,
                                  tint(colour, 0.45) if row.is_task else colour))
    for milestone in chart.milestones:
        x = month_x(min(max(milestone.month, 1), months) + 1)
        middle = header + milestone.row * row_height + row_height / 2
        drawing.shapes.append(Diamond(x, middle, row_height * 0.24))
        label = text_width(milestone.label, regular, size)
        label_x = x + 5 if x + 5 + label <= width else x - 5 - label
        drawing.shapes.append(Box(label_x - 1, middle - size * 0.65, label + 2, size * 1.3, "#ffffff"))
        texts.append(Label(label_x, middle + size * 0.35, milestone.label, size, regular))
    drawing.shapes.extend(texts)
    return drawing


def split_gantt(chart: Gantt, size: float, max_height: float) -> list[Gantt]:
    """``chart`` cut into charts no taller than ``max_height`` at ``size``-point labels (one when it fits).

    Labels never shrink below the call's minimum to fit a page: a long chart continues on the next one,
    its months repeated on top. A work package stays with its tasks where it fits in one part; each
    milestone goes with its row.
    """
    per_part = max(1, int((max_height - size * HEADER_EMS - 2) // (size * ROW_EMS)))
    if len(chart.rows) <= per_part:
        return [chart]
    parts_needed = -(-len(chart.rows) // per_part)
    even = -(-len(chart.rows) // parts_needed)  # parts of about equal height, not a full one and a stub
    cuts = [0]
    while len(chart.rows) - cuts[-1] > per_part:
        end = min(cuts[-1] + per_part, len(chart.rows) - 1)
        target = cuts[-1] + even
        wp_starts = [i for i in range(cuts[-1] + 1, end + 1) if not chart.rows[i].is_task]
        cut = min(wp_starts, key=lambda i: abs(i - target)) if wp_starts else end
        cuts.append(cut)
    cuts.append(len(chart.rows))
    parts = []
    for first, last in zip(cuts, cuts[1:]):
        milestones = [replace(m, row=m.row - first) for m in chart.milestones if first <= m.row < last]
        parts.append(replace(chart, rows=chart.rows[first:last], milestones=milestones,
                             caption=chart.caption if last == len(chart.rows) else ""))
    return parts
