"""The Gantt chart in the PDF: the shapes of ``gantt.layout_gantt`` drawn as vectors.

Vector bars and text stay sharp at any zoom and print, cost no image
decoding or compression, and the labels are real text (searchable, and
drawn in the embedded family with the fallback font for symbols).
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from medicen_desktop.export.gantt import (
    Box,
    Diamond,
    GanttDrawing,
    Label,
    Rule,
    layout_gantt,
)
from medicen_desktop.export.font_faces import Family, split
from medicen_desktop.export.pdf_fonts import font_name
from medicen_desktop.export.pdf_platypus import Flowable
from medicen_desktop.export.tree import Gantt


class GanttFlowable(Flowable):  # type: ignore[misc]
    """The chart at the available width, labels at ``size`` points (``gantt.split_gantt`` keeps it within a page)."""

    def __init__(self, chart: Gantt, family: Family, size: float) -> None:
        super().__init__()
        self.chart = chart
        self.family = family
        self.size = size
        self.drawing: GanttDrawing | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self.drawing is None or self.drawing.width != availWidth:
            self.drawing = layout_gantt(self.chart, availWidth, self.family, self.size)
        self.width, self.height = availWidth, self.drawing.height
        return self.width, self.height

    def draw(self) -> None:
        assert self.drawing is not None, "wrap comes before draw"
        paint(self.canv, self.drawing)


def paint(canvas: Canvas, drawing: GanttDrawing) -> None:
    """Paint ``drawing`` with its top left corner at the current origin's (0, drawing.height)."""
    top = drawing.height
    colours: dict[str, HexColor] = {}

    def colour(hex_colour: str) -> HexColor:
        if hex_colour not in colours:
            colours[hex_colour] = HexColor(hex_colour)
        return colours[hex_colour]

    for shape in drawing.shapes:
        if isinstance(shape, Box):
            canvas.setFillColor(colour(shape.fill))
            canvas.rect(shape.x, top - shape.y - shape.height, shape.width, shape.height, stroke=0, fill=1)
        elif isinstance(shape, Rule):
            canvas.setStrokeColor(colour(shape.colour))
            canvas.setLineWidth(shape.width)
            canvas.line(shape.x1, top - shape.y1, shape.x2, top - shape.y2)
        elif isinstance(shape, Diamond):
            x, y, r = shape.x, top - shape.y, shape.radius
            path = canvas.beginPath()
            path.moveTo(x, y + r)
            path.lineTo(x + r, y)
            path.lineTo(x, y - r)
            path.lineTo(x - r, y)
            path.close()
            canvas.setFillColor(colour(shape.fill))
            canvas.setStrokeColor(colour(shape.outline))
            canvas.setLineWidth(0.6)
            canvas.drawPath(path, stroke=1, fill=1)
        elif isinstance(shape, Label):
            fragments = [(text, font_name(face)) for text, face in split(shape.text, shape.face)]
            x = shape.x
            if shape.centred:
                x -= sum(stringWidth(text, font, shape.size) for text, font in fragments) / 2
            canvas.setFillColor(colour(shape.colour))
            for text, font in fragments:
                canvas.setFont(font, shape.size)
                canvas.drawString(x, top - shape.y, text)
                x += stringWidth(text, font, shape.size)
