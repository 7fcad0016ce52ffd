"""The Gantt chart as a PNG (for Word), painted with Pillow from ``gantt.layout_gantt``'s shapes.

Painted directly at 200 dpi: bars and rules are axis-aligned and text is
anti-aliased by FreeType, so supersampling (tried: twice the time for a
smoother 7-pixel diamond) is not worth it. Fonts are the dossier family's
own files (and the fallback fonts), so the chart matches the
PDF's. PNG compression level 1: flat colours compress nearly as well, 5×
faster.
"""

from __future__ import annotations

import io
import math
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from medicen_desktop.export.font_faces import split
from medicen_desktop.export.gantt import Box, Diamond, GanttDrawing, Label, Rule
from medicen_desktop.resources import resource

DPI = 200
SUPERSAMPLE = 1


@lru_cache(maxsize=32)
def _font(filename: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource("fonts", filename)), pixels)


def gantt_png(drawing: GanttDrawing, dpi: int = DPI) -> tuple[bytes, int, int]:
    """PNG bytes of ``drawing`` at ``dpi``, with its width and height in pixels."""
    scale = dpi / 72 * SUPERSAMPLE
    width, height = math.ceil(drawing.width * scale), math.ceil(drawing.height * scale)
    image = Image.new("RGB", (width, height), "white")
    pen = ImageDraw.Draw(image)
    for shape in drawing.shapes:
        if isinstance(shape, Box):
            pen.rectangle((shape.x * scale, shape.y * scale, (shape.x + shape.width) * scale - 1,
                           (shape.y + shape.height) * scale - 1), fill=shape.fill)
        elif isinstance(shape, Rule):
            pen.line((shape.x1 * scale, shape.y1 * scale, shape.x2 * scale, shape.y2 * scale), fill=shape.colour,
                     width=max(1, round(shape.width * scale)))
        elif isinstance(shape, Diamond):
            x, y, r = shape.x * scale, shape.y * scale, shape.radius * scale
            pen.polygon([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], fill=shape.fill, outline=shape.outline,
                        width=max(1, round(0.6 * scale)))
        elif isinstance(shape, Label):
            _text(pen, shape, scale)
    if SUPERSAMPLE > 1:
        image = image.reduce(SUPERSAMPLE)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", dpi=(dpi, dpi), compress_level=1)
    return buffer.getvalue(), image.width, image.height


def _text(pen: ImageDraw.ImageDraw, label: Label, scale: float) -> None:
    fragments = [(text, _font(face, round(label.size * scale))) for text, face in split(label.text, label.face)]
    x = label.x * scale
    if label.centred:
        x -= sum(font.getlength(text) for text, font in fragments) / 2
    for text, font in fragments:
        pen.text((x, label.y * scale), text, font=font, fill=label.colour, anchor="ls")
        x += font.getlength(text)
