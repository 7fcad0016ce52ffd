"""The Gantt chart in Word: a table with one grid column per month, the bars as shaded cells.

A Word table rather than a picture: a partner can edit it in Word (shade
cells to move a bar, type a milestone), it prints sharp, its labels are
text, and the export needs no image library (Pillow cost 9 MB of the DOCX
export's peak memory and a PNG per chart). It carries what the PDF's chart
(``gantt.layout_gantt``) draws:

- a label column (``gantt.LABEL_SHARE`` of the width) with each work
  package (bold) followed by its tasks (indented), labels shortened with
  "…" as in the PDF (``gantt.fit``, the same width and font);
- a header row (repeated on each page) with the months every ``step``
  months, each label at the right edge of the months it spans, ruled
  underneath;
- the months: a work package's in its colour, a task's in a lighter tint
  of it, every other row banded, a rule at each year's end; months alike
  within a year are one merged cell (``gridSpan``: a cell per month was
  ten times the XML), which a partner splits to move a bar's end;
- each milestone as a diamond (♦) at the end of its month, its number in
  the cells beside it (diamond and number in white on a work package's
  bar, which goes on under the number), milestones too close for their
  own number sharing one ("MS3, MS4").

Rows never split, and a work package's rows keep together on a page where
they fit (``keepNext``); Word breaks a long chart between work packages and
repeats the months on top. Cells have no side margins so that a month's
shading meets the next; rows are parted by a thin white rule, as the
PDF's bars are by space.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from medicen_desktop.export.docx_xml import escape
from medicen_desktop.export.font_faces import Family, text_width
from medicen_desktop.export.gantt import HEADER_EMS, INK, LABEL_SHARE, PALETTE, ROW_EMS, fit, tint
from medicen_desktop.export.tree import Gantt, GanttRow

BAND = "F4F5F7"
YEAR_RULE = "B8B8B8"
HEADER_RULE = "8C8C8C"
MONTH_INK = "404040"
DIAMOND = "\u2666"
"""BLACK DIAMOND SUIT: in WGL4, so in Arial, Times New Roman, Calibri and their Liberation twins."""
LABEL_MARGIN = 60
"""Twips of left margin in the label column (3 pt, where the PDF's labels start)."""
STEPS = (1, 2, 3, 6, 12, 24)
DIAMOND_EMS = 1.3
"""The diamond's size in label sizes (the glyph is smaller than the PDF's diamond at the same size), at most
what fits a month."""


@dataclass(slots=True)
class _Cell:
    """A month cell of a row (``span`` months wide once merged with the next ones)."""

    fill: str = ""
    text: str = ""
    align: str = ""
    span: int = 1
    year_end: bool = False
    colour: str = INK[1:]
    size: float = 0.0
    """Points; 0: the chart's size."""


def gantt_table_xml(chart: Gantt, width_twips: int, family: Family, size: float, text_style: str,
                    keep_with_next: bool = False) -> str:
    """``chart`` as a ``w:tbl`` ``width_twips`` wide, its text in ``family`` at ``size`` points.

    ``text_style`` is the style id of the cells' paragraphs; ``keep_with_next`` keeps the last row with the
    paragraph after the table (the caption).
    """
    months = max(chart.months, 1)
    label_twips = round(width_twips * LABEL_SHARE)
    month_twips = _month_widths(width_twips - label_twips, months)
    month_pt = min(month_twips) / 20
    sz = round(size * 2)
    widths = [label_twips, *month_twips]
    row_twips, header_twips = round(size * ROW_EMS * 20), round(size * HEADER_EMS * 20)
    props = (f'<w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>'
             + "".join(f'<w:{side} w:val="nil"/>' for side in ("top", "left", "bottom", "right"))
             + '<w:insideH w:val="single" w:sz="6" w:space="0" w:color="FFFFFF"/><w:insideV w:val="nil"/>'
             '</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
             '<w:left w:w="0" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/>'
             '</w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0"'
             ' w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>')
    parts = [f"<w:tbl>{props}<w:tblGrid>", *(f'<w:gridCol w:w="{w}"/>' for w in widths), "</w:tblGrid>"]
    cell = _CellWriter(text_style, sz, month_twips)
    parts.append(f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{header_twips}"/><w:tblHeader/></w:trPr>')
    parts.append(cell.label("", label_twips, "", False, 0, False))
    label_width = text_width(f"{chart.month_label}{months}", family.regular, size) + size
    step = next((s for s in STEPS if s * month_pt >= label_width), STEPS[-1])
    for first in range(1, months + 1, step):
        last = min(first + step - 1, months)
        parts.append(cell.month(first, _Cell(text=f"{chart.month_label}{last}", align="center" if step == 1
                                             else "right", span=last - first + 1), keep=False, header=True))
    parts.append("</w:tr>")
    label_pt = label_twips / 20
    for index, row in enumerate(chart.rows):
        ends_group = index == len(chart.rows) - 1 or not chart.rows[index + 1].is_task
        keep = not ends_group or (keep_with_next and index == len(chart.rows) - 1)
        font = family.regular if row.is_task else family.bold
        indent = 3.0 + size if row.is_task else 3.0
        label = fit(row.label, font, size, label_pt - indent - 6)
        parts.append(f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{row_twips}"/></w:trPr>')
        band = BAND if index % 2 == 0 else ""
        parts.append(cell.label(label, label_twips, band, not row.is_task, round((indent - 3.0) * 20), keep))
        marks = [(min(max(m.month, 1), months), m.label) for m in chart.milestones if m.row == index]
        month = 1
        for each in _merged(_row_cells(row, months, band, marks, family, size, month_pt)):
            parts.append(cell.month(month, each, keep))
            month += each.span
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def _month_widths(total: int, months: int) -> list[int]:
    base, extra = divmod(total, months)
    return [base + (1 if month < extra else 0) for month in range(months)]


def _row_cells(row: GanttRow, months: int, band: str, marks: list[tuple[int, str]], family: Family, size: float,
               month_pt: float) -> list[_Cell]:
    """The row's month cells: its bar, its milestones' diamonds and labels (a label's first cell spans it)."""
    colour = PALETTE[row.colour % len(PALETTE)]
    bar = (tint(colour, 0.45) if row.is_task else colour)[1:].upper()
    start, end = max(1, row.start), min(months, max(row.end, row.start))
    cells = [_Cell(fill=bar if start <= month <= end else band, year_end=month % 12 == 0 and month < months)
             for month in range(1, months + 1)]
    diamond = min(size * DIAMOND_EMS, 0.9 * month_pt / max(text_width(DIAMOND, family.regular, 1.0), 0.1))
    for month, _label in marks:
        cell = cells[month - 1]
        cell.text, cell.align, cell.size = DIAMOND, "right", diamond
        if cell.fill == bar and not row.is_task:  # black on a work package's dark bar hardly shows
            cell.colour = "FFFFFF"
    taken = {month for month, _ in marks}
    for first, last, text in _clusters(sorted(marks), family, size, month_pt):
        need = math.ceil((text_width(text, family.regular, size) + 4) / month_pt)
        right = range(last + 1, min(last + need, months) + 1)
        left = range(max(first - need, 1), first)
        if len(right) == need and not taken.intersection(right):
            span, align = right, "left"
        elif len(left) == need and not taken.intersection(left):
            span, align = left, "right"
        else:  # no room for it on either side: as much as there is, on the roomier side
            free_right = [m for m in right if m not in taken]
            free_left = [m for m in left if m not in taken]
            span, align = (range(free_right[0], free_right[0] + 1), "left") if free_right else (
                (range(free_left[-1], free_left[-1] + 1), "right") if free_left else (range(0), ""))
        if span:
            head = cells[span[0] - 1]
            on_bar = all(cells[m - 1].fill == bar for m in span)  # else the label's ground is the row's
            head.fill, head.text, head.align, head.span = bar if on_bar else band, text, align, len(span)
            head.colour = "FFFFFF" if on_bar and not row.is_task else INK[1:]
            head.year_end = cells[span[-1] - 1].year_end
            taken.update(span)
    return cells


def _merged(cells: list[_Cell]) -> list[_Cell]:
    """The row's cells with each run of plain months of one fill inside a year made one cell (``gridSpan``):
    one cell per month was ten times the XML (a megabyte for the large proposal's 60 rows)."""
    merged: list[_Cell] = []
    index = 0
    while index < len(cells):
        head = cells[index]
        index += head.span
        if not head.text and head.span == 1:
            while (not head.year_end and index < len(cells) and not cells[index].text and cells[index].span == 1
                   and cells[index].fill == head.fill):
                head = _Cell(head.fill, span=head.span + 1, year_end=cells[index].year_end)
                index += 1
        merged.append(head)
    return merged


def _clusters(marks: list[tuple[int, str]], family: Family, size: float,
              month_pt: float) -> list[tuple[int, int, str]]:
    """Milestones of one row grouped where one's number would not fit before the next: (first, last, text)."""
    clusters: list[tuple[int, int, str]] = []
    for month, label in marks:
        if clusters:
            first, last, text = clusters[-1]
            room = (month - last - 1) * month_pt
            if room < text_width(text, family.regular, size) + 4:
                clusters[-1] = (first, month, f"{text}, {label}")
                continue
        clusters.append((month, month, label))
    return clusters


class _CellWriter:
    """``w:tc`` XML for the label column and the month cells, their fixed parts built once."""

    def __init__(self, text_style: str, sz: int, month_twips: list[int]) -> None:
        self.style, self.sz, self.month_twips = text_style, sz, month_twips
        self.run_props = f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
        self.empty = f'<w:p><w:pPr><w:pStyle w:val="{text_style}"/></w:pPr></w:p>'
        self.keep_empty = f'<w:p><w:pPr><w:pStyle w:val="{text_style}"/><w:keepNext/></w:pPr></w:p>'

    def _paragraph(self, text: str, align: str, keep: bool, bold: bool = False, colour: str = INK[1:],
                   indent: int = 0, size: float = 0.0, rule: bool = False) -> str:
        if not text and not indent and not rule:  # an empty month: the row's height holds it (the style's line is lower)
            return self.keep_empty if keep else self.empty
        ppr = (f'<w:pStyle w:val="{self.style}"/>' + ("<w:keepNext/>" if keep else "")
               + (f'<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="{HEADER_RULE}"/></w:pBdr>'
                  if rule else "")
               + '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
               + (f'<w:ind w:left="{indent}"/>' if indent else "") + (f'<w:jc w:val="{align}"/>' if align else "")
               + f"<w:rPr>{self.run_props}</w:rPr>")
        run = ""
        if text:
            sz = round(size * 2)
            run_props = f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>' if size else self.run_props
            rpr = ("<w:b/>" if bold else "") + f'<w:color w:val="{colour}"/>{run_props}'
            run = f"<w:r><w:rPr>{rpr}</w:rPr><w:t>{escape(text)}</w:t></w:r>"
        return f"<w:p><w:pPr>{ppr}</w:pPr>{run}</w:p>"

    def label(self, text: str, width: int, fill: str, bold: bool, indent: int, keep: bool) -> str:
        shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}<w:noWrap/>'
                f'<w:tcMar><w:left w:w="{LABEL_MARGIN}" w:type="dxa"/></w:tcMar><w:vAlign w:val="center"/></w:tcPr>'
                f"{self._paragraph(text, '', keep, bold, indent=indent)}</w:tc>")

    def month(self, month: int, cell: _Cell, keep: bool, header: bool = False) -> str:
        """A month cell. The rule under the months is their paragraphs' bottom border, at the cells' foot: as a
        cell border, LibreOffice draws the white rule between rows over it, and the first row's shading."""
        width = sum(self.month_twips[month - 1 : month - 1 + cell.span])
        span = f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else ""
        borders = (f'<w:tcBorders><w:right w:val="single" w:sz="4" w:space="0" w:color="{YEAR_RULE}"/></w:tcBorders>'
                   if cell.year_end else "")
        shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{cell.fill}"/>' if cell.fill else ""
        valign = f'<w:noWrap/><w:vAlign w:val="{"bottom" if header else "center"}"/>' if cell.text or header else ""
        colour = MONTH_INK if header else cell.colour
        return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{span}{borders}{shd}{valign}</w:tcPr>'
                f"{self._paragraph(cell.text, cell.align, keep, colour=colour, size=cell.size, rule=header)}</w:tc>")
