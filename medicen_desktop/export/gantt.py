"""The Gantt chart of the work plan, drawn with matplotlib's Agg backend.

One row per work package followed by its tasks (indented), months on top,
one colour per work package (its tasks in a lighter tint), milestones as
diamonds at the end of their month. The result is a PNG sized for the text
width of an A4 page; the same bytes go into the DOCX and the PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import matplotlib

matplotlib.use("Agg")  # never a GUI backend: exports run in worker threads and headless CI

from matplotlib import font_manager  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from medicen_desktop.resources import resource  # noqa: E402

PALETTE = ["#2f5d8a", "#c0703a", "#4d8a4f", "#8a3f6f", "#6a5a9e", "#a08a2e", "#3a8a8a", "#9e4a4a",
           "#5a7a2e", "#46618f", "#8f5f46", "#5f468f"]
DPI = 200


@dataclass(frozen=True, slots=True)
class GanttRow:
    label: str
    start: int
    end: int
    colour: int
    is_task: bool


@dataclass(frozen=True, slots=True)
class GanttMilestone:
    label: str
    month: int
    row: int


@dataclass(frozen=True, slots=True)
class GanttChart:
    png: bytes
    width_px: int
    height_px: int


def _font(bold: bool = False) -> font_manager.FontProperties:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return font_manager.FontProperties(fname=str(resource("fonts", name)))


def _short(label: str, limit: int = 38) -> str:
    """Chart labels only (the WP table has the full titles)."""
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _tint(hex_colour: str, amount: float) -> tuple[float, float, float]:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def draw_gantt(rows: list[GanttRow], milestones: list[GanttMilestone], months: int, month_label: str = "M",
               width_mm: float = 170.0) -> GanttChart:
    """Draw the chart; ``months`` is the project duration (the x axis spans 1..months)."""
    font = _font()
    row_height_in = 0.2
    height_in = 0.32 + row_height_in * max(len(rows), 1)
    width_in = width_mm / 25.4
    figure = Figure(figsize=(width_in, height_in), dpi=DPI)
    label_share = 0.34
    axes = figure.add_axes((label_share, 0.01, 1 - label_share - 0.02, 1 - 0.3 / height_in))
    axes.set_xlim(0.5, months + 0.5)
    axes.set_ylim(len(rows) - 0.5, -0.5)
    axes.xaxis.tick_top()
    step = 2 if months <= 24 else 6 if months <= 72 else 12
    ticks = [1] + list(range(step, months + 1, step))
    axes.set_xticks(sorted(set(ticks)))
    axes.set_xticklabels([f"{month_label}{m}" for m in sorted(set(ticks))], fontproperties=font, fontsize=6.5)
    axes.set_yticks(range(len(rows)))
    axes.set_yticklabels([("    " + _short(r.label)) if r.is_task else _short(r.label) for r in rows], fontsize=7)
    bold = _font(bold=True)
    for tick, row in zip(axes.get_yticklabels(), rows):
        tick.set_fontproperties(font if row.is_task else bold)
        tick.set_fontsize(6.5 if row.is_task else 7)
        tick.set_horizontalalignment("left")
    axes.tick_params(axis="y", length=0, pad=figure.get_figwidth() * DPI * label_share * 0.97 / DPI * 72)
    axes.tick_params(axis="x", length=0, pad=2)
    for year_end in range(12, months, 12):
        axes.axvline(year_end + 0.5, color="#b8b8b8", linewidth=0.6, zorder=0)
    for index in range(len(rows)):
        if index % 2 == 0:
            axes.axhspan(index - 0.5, index + 0.5, color="#f4f5f7", zorder=0, linewidth=0)
    for index, row in enumerate(rows):
        colour = PALETTE[row.colour % len(PALETTE)]
        face = _tint(colour, 0.45) if row.is_task else colour
        bar_height = 0.45 if row.is_task else 0.62
        axes.add_patch(Rectangle((row.start - 0.5, index - bar_height / 2), row.end - row.start + 1, bar_height,
                                 facecolor=face, edgecolor="none", zorder=2))
    for milestone in milestones:
        axes.scatter([milestone.month + 0.5], [milestone.row], marker="D", s=22, color="#1d1d1d", zorder=4,
                     edgecolors="white", linewidths=0.6)
        axes.annotate(milestone.label, (milestone.month + 0.5, milestone.row), xytext=(5, 0),
                      textcoords="offset points", fontproperties=font, fontsize=5.5, color="#1d1d1d", zorder=5,
                      ha="left", va="center", clip_on=False,
                      bbox={"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85})
    for spine in axes.spines.values():
        spine.set_visible(False)
    axes.spines["top"].set_visible(True)
    axes.spines["top"].set_color("#8c8c8c")
    axes.spines["top"].set_linewidth(0.6)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, facecolor="white")
    width_px, height_px = (int(round(v * DPI)) for v in figure.get_size_inches())
    return GanttChart(buffer.getvalue(), width_px, height_px)
